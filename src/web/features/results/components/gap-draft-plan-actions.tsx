/**
 * Lập kế hoạch từ điểm bị trừ: a new remediation draft for this index, or its tasks added as a block
 * to one of the unit's drafts of the plan year ("Thêm vào kế hoạch dự thảo", e.g. a PAR + PAPI
 * plan). The plans feature owns the plan screens, so this calls the contract directly.
 */
import { useState } from 'react';
import { Alert, Button, Flex, Form, InputNumber, Modal, Select, Typography } from 'antd';
import { FileAddOutlined, PlusSquareOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { draftPlanFromGaps, listPlans } from '@contract/plans';
import { ErrorAlert } from '@web/components/error-alert';
import { callApi } from '@web/lib/api-client';

interface GapDraftPlanActionsProps {
  frameworkId: string;
  organisationId: string;
  /** The plan year a draft from these results is for (the results' year + 1). */
  planYear: number;
}

export function GapDraftPlanActions({
  frameworkId,
  organisationId,
  planYear,
}: GapDraftPlanActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [threshold, setThreshold] = useState(0);
  const [isPicking, setIsPicking] = useState(false);
  const draftPlan = useMutation({
    mutationFn: (planId: string | null) =>
      callApi(draftPlanFromGaps, {
        body: { organisationId, frameworkIds: [frameworkId], threshold, planId },
      }),
    onSuccess: (plan) => void navigate(`/plans/${plan.id}`),
  });

  return (
    <Flex vertical gap={8} align="flex-end">
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{t('planScreens.fromGaps.threshold')}</Typography.Text>
        <InputNumber
          aria-label={t('planScreens.fromGaps.threshold')}
          min={0}
          max={1000}
          step={0.25}
          decimalSeparator=","
          style={{ width: 100 }}
          value={threshold}
          onChange={(value) => setThreshold(value ?? 0)}
        />
        <Button
          type="primary"
          icon={<FileAddOutlined />}
          data-testid="gap-draft-plan"
          loading={draftPlan.isPending && draftPlan.variables === null}
          onClick={() => draftPlan.mutate(null)}
        >
          {t('planScreens.fromGaps.button')}
        </Button>
        <Button
          icon={<PlusSquareOutlined />}
          data-testid="gap-draft-into-plan"
          onClick={() => setIsPicking(true)}
        >
          {t('planScreens.fromGaps.intoDraft')}
        </Button>
      </Flex>
      {draftPlan.isError && !isPicking && <ErrorAlert error={draftPlan.error} />}
      {isPicking && (
        <PickDraftModal
          organisationId={organisationId}
          planYear={planYear}
          isSaving={draftPlan.isPending}
          error={draftPlan.isError ? draftPlan.error : null}
          onPick={(planId) => draftPlan.mutate(planId)}
          onClose={() => {
            draftPlan.reset();
            setIsPicking(false);
          }}
        />
      )}
    </Flex>
  );
}

function PickDraftModal(props: {
  organisationId: string;
  planYear: number;
  isSaving: boolean;
  error: unknown;
  onPick: (planId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ planId: string }>();
  const query = {
    organisationId: props.organisationId,
    year: props.planYear,
    status: 'draft' as const,
  };
  const drafts = useQuery({
    queryKey: ['gap-draft-plans', query],
    queryFn: ({ signal }) => callApi(listPlans, { query, signal }),
    select: (response) =>
      response.items.filter((plan) => plan.organisation.id === props.organisationId),
  });
  const isEmpty = drafts.data?.length === 0;

  return (
    <Modal
      open
      title={t('planScreens.fromGaps.intoDraftTitle', { year: props.planYear })}
      okText={t('planScreens.fromGaps.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={props.isSaving}
      okButtonProps={{ disabled: isEmpty, ...{ 'data-testid': 'gap-draft-into-plan-confirm' } }}
      onOk={() => form.submit()}
      onCancel={props.onClose}
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t('planScreens.fromGaps.intoDraftHint')}
        </Typography.Text>
        {drafts.isError && <ErrorAlert error={drafts.error} />}
        {isEmpty && (
          <Alert
            type="info"
            showIcon
            title={t('planScreens.fromGaps.noDrafts', { year: props.planYear })}
          />
        )}
        <Form form={form} layout="vertical" onFinish={(values) => props.onPick(values.planId)}>
          <Form.Item
            name="planId"
            label={t('planScreens.fromGaps.pickDraft')}
            rules={[{ required: true, message: t('planScreens.fromGaps.pickDraftRequired') }]}
          >
            <Select
              data-testid="gap-draft-pick"
              loading={drafts.isPending}
              options={(drafts.data ?? []).map((plan) => ({
                value: plan.id,
                label: `${plan.documentNumber} — ${plan.title}`,
              }))}
            />
          </Form.Item>
        </Form>
        {props.error !== null && <ErrorAlert error={props.error} />}
      </Flex>
    </Modal>
  );
}
