/**
 * Ban hành: number and date (dd/mm/yyyy, sent ISO) and the signer — title and name prefilled from
 * the draft (its title the issuing unit's default: Chủ tịch, Chánh Văn phòng, Giám đốc…), both
 * required — with the readiness check: errors block (a missing signer's name is entered here, so it
 * does not); warnings (a task with no lead, timeframe or output stated) are listed and do not block.
 */
import { useState } from 'react';
import { Alert, App, DatePicker, Flex, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '@contract/plans';
import { ErrorAlert } from '@web/components/error-alert';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import { DATE_INPUT_FORMAT, today, toIsoDate } from '@web/lib/dates';
import { useFormError } from '@web/lib/use-form-error';
import { planKeys, useIssuePlan } from '../api/plans-api';
import { splitReadiness } from './issue-readiness';

interface IssueValues {
  number: string;
  issuedOn: Dayjs;
  signerTitle: string;
  signerName: string;
}

/** Readiness errors the dialog's own fields settle (the signer's name is entered here). */
const SETTLED_HERE = new Set(['signature.signerName', 'signature.signerTitle']);

/** The title the draft prints: its own, or for an acting signature ("Q. CHỦ TỊCH") the authority. */
function printedTitle(signature: PlanDetail['content']['signature']): string {
  return signature.signerTitle || (signature.mode === 'Q' ? signature.authority : '');
}

type ReadinessIssue = PlanDetail['readiness'][number];

function ReadinessList({
  issues,
  type,
  title,
  hint,
}: {
  issues: ReadinessIssue[];
  type: 'error' | 'warning';
  title: string;
  hint?: string;
}) {
  if (issues.length === 0) return null;
  return (
    <Alert
      type={type}
      showIcon
      data-testid={`readiness-${type}`}
      title={title}
      description={
        <>
          {hint && <div style={{ marginBottom: 4 }}>{hint}</div>}
          <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 240, overflowY: 'auto' }}>
            {issues.map((issue, index) => (
              <li key={`${issue.field}-${issue.taskRow ?? ''}-${index}`}>{issue.message}</li>
            ))}
          </ul>
        </>
      }
    />
  );
}

export function IssuePlanModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<IssueValues>();
  const issue = useIssuePlan(plan.id);
  const { bannerError, clearError, reportError } = useFormError(form, [
    'number',
    'issuedOn',
    'signerTitle',
    'signerName',
  ]);
  const [hasConflict, setHasConflict] = useState(false);
  const [isReloading, setIsReloading] = useState(false);
  const { errors, warnings } = splitReadiness(
    plan.readiness.filter((issue) => !SETTLED_HERE.has(issue.field)),
  );
  const { signature } = plan.content;

  const submit = (values: IssueValues) => {
    clearError();
    issue.mutate(
      {
        version: plan.version,
        body: {
          number: values.number.trim(),
          issuedOn: toIsoDate(values.issuedOn),
          signerTitle: values.signerTitle.trim(),
          signerName: values.signerName.trim(),
        },
      },
      {
        onSuccess: () => {
          void message.success(t('planScreens.issue.issued'));
          onClose();
        },
        onError: (error) => (isApiError(error, 412) ? setHasConflict(true) : reportError(error)),
      },
    );
  };

  const reload = async () => {
    setIsReloading(true);
    await queryClient.invalidateQueries({ queryKey: planKeys.detail(plan.id) });
    setIsReloading(false);
    setHasConflict(false);
  };

  return (
    <Modal
      open
      title={t('planScreens.issue.title')}
      okText={t('planScreens.issue.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={issue.isPending}
      okButtonProps={{
        disabled: errors.length > 0 || hasConflict,
        ...{ 'data-testid': 'plan-issue-confirm' },
      }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Flex vertical gap={12} style={{ marginBottom: 16 }}>
        <ReadinessList issues={errors} type="error" title={t('planScreens.issue.errors')} />
        <ReadinessList
          issues={warnings}
          type="warning"
          title={t('planScreens.issue.warnings')}
          hint={errors.length === 0 ? t('planScreens.issue.warningsHint') : undefined}
        />
        {errors.length === 0 && warnings.length === 0 && (
          <Alert type="success" showIcon title={t('planScreens.issue.ready')} />
        )}
      </Flex>
      <Form<IssueValues>
        form={form}
        layout="vertical"
        initialValues={{
          number: plan.content.number ?? '',
          issuedOn: today(),
          signerTitle: printedTitle(signature),
          signerName: signature.signerName,
        }}
        onFinish={submit}
      >
        <Form.Item
          name="number"
          label={t('planScreens.issue.number')}
          extra={plan.content.symbol ? `…/${plan.content.symbol}` : undefined}
          rules={[
            { required: true, whitespace: true, message: t('planScreens.issue.numberRequired') },
          ]}
        >
          <Input maxLength={20} style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item
          name="issuedOn"
          label={t('planScreens.issue.date')}
          rules={[{ required: true, message: t('planScreens.issue.dateRequired') }]}
        >
          <DatePicker format={DATE_INPUT_FORMAT} />
        </Form.Item>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('planScreens.issue.signer')}
        </Typography.Title>
        {signature.mode !== 'direct' && signature.authority.trim() !== '' && (
          <Typography.Paragraph type="secondary" data-testid="plan-issue-signer-authority">
            {`${signature.mode}. ${signature.authority.trim().toLocaleUpperCase('vi')}`}
          </Typography.Paragraph>
        )}
        <Form.Item
          name="signerTitle"
          label={t('planScreens.issue.signerTitle')}
          extra={t('planScreens.issue.signerHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('planScreens.issue.signerTitleRequired'),
            },
          ]}
        >
          <Input maxLength={200} data-testid="plan-issue-signer-title" />
        </Form.Item>
        <Form.Item
          name="signerName"
          label={t('planScreens.issue.signerName')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('planScreens.issue.signerNameRequired'),
            },
          ]}
        >
          <Input maxLength={200} data-testid="plan-issue-signer-name" />
        </Form.Item>
      </Form>
      {hasConflict && (
        <VersionConflictAlert
          title={t('planScreens.conflict')}
          hint={t('planScreens.conflictHint')}
          isReloading={isReloading}
          onReload={() => void reload()}
        />
      )}
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
