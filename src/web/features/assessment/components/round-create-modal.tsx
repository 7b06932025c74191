/**
 * Mở đợt đánh giá: framework, owner unit, the taking-part units (by default every unit of the
 * framework's types under the owner that exists in its year) each with the exemptable nodes it
 * is declared "không áp dụng" for, and the three windows; opens the new round's page.
 */
import { useMemo, useState } from 'react';
import { App, Form, Input, Modal, Select, Table, Typography, type ButtonProps } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isExemptableNode } from '@contract/assessment-rounds';
import type { Organisation } from '@contract/organisations';
import { ErrorAlert } from '@web/components/error-alert';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { useOrganisationList } from '@web/lib/organisation-list';
import { useFormError } from '@web/lib/use-form-error';
import { useCreateRound, useFrameworkChoices, useFrameworkNodes } from '../api/round-api';
import { roundCandidates } from './round-candidates';
import {
  ROUND_WINDOW_FIELDS,
  RoundWindowFields,
  windowsFromValues,
  type RoundWindowValues,
} from './round-window-fields';

interface CreateRoundValues extends RoundWindowValues {
  frameworkId?: string;
  ownerOrganisationId?: string;
  name?: string;
}

const FIELDS = ['frameworkId', 'ownerOrganisationId', 'name', ...ROUND_WINDOW_FIELDS];

export function RoundCreateModal(props: { defaultOwnerId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CreateRoundValues>();
  const create = useCreateRound();
  const { bannerError, clearError, reportError } = useFormError(form, FIELDS);
  const frameworks = useFrameworkChoices(true);
  const organisations = useOrganisationList({ includeClosed: true });
  const frameworkId = Form.useWatch('frameworkId', form);
  const ownerId = Form.useWatch('ownerOrganisationId', form);
  const framework = frameworks.data?.find((candidate) => candidate.id === frameworkId);
  const nodes = useFrameworkNodes(frameworkId);
  const candidates = useMemo(
    () => roundCandidates(organisations.data ?? [], ownerId, framework),
    [organisations.data, ownerId, framework],
  );
  const exemptable = (nodes.data ?? []).filter(isExemptableNode);
  // Units left out and exemptions, by unit id; everything else is the default.
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const [exemptions, setExemptions] = useState<Readonly<Record<string, string[]>>>({});

  const submit = (values: CreateRoundValues) => {
    clearError();
    const units = candidates
      .filter((unit) => !leftOut.has(unit.id))
      .map((unit) => ({
        organisationId: unit.id,
        exemptNodeCodes: exemptions[unit.id] ?? [],
      }));
    create.mutate(
      {
        frameworkId: values.frameworkId!,
        ownerOrganisationId: values.ownerOrganisationId!,
        ...(values.name?.trim() ? { name: values.name.trim() } : {}),
        units,
        windows: windowsFromValues(values),
      },
      {
        onSuccess: (round) => {
          void message.success(t('assessmentRounds.created'));
          props.onClose();
          void navigate(`/assessment/${round.id}`);
        },
        onError: reportError,
      },
    );
  };

  return (
    <Modal
      open
      width={880}
      title={t('assessmentRounds.createTitle')}
      okText={t('assessmentRounds.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'round-create-submit' } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={props.onClose}
    >
      <Form<CreateRoundValues>
        form={form}
        layout="vertical"
        initialValues={{ ownerOrganisationId: props.defaultOwnerId }}
        onValuesChange={(changed: Partial<CreateRoundValues>) => {
          if ('frameworkId' in changed || 'ownerOrganisationId' in changed) {
            setLeftOut(new Set());
            setExemptions({});
          }
        }}
        onFinish={submit}
      >
        <Form.Item
          name="frameworkId"
          label={t('assessmentRounds.framework')}
          rules={[{ required: true, message: t('assessmentRounds.frameworkRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="round-framework"
            loading={frameworks.isPending}
            options={(frameworks.data ?? []).map((choice) => ({
              value: choice.id,
              label: `${choice.code} — ${choice.name}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="ownerOrganisationId"
          label={t('assessmentRounds.owner')}
          rules={[{ required: true, message: t('assessmentRounds.ownerRequired') }]}
        >
          <OrganisationTreeSelect />
        </Form.Item>
        <Form.Item name="name" label={t('assessmentRounds.name')}>
          <Input
            maxLength={500}
            data-testid="round-name-input"
            placeholder={t('assessmentRounds.namePlaceholder')}
          />
        </Form.Item>
        <Typography.Paragraph type="secondary">
          {t('assessmentRounds.windowsHint')}
        </Typography.Paragraph>
        <RoundWindowFields />
        <Form.Item label={t('assessmentRounds.units')} extra={t('assessmentRounds.unitsHint')}>
          <Table<Organisation>
            size="small"
            rowKey="id"
            data-testid="round-units"
            dataSource={candidates}
            pagination={false}
            scroll={{ y: 260 }}
            locale={{ emptyText: t('assessmentRounds.noCandidates') }}
            rowSelection={{
              selectedRowKeys: candidates
                .filter((unit) => !leftOut.has(unit.id))
                .map((unit) => unit.id),
              onChange: (keys) => {
                const chosen = new Set(keys.map(String));
                setLeftOut(new Set(candidates.filter((u) => !chosen.has(u.id)).map((u) => u.id)));
              },
            }}
            title={() =>
              t('assessmentRounds.unitsSelected', {
                count: candidates.length - leftOut.size,
              })
            }
            columns={[
              { key: 'name', title: t('assessmentRounds.unit'), dataIndex: 'name' },
              {
                key: 'type',
                title: t('organisations.type'),
                width: 180,
                render: (_, unit) => t(`organisationType.${unit.type}`),
              },
              {
                key: 'exempt',
                title: t('assessmentRounds.exemptions'),
                width: 300,
                render: (_, unit) => (
                  <Select
                    mode="multiple"
                    allowClear
                    size="small"
                    style={{ width: '100%' }}
                    disabled={exemptable.length === 0 || leftOut.has(unit.id)}
                    placeholder={
                      exemptable.length === 0
                        ? t('assessmentRounds.noExemptable')
                        : t('assessmentRounds.exemptionsPlaceholder')
                    }
                    value={exemptions[unit.id] ?? []}
                    onChange={(codes: string[]) =>
                      setExemptions({ ...exemptions, [unit.id]: codes })
                    }
                    options={exemptable.map((node) => ({
                      value: node.code,
                      label: `${node.code}. ${node.name}`,
                    }))}
                  />
                ),
              },
            ]}
          />
        </Form.Item>
      </Form>
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
