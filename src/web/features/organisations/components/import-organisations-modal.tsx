/** Nhập từ tệp: check the file first (dry run), then write every row — or show why none was written. */
import { useState } from 'react';
import { Alert, App, Button, Flex, Modal, Spin, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { isApiError } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { toIsoDate, today } from '@web/lib/dates';
import { useImportOrganisations } from '../api/organisations-api';
import { downloadImportTemplate } from './import-template';
import { ImportErrorsTable } from './import-errors-table';

interface ImportOrganisationsModalProps {
  /** Code of a unit to use as the parent in the template's example row. */
  exampleParentCode: string;
  onClose: () => void;
}

export function ImportOrganisationsModal({
  exampleParentCode,
  onClose,
}: ImportOrganisationsModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const importFile = useImportOrganisations();

  const check = (picked: File) => {
    setFile(picked);
    importFile.mutate({ file: picked, dryRun: true });
  };

  const write = () => {
    if (!file) return;
    importFile.mutate(
      { file, dryRun: false },
      {
        onSuccess: (result) => {
          void message.success(
            t('organisationImport.imported', { units: formatViNumber(result.created) }),
          );
          onClose();
        },
      },
    );
  };

  const checked = importFile.data?.dryRun ? importFile.data : null;
  const refusal = isApiError(importFile.error, 400) ? importFile.error : null;

  return (
    <Modal open width={720} title={t('organisationImport.title')} onCancel={onClose} footer={null}>
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text type="secondary">{t('organisationImport.intro')}</Typography.Text>
          <Button
            type="link"
            icon={<DownloadOutlined />}
            data-testid="org-import-template"
            onClick={() => downloadImportTemplate(exampleParentCode, toIsoDate(today()))}
          >
            {t('organisationImport.template')}
          </Button>
        </Flex>
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          disabled={importFile.isPending}
          fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
          beforeUpload={(picked) => {
            check(picked);
            return false; // sent by our own call, not by antd's uploader
          }}
          onRemove={() => {
            setFile(null);
            importFile.reset();
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('organisationImport.choose')}</p>
        </Upload.Dragger>

        {importFile.isPending && <Spin description={t('organisationImport.checking')} />}
        {checked && !importFile.isPending && (
          <Alert
            type="success"
            showIcon
            title={t('organisationImport.validRows', { rows: formatViNumber(checked.rows) })}
            description={t('organisationImport.readyHint')}
            action={
              <Button type="primary" data-testid="org-import-submit" onClick={write}>
                {t('organisationImport.import')}
              </Button>
            }
          />
        )}
        {refusal && (
          <>
            <Alert
              type="error"
              showIcon
              title={describeError(refusal, t)}
              description={t('organisationImport.nothingWritten')}
            />
            {refusal.details.length > 0 && <ImportErrorsTable details={refusal.details} />}
          </>
        )}
        {importFile.isError && !refusal && <ErrorAlert error={importFile.error} />}
      </Flex>
    </Modal>
  );
}
