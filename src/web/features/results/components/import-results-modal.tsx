/** Nhập kết quả: check the workbook first (per-unit totals and mismatches), then write every unit — or show why none was written. */
import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Modal, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileDrop } from '@web/components/file-drop';
import { ImportErrorsTable } from '@web/components/import-errors-table';
import type { ResultsImport } from '@contract/results';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { isApiError } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { useImportResults } from '../api/results-api';

interface ImportResultsModalProps {
  frameworkId: string;
  onClose: () => void;
}

export function ImportResultsModal({ frameworkId, onClose }: ImportResultsModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [decisionNumber, setDecisionNumber] = useState('');
  const importFile = useImportResults(frameworkId);

  const check = (picked: File) => {
    setFile(picked);
    importFile.mutate({ file: picked, dryRun: true });
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
  const refusal = isApiError(importFile.error, 400) ? importFile.error : null;

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
        <Input
          style={{ maxWidth: 320 }}
          placeholder={t('resultScreens.import.decisionNumber')}
          value={decisionNumber}
          onChange={(event) => setDecisionNumber(event.target.value)}
        />
        <FileDrop
          file={file}
          accept=".xlsx,.csv"
          hint={t('resultScreens.import.choose')}
          disabled={importFile.isPending}
          onPick={(picked) => check(picked)}
          onRemove={() => {
            setFile(null);
            importFile.reset();
          }}
        />

        {importFile.isPending && <Spin description={t('resultScreens.import.checking')} />}
        {checked && !importFile.isPending && (
          <>
            <Alert
              type="success"
              showIcon
              title={t('resultScreens.import.preview', {
                rows: formatViNumber(checked.rows),
                units: formatViNumber(checked.units.length),
              })}
              action={
                <Button type="primary" data-testid="results-import-submit" onClick={write}>
                  {t('resultScreens.import.import')}
                </Button>
              }
            />
            <ImportPreviewTable preview={checked} />
          </>
        )}
        {refusal && (
          <>
            <Alert
              type="error"
              showIcon
              title={describeError(refusal, t)}
              description={t('resultScreens.import.nothingWritten')}
            />
            {refusal.details.length > 0 && (
              <ImportErrorsTable details={refusal.details} testId="results-import-errors" />
            )}
          </>
        )}
        {importFile.isError && !refusal && <ErrorAlert error={importFile.error} />}
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
          title: t('resultScreens.ranking.score'),
          align: 'right',
          // Some areas without a score: the sum so far, flagged, never read as the unit's total.
          render: (_, u) =>
            u.totals.scoreState === 'scored'
              ? `${formatViNumber(u.totals.score)} / ${formatViNumber(u.totals.applicableMaxPoints)}`
              : t('resultScreens.gaps.partialScore', { score: formatViNumber(u.totals.score) }),
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
          key: 'mismatches',
          title: t('resultScreens.import.mismatches'),
          render: (_, u) =>
            u.mismatches.length === 0 ? (
              t('resultScreens.import.noMismatch')
            ) : (
              <Typography.Text type="warning">
                {u.mismatches.map((mismatch) => mismatch.message).join('; ')}
              </Typography.Text>
            ),
        },
      ]}
    />
  );
}
