/**
 * Nhập dữ liệu hồ sơ TTHC (/kpis/import): choose the export, the source system and the mode
 * (all or nothing / valid rows only, each explained), upload, then follow the job's progress
 * (polled) with cancel, and its outcome with the first errors and the error report. The job id
 * stays in the address (?job=…), so a reload keeps following it.
 */
import { useState } from 'react';
import { Button, Card, Flex, Form, Input, Radio, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { ArrowLeftOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DOSSIER_IMPORT_MODES, type DossierImportJobDto } from '@contract/dossier-imports';
import { ErrorAlert } from '@web/components/error-alert';
import { isApiError } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/use-document-title';
import {
  downloadDossierImportErrorReport,
  useCancelDossierImport,
  useDossierImport,
  useUploadDossierImport,
} from '../api/dossier-imports-api';
import { DossierImportProgress } from '../components/dossier-import-progress';
import { DossierMappingStep, dossierMappingNeed } from '../components/dossier-mapping-step';

type Mode = DossierImportJobDto['mode'];

export function DossierImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('kpiScreens.import.pageTitle'));
  const [search, setSearch] = useSearchParams();
  const jobId = search.get('job');
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('mac-dinh');
  const [mode, setMode] = useState<Mode>('all_or_nothing');
  const upload = useUploadDossierImport();
  const cancel = useCancelDossierImport();
  const job = useDossierImport(jobId);

  const fileList: UploadFile[] = file
    ? [{ uid: 'dossier-file', name: file.name, status: 'done' }]
    : [];

  const start = (mapping?: Record<string, string>) => {
    if (!file) return;
    upload.mutate(
      { file, source: source.trim() || 'mac-dinh', mode, ...(mapping ? { mapping } : {}) },
      { onSuccess: (created) => setSearch({ job: created.id }) },
    );
  };
  // A refusal naming missing columns opens the mapping step instead of only an error.
  const mappingNeed = isApiError(upload.error, 400)
    ? dossierMappingNeed(upload.error.details)
    : null;

  return (
    <Flex vertical gap={16}>
      <Link to="/kpis">
        <ArrowLeftOutlined /> {t('kpiScreens.import.back')}
      </Link>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('kpiScreens.import.pageTitle')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('kpiScreens.import.hint')}</Typography.Text>
      <Card size="small">
        <Form layout="vertical" onFinish={() => start()}>
          <Form.Item label={t('kpiScreens.import.file')} required>
            <Upload
              accept=".csv,.xlsx"
              maxCount={1}
              fileList={fileList}
              beforeUpload={(chosen) => {
                setFile(chosen);
                return false; // sent with the form, not by antd on its own
              }}
              onRemove={() => setFile(null)}
            >
              <Button icon={<UploadOutlined />} data-testid="dossier-import-file">
                {t('kpiScreens.import.chooseFile')}
              </Button>
            </Upload>
          </Form.Item>
          <Form.Item
            label={t('kpiScreens.import.source')}
            extra={t('kpiScreens.import.sourceHint')}
          >
            <Input
              value={source}
              maxLength={100}
              onChange={(event) => setSource(event.target.value)}
              data-testid="dossier-import-source"
              style={{ maxWidth: 320 }}
            />
          </Form.Item>
          <Form.Item
            label={t('kpiScreens.import.mode')}
            extra={t(`kpiScreens.import.modeHints.${mode}`)}
          >
            <Radio.Group
              value={mode}
              onChange={(event) => setMode(event.target.value as Mode)}
              data-testid="dossier-import-mode"
              options={DOSSIER_IMPORT_MODES.map((value) => ({
                value,
                label: t(`kpiScreens.import.modes.${value}`),
              }))}
            />
          </Form.Item>
          {upload.error && !mappingNeed ? <ErrorAlert error={upload.error} /> : null}
          <Button
            type="primary"
            htmlType="submit"
            disabled={!file}
            loading={upload.isPending}
            data-testid="dossier-import-start"
          >
            {t('kpiScreens.import.start')}
          </Button>
        </Form>
      </Card>
      {mappingNeed && file && (
        <DossierMappingStep
          key={file.name}
          need={mappingNeed}
          sending={upload.isPending}
          onSubmit={(mapping) => start(mapping)}
        />
      )}
      {job.error ? <ErrorAlert error={job.error} /> : null}
      {cancel.error ? <ErrorAlert error={cancel.error} /> : null}
      {job.data && (
        <DossierImportProgress
          job={job.data}
          cancelling={cancel.isPending}
          onCancel={() => cancel.mutate(job.data.id)}
          onDownloadErrors={() => void downloadDossierImportErrorReport(job.data.id)}
        />
      )}
    </Flex>
  );
}
