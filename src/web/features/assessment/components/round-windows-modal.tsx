/** Sửa thời gian: the three windows of a round, saved under If-Match. */
import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundDto } from '@contract/assessment-rounds';
import { ErrorAlert } from '@web/components/error-alert';
import { useFormError } from '@web/lib/use-form-error';
import { useUpdateRound } from '../api/round-api';
import {
  ROUND_WINDOW_FIELDS,
  RoundWindowFields,
  valuesFromWindows,
  windowsFromValues,
  type RoundWindowValues,
} from './round-window-fields';

export function RoundWindowsModal({ round, onClose }: { round: RoundDto; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RoundWindowValues>();
  const update = useUpdateRound(round.id);
  const { bannerError, clearError, reportError } = useFormError(form, ROUND_WINDOW_FIELDS);

  const submit = (values: RoundWindowValues) => {
    clearError();
    update.mutate(
      { version: round.version, body: { windows: windowsFromValues(values) } },
      {
        onSuccess: () => {
          void message.success(t('assessmentRounds.saved'));
          onClose();
        },
        onError: reportError,
      },
    );
  };

  return (
    <Modal
      open
      title={t('assessmentRounds.editWindowsTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<RoundWindowValues>
        form={form}
        layout="vertical"
        initialValues={valuesFromWindows(round.windows)}
        onFinish={submit}
      >
        <RoundWindowFields />
      </Form>
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
