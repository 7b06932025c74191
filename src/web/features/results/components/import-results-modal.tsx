/** Nhập kết quả: check the workbook first (per-unit totals and mismatches), then write every unit — or show why none was written. */
import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Modal, Spin, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ErrorDetail } from '@contract/common';
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
          <p className="ant-upload-text">{t('resultScreens.import.choose')}</p>
        </Upload.Dragger>

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
            {refusal.details.length > 0 && <ImportRowErrors details={refusal.details} />}
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
          render: (_, u) =>
            `${formatViNumber(u.totals.score)} / ${formatViNumber(u.totals.applicableMaxPoints)}`,
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

function ImportRowErrors({ details }: { details: ErrorDetail[] }) {
  const { t } = useTranslation();
  const rows = details.map((detail, index) => ({ ...detail, key: index }));
  return (
    <div data-testid="results-import-errors">
      <Table
        size="small"
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          {
            key: 'row',
            title: t('resultScreens.import.row'),
            width: 72,
            render: (_, detail) => detail.row ?? t('common.empty'),
          },
          {
            key: 'field',
            title: t('resultScreens.import.column'),
            width: 160,
            render: (_, detail) => detail.field ?? t('common.empty'),
          },
          { key: 'message', title: t('resultScreens.import.error'), dataIndex: 'message' },
        ]}
      />
    </div>
  );
}
