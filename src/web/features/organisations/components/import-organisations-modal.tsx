/** Nhập từ tệp: check the file first (dry run), then write every row — or show why none was written. */
import { useState } from 'react';
import { Alert, App, Button, Flex, Modal, Spin, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FileDrop } from '@web/components/file-drop';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { isApiError } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { toIsoDate, today } from '@web/lib/dates';
import { useImportOrganisations } from '../api/organisations-api';
import { downloadImportTemplate } from './import-template';
import { ImportErrorsTable } from '@web/components/import-errors-table';
import { useImportColumnLabel } from './import-column-label';

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
  const labelColumn = useImportColumnLabel();

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
        <FileDrop
          file={file}
          accept=".xlsx,.csv"
          hint={t('organisationImport.choose')}
          disabled={importFile.isPending}
          onPick={(picked) => check(picked)}
          onRemove={() => {
            setFile(null);
            importFile.reset();
          }}
        />

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
            {refusal.details.length > 0 && (
              <ImportErrorsTable
                details={refusal.details}
                testId="org-import-errors"
                labelColumn={labelColumn}
              />
            )}
          </>
        )}
        {importFile.isError && !refusal && <ErrorAlert error={importFile.error} />}
      </Flex>
    </Modal>
  );
}
