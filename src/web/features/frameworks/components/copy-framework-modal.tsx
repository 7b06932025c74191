/** Sao chép sang năm mới: year, code and name of the copy, and an editable old → new code mapping. */
import { useState } from 'react';
import { Alert, App, Flex, Form, Input, InputNumber, Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FrameworkDto } from '@contract/frameworks';
import { compareNodeCodes } from '@contract/framework-rules';
import { ErrorAlert } from '@web/components/error-alert';
import { useFormError } from '@web/lib/use-form-error';
import { useCopyFramework } from '../api/frameworks-api';
import {
  buildIdentityMapping,
  listDuplicateNewCodes,
  toCodeMapping,
  type CodeMappingRow,
} from './framework-definition';

interface CopyFormValues {
  year: number;
  code?: string;
  name?: string;
}

const COPY_FORM_FIELDS = ['year', 'code', 'name'] as const;

interface CopyFrameworkModalProps {
  framework: FrameworkDto;
  onClose: () => void;
  onCopied: (copy: FrameworkDto) => void;
}

export function CopyFrameworkModal({ framework, onClose, onCopied }: CopyFrameworkModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CopyFormValues>();
  const copy = useCopyFramework();
  const { bannerError, clearError, reportError } = useFormError(form, COPY_FORM_FIELDS);
  const [mapping, setMapping] = useState<CodeMappingRow[]>(() =>
    buildIdentityMapping(framework.nodes).sort((a, b) => compareNodeCodes(a.oldCode, b.oldCode)),
  );
  const duplicates = listDuplicateNewCodes(mapping);

  const changeNewCode = (oldCode: string, newCode: string) =>
    setMapping((rows) => rows.map((row) => (row.oldCode === oldCode ? { ...row, newCode } : row)));

  const submit = (values: CopyFormValues) => {
    clearError();
    if (duplicates.length > 0) return;
    const code = values.code?.trim();
    const name = values.name?.trim();
    copy.mutate(
      {
        id: framework.id,
        body: {
          year: values.year,
          codeMapping: toCodeMapping(mapping),
          code: code ? code : undefined,
          name: name ? name : undefined,
        },
      },
      {
        onSuccess: (created) => {
          void message.success(t('frameworkScreens.copy.copied', { year: created.year }));
          onCopied(created);
          onClose();
        },
        onError: reportError,
      },
    );
  };

  return (
    <Modal
      open
      width={760}
      title={t('frameworkScreens.copy.title', { name: framework.name })}
      okText={t('frameworkScreens.copy.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={copy.isPending}
      okButtonProps={{ disabled: duplicates.length > 0 }}
    >
      <Form<CopyFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ year: framework.year + 1 }}
      >
        <Flex gap={16} wrap>
          <Form.Item
            name="year"
            label={t('frameworkScreens.copy.year')}
            rules={[{ required: true, message: t('frameworkScreens.editor.required') }]}
          >
            <InputNumber min={2000} max={2100} precision={0} data-testid="framework-copy-year" />
          </Form.Item>
          <Form.Item name="code" label={t('frameworkScreens.copy.code')} style={{ flex: 1 }}>
            <Input maxLength={50} placeholder={framework.code} data-testid="framework-copy-code" />
          </Form.Item>
        </Flex>
        <Form.Item name="name" label={t('frameworkScreens.copy.name')}>
          <Input maxLength={500} placeholder={framework.name} />
        </Form.Item>
      </Form>
      <Typography.Title level={5}>{t('frameworkScreens.copy.mapping')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('frameworkScreens.copy.mappingHint')}
      </Typography.Paragraph>
      {duplicates.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('frameworkScreens.copy.duplicateCodes', { codes: duplicates.join(', ') })}
        />
      )}
      <Table<CodeMappingRow>
        data-testid="framework-copy-mapping"
        size="small"
        rowKey="oldCode"
        dataSource={mapping}
        pagination={mapping.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          {
            key: 'old',
            title: t('frameworkScreens.copy.oldCode'),
            dataIndex: 'oldCode',
            width: 160,
          },
          {
            key: 'new',
            title: t('frameworkScreens.copy.newCode'),
            render: (_, row) => (
              <Input
                size="small"
                maxLength={50}
                value={row.newCode}
                status={
                  duplicates.includes(row.newCode.trim() || row.oldCode) ? 'error' : undefined
                }
                aria-label={`${t('frameworkScreens.copy.newCode')} ${row.oldCode}`}
                onChange={(event) => changeNewCode(row.oldCode, event.target.value)}
              />
            ),
          },
        ]}
      />
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
