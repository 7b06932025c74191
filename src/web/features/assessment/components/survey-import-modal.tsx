/**
 * Nhập điểm điều tra xã hội học từ Excel: download the round's template, check the file first
 * (every error per unit and node listed, "Nhập" disabled while there is one), then write every
 * score — or none, as the server refuses a file with errors too.
 */
import { useState } from 'react';
import { Alert, App, Button, Flex, Modal, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadSurveyTemplate, type SurveyImport } from '@contract/assessment-results';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { ImportErrorsTable } from '@web/components/import-errors-table';
import { ImportWizard, useImportFile } from '@web/components/import-wizard/import-wizard';
import { downloadFile } from '@web/lib/api-client';
import { useImportSurvey } from '../api/results-round-api';

export function SurveyImportModal({ roundId, onClose }: { roundId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [templateError, setTemplateError] = useState<unknown>(null);
  const importFile = useImportSurvey(roundId);
  const chosen = useImportFile(importFile);
  const file = chosen.file;

  const downloadTemplate = async () => {
    setTemplateError(null);
    try {
      await downloadFile(downloadSurveyTemplate, { params: { id: roundId } });
    } catch (error) {
      setTemplateError(error);
    }
  };

  const write = () => {
    if (!file) return;
    importFile.mutate(
      { file, dryRun: false },
      {
        onSuccess: (result) => {
          void message.success(
            t('assessmentResults.import.imported', { units: formatViNumber(result.units.length) }),
          );
          onClose();
        },
      },
    );
  };

  const checked = importFile.data?.dryRun ? importFile.data : null;
  const canImport = checked !== null && checked.canImport && !importFile.isPending;

  return (
    <Modal
      open
      width={860}
      title={t('assessmentResults.import.title')}
      onCancel={onClose}
      footer={null}
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('assessmentResults.import.intro')}</Typography.Text>
        <div>
          <Button
            icon={<DownloadOutlined />}
            data-testid="survey-import-template"
            onClick={() => void downloadTemplate()}
          >
            {t('assessmentResults.survey.template')}
          </Button>
        </div>
        {templateError !== null && <ErrorAlert error={templateError} />}
        <ImportWizard
          importFile={chosen}
          mutation={importFile}
          accept=".xlsx"
          texts={{
            choose: t('assessmentResults.import.choose'),
            checking: t('assessmentResults.import.checking'),
            nothingWritten: t('assessmentResults.import.nothingWritten'),
          }}
          testIds={{ errors: 'survey-import-errors', status: 'survey-import-status' }}
          renderChecked={(preview) => (
            <>
              {preview.errors.length === 0 ? (
                <Alert
                  type="success"
                  showIcon
                  data-testid="survey-import-status"
                  title={t('assessmentResults.import.preview', {
                    rows: formatViNumber(preview.rows),
                    units: formatViNumber(preview.units.length),
                  })}
                />
              ) : (
                <>
                  <Alert
                    type="error"
                    showIcon
                    data-testid="survey-import-status"
                    title={t('assessmentResults.import.blocked', {
                      errors: formatViNumber(preview.errors.length),
                    })}
                    description={t('assessmentResults.import.blockedHint')}
                  />
                  <ImportErrorsTable details={preview.errors} testId="survey-import-errors" />
                </>
              )}
              <SurveyPreviewTable preview={preview} />
            </>
          )}
        />
        {(file || checked) && (
          <Flex justify="flex-end">
            <Button
              type="primary"
              data-testid="survey-import-submit"
              disabled={!canImport}
              loading={importFile.isPending && !importFile.variables?.dryRun}
              onClick={write}
            >
              {t('assessmentResults.import.import')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Modal>
  );
}

type PreviewUnit = SurveyImport['units'][number];

function SurveyPreviewTable({ preview }: { preview: SurveyImport }) {
  const { t } = useTranslation();
  return (
    <Table<PreviewUnit>
      size="small"
      data-testid="survey-import-preview"
      rowKey={(unit) => unit.organisation.id}
      dataSource={preview.units}
      pagination={preview.units.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      columns={[
        {
          key: 'unit',
          title: t('assessmentResults.results.unit'),
          render: (_, unit) => unit.organisation.name,
        },
        {
          key: 'scores',
          title: t('assessmentResults.import.scores'),
          align: 'right',
          render: (_, unit) => formatViNumber(unit.scores.length),
        },
        {
          key: 'part',
          title: t('assessmentResults.import.surveyPart'),
          align: 'right',
          render: (_, unit) => formatViNumber(unit.surveyPart),
        },
      ]}
    />
  );
}
