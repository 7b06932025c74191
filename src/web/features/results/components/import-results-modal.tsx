/**
 * Nhập kết quả: download the template, check the workbook first (per unit: the computed total,
 * the total printed in the file, and any error), then write every unit — or show why none can
 * be written. "Nhập" stays disabled while the file has errors (bad cells, or a unit whose total
 * disagrees with the file, is 0, or has no score); the server refuses such a file too.
 */
import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Modal, Table, Tooltip, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ImportWizard, useImportFile } from '@web/components/import-wizard/import-wizard';
import { downloadResultsTemplate, type ResultsImport } from '@contract/results';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { downloadFile } from '@web/lib/api-client';
import { useImportResults } from '../api/results-api';

interface ImportResultsModalProps {
  frameworkId: string;
  onClose: () => void;
}

export function ImportResultsModal({ frameworkId, onClose }: ImportResultsModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [decisionNumber, setDecisionNumber] = useState('');
  const [templateError, setTemplateError] = useState<unknown>(null);
  const [isDownloading, setIsDownloading] = useState(false);
  const importFile = useImportResults(frameworkId);
  const chosen = useImportFile(importFile);
  const file = chosen.file;

  const downloadTemplate = async () => {
    setTemplateError(null);
    setIsDownloading(true);
    try {
      await downloadFile(downloadResultsTemplate, { params: { id: frameworkId } });
    } catch (error) {
      setTemplateError(error);
    } finally {
      setIsDownloading(false);
    }
  };

  const write = () => {
    if (!file) return;
    importFile.mutate(
      { file, dryRun: false, decisionNumber: decisionNumber.trim() },
      {
        onSuccess: (result) => {
          void message.success(
            t('resultScreens.import.imported', { units: formatViNumber(result.units.length) }),
          );
          onClose();
        },
      },
    );
  };

  const checked = importFile.data?.dryRun ? importFile.data : null;
  const unitsWithErrors = checked?.units.filter((unit) => unit.errors.length > 0).length ?? 0;
  const canImport = checked !== null && checked.canImport && !importFile.isPending;
  const importButton = (
    <Tooltip title={canImport ? undefined : t('resultScreens.import.blockedHint')}>
      <Button
        type="primary"
        data-testid="results-import-submit"
        disabled={!canImport}
        loading={importFile.isPending && !!file && !importFile.variables?.dryRun}
        onClick={write}
      >
        {t('resultScreens.import.import')}
      </Button>
    </Tooltip>
  );

  return (
    <Modal
      open
      width={860}
      title={t('resultScreens.import.title')}
      onCancel={onClose}
      footer={null}
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('resultScreens.import.intro')}</Typography.Text>
        <Flex gap={12} align="center" wrap>
          <Button
            icon={<DownloadOutlined />}
            data-testid="results-import-template"
            loading={isDownloading}
            onClick={() => void downloadTemplate()}
          >
            {t('resultScreens.import.template')}
          </Button>
          <Typography.Text type="secondary">
            {t('resultScreens.import.templateHint')}
          </Typography.Text>
        </Flex>
        {templateError !== null && <ErrorAlert error={templateError} />}
        <Input
          style={{ maxWidth: 320 }}
          placeholder={t('resultScreens.import.decisionNumber')}
          value={decisionNumber}
          onChange={(event) => setDecisionNumber(event.target.value)}
        />
        <ImportWizard
          importFile={chosen}
          mutation={importFile}
          accept=".xlsx,.csv"
          texts={{
            choose: t('resultScreens.import.choose'),
            checking: t('resultScreens.import.checking'),
            nothingWritten: t('resultScreens.import.nothingWritten'),
          }}
          testIds={{ errors: 'results-import-errors', status: 'results-import-status' }}
          renderChecked={(preview) => (
            <>
              {preview.canImport ? (
                <Alert
                  type="success"
                  showIcon
                  data-testid="results-import-status"
                  title={t('resultScreens.import.preview', {
                    rows: formatViNumber(preview.rows),
                    units: formatViNumber(preview.units.length),
                  })}
                />
              ) : (
                <Alert
                  type="error"
                  showIcon
                  data-testid="results-import-status"
                  title={t('resultScreens.import.blocked', {
                    units: formatViNumber(unitsWithErrors),
                  })}
                  description={t('resultScreens.import.blockedHint')}
                />
              )}
              <ImportPreviewTable preview={preview} />
            </>
          )}
        />
        {(file || checked) && <Flex justify="flex-end">{importButton}</Flex>}
      </Flex>
    </Modal>
  );
}

type ImportedUnit = ResultsImport['units'][number];

function ImportPreviewTable({ preview }: { preview: ResultsImport }) {
  const { t } = useTranslation();
  return (
    <Table<ImportedUnit>
      size="small"
      data-testid="results-import-preview"
      rowKey={(unit) => unit.organisation.id}
      dataSource={preview.units}
      pagination={preview.units.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      columns={[
        {
          key: 'unit',
          title: t('resultScreens.ranking.unit'),
          render: (_, u) => u.organisation.name,
        },
        {
          key: 'nodes',
          title: t('resultScreens.import.scoredNodes'),
          align: 'right',
          render: (_, u) => formatViNumber(u.scoredNodes),
        },
        {
          key: 'score',
          title: t('resultScreens.import.computedScore'),
          align: 'right',
          // Some areas without a score: the sum so far, flagged, never read as the unit's total.
          render: (_, u) =>
            u.totals.scoreState === 'scored'
              ? `${formatViNumber(u.totals.score)} / ${formatViNumber(u.totals.applicableMaxPoints)}`
              : t('resultScreens.gaps.partialScore', { score: formatViNumber(u.totals.score) }),
        },
        {
          key: 'printed',
          title: t('resultScreens.import.printedScore'),
          align: 'right',
          render: (_, u) =>
            u.printedScore === null ? (
              <Typography.Text type="secondary">
                {t('resultScreens.import.noPrinted')}
              </Typography.Text>
            ) : (
              formatViNumber(u.printedScore, 4)
            ),
        },
        {
          key: 'index',
          title: t('resultScreens.ranking.indexPercent'),
          align: 'right',
          render: (_, u) =>
            u.totals.indexPercent === null
              ? t('common.empty')
              : formatViNumber(u.totals.indexPercent),
        },
        {
          key: 'check',
          title: t('resultScreens.import.check'),
          render: (_, u) =>
            u.errors.length > 0 ? (
              <Typography.Text
                type="danger"
                data-testid={`results-import-error-${u.organisation.code}`}
              >
                {u.errors.join(' ')}
              </Typography.Text>
            ) : u.mismatches.length > 0 ? (
              <Typography.Text type="warning">
                {u.mismatches.map((mismatch) => mismatch.message).join('; ')}
              </Typography.Text>
            ) : (
              <Typography.Text type="success">{t('resultScreens.import.ok')}</Typography.Text>
            ),
        },
      ]}
    />
  );
}
