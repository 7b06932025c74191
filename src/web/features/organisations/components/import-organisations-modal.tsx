/** Nhập từ tệp: check the file first (dry run), then write every row — or show why none was written. */
import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatViNumber } from '@contract/vi-format';
import { ImportWizard, useImportFile } from '@web/components/import-wizard/import-wizard';
import { toIsoDate, today } from '@web/lib/dates';
import { useImportOrganisations } from '../api/organisations-api';
import { downloadImportTemplate } from './import-template';
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
  const importFile = useImportOrganisations();
  const chosen = useImportFile(importFile);
  const labelColumn = useImportColumnLabel();

  const write = () => {
    const file = chosen.file;
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
        <ImportWizard
          importFile={chosen}
          mutation={importFile}
          accept=".xlsx,.csv"
          texts={{
            choose: t('organisationImport.choose'),
            checking: t('organisationImport.checking'),
            nothingWritten: t('organisationImport.nothingWritten'),
          }}
          testIds={{ errors: 'org-import-errors' }}
          labelColumn={labelColumn}
          renderChecked={(checked) => (
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
        />
      </Flex>
    </Modal>
  );
}
