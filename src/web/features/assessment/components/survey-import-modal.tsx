/**
 * Nhập điểm điều tra xã hội học từ Excel: download the round's template, check the file first
 * (every error per unit and node listed, "Nhập" disabled while there is one), then write every
 * score — or none, as the server refuses a file with errors too.
 */
import { useState } from 'react';
import { Alert, App, Button, Flex, Modal, Spin, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadSurveyTemplate, type SurveyImport } from '@contract/assessment-results';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { FileDrop } from '@web/components/file-drop';
import { ImportErrorsTable } from '@web/components/import-errors-table';
import { downloadFile, isApiError } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { useImportSurvey } from '../api/results-round-api';

export function SurveyImportModal({ roundId, onClose }: { roundId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [templateError, setTemplateError] = useState<unknown>(null);
  const importFile = useImportSurvey(roundId);

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
  const refusal = isApiError(importFile.error, 400) ? importFile.error : null;
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
        <FileDrop
          file={file}
          accept=".xlsx"
          hint={t('assessmentResults.import.choose')}
          disabled={importFile.isPending}
          onPick={(picked) => {
            setFile(picked);
            importFile.mutate({ file: picked, dryRun: true });
          }}
          onRemove={() => {
            setFile(null);
            importFile.reset();
          }}
        />
        {importFile.isPending && <Spin description={t('assessmentResults.import.checking')} />}
        {checked && !importFile.isPending && (
          <>
            {checked.errors.length === 0 ? (
              <Alert
                type="success"
                showIcon
                data-testid="survey-import-status"
                title={t('assessmentResults.import.preview', {
                  rows: formatViNumber(checked.rows),
                  units: formatViNumber(checked.units.length),
                })}
              />
            ) : (
              <>
                <Alert
                  type="error"
                  showIcon
                  data-testid="survey-import-status"
                  title={t('assessmentResults.import.blocked', {
                    errors: formatViNumber(checked.errors.length),
                  })}
                  description={t('assessmentResults.import.blockedHint')}
                />
                <ImportErrorsTable details={checked.errors} testId="survey-import-errors" />
              </>
            )}
            <SurveyPreviewTable preview={checked} />
          </>
        )}
        {refusal && (
          <>
            <Alert
              type="error"
              showIcon
              data-testid="survey-import-status"
              title={describeError(refusal, t)}
              description={t('assessmentResults.import.nothingWritten')}
            />
            {refusal.details.length > 0 && (
              <ImportErrorsTable details={refusal.details} testId="survey-import-errors" />
            )}
          </>
        )}
        {importFile.isError && !refusal && <ErrorAlert error={importFile.error} />}
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
