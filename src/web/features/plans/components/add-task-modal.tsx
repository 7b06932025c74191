/** Thêm nhiệm vụ: content, area, timeframe, lead and output; the rest is edited in the table. */
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OUTPUT_KINDS, type OutputKind } from '@contract/plan-labels';
import { ErrorAlert } from '@web/components/error-alert';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { useFormError } from '@web/lib/use-form-error';
import { useAddTask } from '../api/plans-api';

interface AddTaskValues {
  content: string;
  area?: string;
  timeframeText: string;
  leadOrganisationId?: string;
  outputKind: OutputKind;
  outputDescription?: string;
}

const FIELDS = [
  'content',
  'area',
  'timeframeText',
  'leadOrganisationId',
  'outputKind',
  'outputDescription',
];

export function AddTaskModal({
  planId,
  year,
  onClose,
}: {
  planId: string;
  /** The plan's year: the units of that year are offered. */
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddTaskValues>();
  const add = useAddTask(planId);
  const { bannerError, clearError, reportError } = useFormError(form, FIELDS);

  const submit = (values: AddTaskValues) => {
    clearError();
    add.mutate(
      {
        content: values.content.trim(),
        area: values.area?.trim() ?? '',
        timeframeText: values.timeframeText.trim(),
        leadOrganisationId: values.leadOrganisationId ?? null,
        outputKind: values.outputKind,
        outputDescription: values.outputDescription?.trim() ?? '',
      },
      {
        onSuccess: () => {
          void message.success(t('planScreens.tasks.added'));
          onClose();
        },
        onError: reportError,
      },
    );
  };

  return (
    <Modal
      open
      title={t('planScreens.tasks.addTitle')}
      okText={t('common.add')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<AddTaskValues>
        form={form}
        layout="vertical"
        initialValues={{ outputKind: 'report' }}
        onFinish={submit}
      >
        <Form.Item
          name="content"
          label={t('planScreens.tasks.content')}
          rules={[
            { required: true, whitespace: true, message: t('planScreens.tasks.contentRequired') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="area" label={t('planScreens.tasks.area')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="timeframeText"
          label={t('planScreens.tasks.timeframe')}
          rules={[
            { required: true, whitespace: true, message: t('planScreens.tasks.timeframeRequired') },
          ]}
        >
          <Input maxLength={300} placeholder="Quý II/2025" />
        </Form.Item>
        <Form.Item name="leadOrganisationId" label={t('planScreens.tasks.lead')}>
          <OrganisationTreeSelect validInYear={year} />
        </Form.Item>
        <Form.Item name="outputKind" label={t('planScreens.tasks.output')}>
          <Select
            options={OUTPUT_KINDS.map((kind) => ({
              value: kind,
              label: t(`planScreens.outputKind.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="outputDescription" label={t('planScreens.tasks.outputDescription')}>
          <Input maxLength={1000} />
        </Form.Item>
      </Form>
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
