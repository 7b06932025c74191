/** Nhập từ văn bản: unit, optional year and one plan file (.docx, .pdf, .txt, .md); uploads it and opens the review page. */
import { useState } from 'react';
import { Form, InputNumber, Modal } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@web/components/error-alert';
import { FileDrop } from '@web/components/file-drop';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { useUploadPlanImport } from '../../api/plan-imports-api';

/** The files the importer reads (the server checks the content, not only the name). */
export const PLAN_IMPORT_ACCEPT = '.docx,.pdf,.txt,.md';

interface UploadValues {
  organisationId: string;
  year?: number;
}

export function PlanImportModal(props: { defaultOrganisationId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<UploadValues>();
  const [file, setFile] = useState<File | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const upload = useUploadPlanImport();
  const year = Form.useWatch('year', form);

  const submit = (values: UploadValues) => {
    if (!file) {
      setFileMissing(true);
      return;
    }
    upload.mutate(
      { file, organisationId: values.organisationId, year: values.year ?? undefined },
      {
        onSuccess: (planImport) => {
          props.onClose();
          void navigate(`/plans/imports/${planImport.id}`);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('planImportScreens.modalTitle')}
      okText={t('planImportScreens.upload')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'aria-label': t('planImportScreens.upload') }}
      confirmLoading={upload.isPending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
    >
      <Form<UploadValues>
        form={form}
        layout="vertical"
        initialValues={{ organisationId: props.defaultOrganisationId }}
        onFinish={submit}
      >
        <Form.Item
          name="organisationId"
          label={t('planImportScreens.unit')}
          rules={[{ required: true, message: t('planImportScreens.unitRequired') }]}
        >
          <OrganisationTreeSelect
            aria-label={t('planImportScreens.unit')}
            validInYear={year ?? undefined}
          />
        </Form.Item>
        <Form.Item
          name="year"
          label={t('planImportScreens.year')}
          extra={t('planImportScreens.yearHint')}
        >
          <InputNumber aria-label={t('planImportScreens.year')} min={2000} max={2100} />
        </Form.Item>
        <Form.Item
          label={t('planImportScreens.file')}
          required
          validateStatus={fileMissing ? 'error' : undefined}
          help={fileMissing ? t('planImportScreens.fileRequired') : undefined}
        >
          <div data-testid="plan-import-file">
            <FileDrop
              file={file}
              accept={PLAN_IMPORT_ACCEPT}
              hint={t('planImportScreens.fileHint')}
              disabled={upload.isPending}
              onPick={(picked) => {
                setFile(picked);
                setFileMissing(false);
                upload.reset();
              }}
              onRemove={() => setFile(null)}
            />
          </div>
        </Form.Item>
      </Form>
      {upload.isError && <ErrorAlert error={upload.error} />}
    </Modal>
  );
}
