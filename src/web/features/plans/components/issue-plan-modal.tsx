/**
 * Ban hành: number and date (dd/mm/yyyy, sent ISO), with the readiness check: errors block;
 * warnings (a task with no lead, timeframe or output stated) are listed and do not block issuing.
 */
import { useState } from 'react';
import { Alert, App, DatePicker, Flex, Form, Input, Modal } from 'antd';
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
  const { bannerError, clearError, reportError } = useFormError(form, ['number', 'issuedOn']);
  const [hasConflict, setHasConflict] = useState(false);
  const [isReloading, setIsReloading] = useState(false);
  const { errors, warnings } = splitReadiness(plan.readiness);

  const submit = (values: IssueValues) => {
    clearError();
    issue.mutate(
      {
        version: plan.version,
        body: { number: values.number.trim(), issuedOn: toIsoDate(values.issuedOn) },
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
        initialValues={{ number: plan.content.number ?? '', issuedOn: today() }}
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
