/**
 * Yêu cầu báo cáo đột xuất: title, question, the units asked (the plan's lead and coordinating
 * units), the due date (dd/mm/yyyy, sent ISO) and an optional data window; the server's refusals
 * land on their fields.
 */
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ReportingOverview } from '@contract/reports';
import { ErrorAlert } from '@web/components/error-alert';
import { DATE_INPUT_FORMAT, today, toIsoDate } from '@web/lib/dates';
import { useFormError } from '@web/lib/use-form-error';
import { useCreateReportRequest } from '../api/dashboards-api';

interface RequestValues {
  title: string;
  question: string;
  organisationIds: string[];
  due: Dayjs;
  dataWindow: [Dayjs, Dayjs] | null;
}

// A refusal of the data window (dataFrom/dataTo) has no single field here: it shows in the banner.
const FIELDS = ['title', 'question', 'organisationIds', 'due'] as const;

export function ReportRequestModal({
  overview,
  onClose,
}: {
  overview: ReportingOverview;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RequestValues>();
  const create = useCreateReportRequest(overview.planId);
  const { bannerError, clearError, reportError } = useFormError(form, FIELDS);

  const submit = (values: RequestValues) => {
    clearError();
    create.mutate(
      {
        title: values.title.trim(),
        question: values.question.trim(),
        organisationIds: values.organisationIds,
        due: toIsoDate(values.due),
        dataFrom: values.dataWindow ? toIsoDate(values.dataWindow[0]) : null,
        dataTo: values.dataWindow ? toIsoDate(values.dataWindow[1]) : null,
      },
      {
        onSuccess: () => {
          void message.success(t('dashboardScreens.requests.sent'));
          onClose();
        },
        onError: reportError,
      },
    );
  };

  return (
    <Modal
      open
      width={720}
      title={t('dashboardScreens.requests.create')}
      okText={t('dashboardScreens.requests.send')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ ...{ 'data-testid': 'report-request-send' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<RequestValues>
        form={form}
        layout="vertical"
        initialValues={{ organisationIds: [], dataWindow: null }}
        onFinish={submit}
        data-testid="report-request-form"
      >
        <Form.Item
          name="title"
          label={t('dashboardScreens.requests.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('dashboardScreens.requests.nameRequired'),
            },
          ]}
        >
          <Input maxLength={300} placeholder={t('dashboardScreens.requests.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="question"
          label={t('dashboardScreens.requests.question')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('dashboardScreens.requests.questionRequired'),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={100000} />
        </Form.Item>
        <Form.Item
          name="organisationIds"
          label={t('dashboardScreens.requests.units')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: t('dashboardScreens.requests.unitsRequired'),
            },
          ]}
        >
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            placeholder={t('dashboardScreens.requests.unitsPlaceholder')}
            options={overview.units.map((unit) => ({ value: unit.id, label: unit.name }))}
            data-testid="report-request-units"
          />
        </Form.Item>
        <Form.Item
          name="due"
          label={t('dashboardScreens.requests.due')}
          rules={[
            { required: true, message: t('dashboardScreens.requests.dueRequired') },
            {
              validator: (_, value: Dayjs | undefined) =>
                value && value.isBefore(today(), 'day')
                  ? Promise.reject(new Error(t('dashboardScreens.requests.duePast')))
                  : Promise.resolve(),
            },
          ]}
        >
          <DatePicker
            format={DATE_INPUT_FORMAT}
            disabledDate={(day) => day.isBefore(today(), 'day')}
          />
        </Form.Item>
        <Form.Item
          name="dataWindow"
          label={t('dashboardScreens.requests.window')}
          extra={t('dashboardScreens.requests.windowHint')}
          style={{ marginBottom: 0 }}
        >
          <DatePicker.RangePicker format={DATE_INPUT_FORMAT} allowEmpty={[false, false]} />
        </Form.Item>
      </Form>
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
