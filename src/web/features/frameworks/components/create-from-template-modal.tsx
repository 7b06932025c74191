/** Tạo từ mẫu: pick a shipped template (with its description), the year and optionally the code. */
import { App, Form, Input, InputNumber, Modal, Radio, Spin, Tag, Typography, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FrameworkDto } from '@contract/frameworks';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { useFormError } from '@web/lib/use-form-error';
import { useCreateFrameworkFromTemplate, useFrameworkTemplates } from '../api/frameworks-api';

interface TemplateFormValues {
  templateKey?: string;
  year?: number;
  code?: string;
}

const TEMPLATE_FORM_FIELDS = ['templateKey', 'year', 'code'] as const;

interface CreateFromTemplateModalProps {
  onClose: () => void;
  onCreated: (framework: FrameworkDto) => void;
}

export function CreateFromTemplateModal({ onClose, onCreated }: CreateFromTemplateModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TemplateFormValues>();
  const templates = useFrameworkTemplates(true);
  const create = useCreateFrameworkFromTemplate();
  const { bannerError, clearError, reportError } = useFormError(form, TEMPLATE_FORM_FIELDS);

  const submit = (values: TemplateFormValues) => {
    clearError();
    if (!values.templateKey) return;
    const code = values.code?.trim();
    create.mutate(
      { templateKey: values.templateKey, year: values.year, code: code ? code : undefined },
      {
        onSuccess: (created) => {
          void message.success(t('frameworkScreens.fromTemplate.created'));
          onCreated(created);
          onClose();
        },
        onError: reportError,
      },
    );
  };

  // Choosing a template proposes its year, so "Tạo" right away reproduces the template.
  const pick = (key: string) => {
    const template = templates.data?.find((each) => each.key === key);
    if (template) form.setFieldsValue({ year: template.year });
  };

  return (
    <Modal
      open
      width={760}
      title={t('frameworkScreens.fromTemplate.title')}
      okText={t('frameworkScreens.fromTemplate.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
    >
      {templates.error ? (
        <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />
      ) : templates.isPending ? (
        <Spin />
      ) : (
        <Form<TemplateFormValues> form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="templateKey"
            label={t('frameworkScreens.fromTemplate.template')}
            rules={[
              { required: true, message: t('frameworkScreens.fromTemplate.templateRequired') },
            ]}
          >
            <Radio.Group
              style={{ width: '100%' }}
              onChange={(event) => pick(String(event.target.value))}
            >
              <Flex vertical gap={8} style={{ maxHeight: 360, overflowY: 'auto' }}>
                {templates.data.map((template) => (
                  <Radio
                    key={template.key}
                    value={template.key}
                    data-testid={`template-${template.key}`}
                  >
                    <Typography.Text strong>{template.name}</Typography.Text>{' '}
                    <Tag>{t(`frameworkScreens.indexKind.${template.indexKind}`)}</Tag>
                    <Tag>{template.year}</Tag>
                    {template.illustrative && (
                      <Tag color="gold">{t('frameworkScreens.illustrative')}</Tag>
                    )}
                    <Typography.Text type="secondary">
                      {t('frameworkScreens.fromTemplate.nodes', {
                        nodes: formatViNumber(template.nodeCount),
                      })}
                    </Typography.Text>
                    {template.description && (
                      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                        {template.description}
                      </Typography.Paragraph>
                    )}
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          </Form.Item>
          <Flex gap={16}>
            <Form.Item name="year" label={t('frameworkScreens.fromTemplate.year')}>
              <InputNumber min={2000} max={2100} precision={0} />
            </Form.Item>
            <Form.Item
              name="code"
              label={t('frameworkScreens.fromTemplate.code')}
              extra={t('frameworkScreens.fromTemplate.codeHint')}
              style={{ flex: 1 }}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Flex>
        </Form>
      )}
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
