/** Kết thúc hoạt động: the unit's last day of validity and, for a merger, the units that take over. */
import { useState } from 'react';
import { App, DatePicker, Form, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '@contract/organisations';
import { ErrorAlert } from '@web/components/error-alert';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { isApiError } from '@web/lib/api-client';
import { DATE_INPUT_FORMAT, toIsoDate, today } from '@web/lib/dates';
import { useFormError } from '@web/lib/use-form-error';
import { useCloseOrganisation, useOrganisationDetail } from '../api/organisations-api';

interface CloseValues {
  validTo: Dayjs;
  successorIds: string[];
}

const FIELDS = ['validTo', 'successorIds'];

export function CloseOrganisationModal({
  organisation,
  onClose,
}: {
  organisation: OrganisationDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CloseValues>();
  const close = useCloseOrganisation();
  const {
    data: latest = organisation,
    refetch,
    isFetching,
  } = useOrganisationDetail(organisation.id);
  const { bannerError, clearError, reportError } = useFormError(form, FIELDS);
  const [hasConflict, setHasConflict] = useState(false);

  const submit = (values: CloseValues) => {
    clearError();
    close.mutate(
      {
        id: latest.id,
        version: latest.version,
        body: { validTo: toIsoDate(values.validTo), successorIds: values.successorIds ?? [] },
      },
      {
        onSuccess: () => {
          void message.success(t('organisations.closed'));
          onClose();
        },
        onError: (error) => (isApiError(error, 412) ? setHasConflict(true) : reportError(error)),
      },
    );
  };

  return (
    <Modal
      open
      title={t('organisations.closeTitle', { name: latest.name })}
      okText={t('organisations.close')}
      okButtonProps={{ danger: true, disabled: hasConflict }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={close.isPending}
    >
      <Typography.Paragraph type="secondary">{t('organisations.closeHint')}</Typography.Paragraph>
      <Form<CloseValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ validTo: today(), successorIds: [] }}
      >
        <Form.Item
          name="validTo"
          label={t('organisations.validTo')}
          rules={[{ required: true, message: t('organisations.required') }]}
        >
          <DatePicker format={DATE_INPUT_FORMAT} />
        </Form.Item>
        <Form.Item
          name="successorIds"
          label={t('organisations.successors')}
          extra={t('organisations.successorsHint')}
        >
          <OrganisationTreeSelect multiple excludeId={latest.id} />
        </Form.Item>
      </Form>
      {hasConflict && (
        <VersionConflictAlert
          title={t('organisations.conflict')}
          hint={t('organisations.conflictHint')}
          isReloading={isFetching}
          onReload={() => void refetch().then(() => setHasConflict(false))}
        />
      )}
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
