/** Công bố kết quả: the publishing decision's number, date (dd/mm/yyyy) and issuer, under the round's version. */
import { Alert, App, DatePicker, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@web/components/error-alert';
import { DATE_INPUT_FORMAT, today, toIsoDate } from '@web/lib/dates';
import { isApiError } from '@web/lib/api-client';
import { usePublishRound } from '../api/results-round-api';

interface PublishValues {
  decisionNumber: string;
  decisionDate: Dayjs;
  issuer: string;
}

export function ResultsPublishModal({
  roundId,
  version,
  defaultIssuer,
  onClose,
}: {
  roundId: string;
  version: number;
  defaultIssuer: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PublishValues>();
  const publish = usePublishRound(roundId);
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('assessmentResults.publish.required', { field: field.toLowerCase() }),
  });

  const submit = (values: PublishValues) =>
    publish.mutate(
      {
        version,
        publication: {
          decisionNumber: values.decisionNumber.trim(),
          decisionDate: toIsoDate(values.decisionDate),
          issuer: values.issuer.trim(),
        },
      },
      {
        onSuccess: () => {
          void message.success(
            t('assessmentResults.publish.done', { number: values.decisionNumber.trim() }),
          );
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t('assessmentResults.publish.title')}
      okText={t('assessmentResults.publish.submit')}
      okButtonProps={{ loading: publish.isPending, 'data-testid': 'publish-submit' } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        {t('assessmentResults.publish.hint')}
      </Typography.Paragraph>
      {isApiError(publish.error, 412) ? (
        <Alert type="warning" showIcon title={t('assessmentResults.finalise.conflictTitle')} />
      ) : (
        publish.isError && <ErrorAlert error={publish.error} />
      )}
      <Form<PublishValues>
        form={form}
        layout="vertical"
        initialValues={{ decisionDate: today(), issuer: defaultIssuer }}
        onFinish={submit}
      >
        <Form.Item
          name="decisionNumber"
          label={t('assessmentResults.publish.decisionNumber')}
          rules={[required(t('assessmentResults.publish.decisionNumber'))]}
        >
          <Input
            data-testid="publish-number"
            placeholder={t('assessmentResults.publish.decisionNumberPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="decisionDate"
          label={t('assessmentResults.publish.decisionDate')}
          rules={[
            {
              required: true,
              message: t('assessmentResults.publish.required', {
                field: t('assessmentResults.publish.decisionDate').toLowerCase(),
              }),
            },
          ]}
        >
          <DatePicker format={DATE_INPUT_FORMAT} data-testid="publish-date" />
        </Form.Item>
        <Form.Item
          name="issuer"
          label={t('assessmentResults.publish.issuer')}
          rules={[required(t('assessmentResults.publish.issuer'))]}
        >
          <Input
            data-testid="publish-issuer"
            placeholder={t('assessmentResults.publish.issuerPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
