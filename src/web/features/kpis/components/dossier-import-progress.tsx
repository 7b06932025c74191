/**
 * Tiến độ nhập hồ sơ: the job's status, an animated bar while it runs, rows read / written /
 * refused and the rate (Vietnamese numbers), cancel while it runs, then its outcome: the failure,
 * the first errors (line, column, message) and the error report to download.
 */
import { Alert, Button, Card, Flex, Progress, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DossierImportJobDto } from '@contract/dossier-imports';
import {
  dossierImportBarStatus,
  dossierImportFigures,
  isDossierImportRunning,
} from './dossier-import-view-model';

/** The errors listed on the page; the .csv has the first 1,000. */
const SHOWN_ERRORS = 20;

const STATUS_COLORS: Record<DossierImportJobDto['status'], string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
  cancelled: 'warning',
};

export function DossierImportProgress({
  job,
  onCancel,
  cancelling,
  onDownloadErrors,
}: {
  job: DossierImportJobDto;
  onCancel: () => void;
  cancelling: boolean;
  onDownloadErrors: () => void;
}) {
  const { t } = useTranslation();
  const figures = dossierImportFigures(job);
  const running = isDossierImportRunning(job);
  return (
    <Card
      size="small"
      title={t('kpiScreens.import.progressTitle')}
      extra={
        <Tag color={STATUS_COLORS[job.status]} data-testid="dossier-import-status">
          {t(`kpiScreens.import.statuses.${job.status}`)}
        </Tag>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text strong>{job.fileName}</Typography.Text>
        <Progress percent={100} showInfo={false} status={dossierImportBarStatus(job)} />
        <Flex gap={24} wrap data-testid="dossier-import-figures">
          <span>{t('kpiScreens.import.read', { value: figures.read })}</span>
          <span>{t('kpiScreens.import.written', { value: figures.written })}</span>
          <span>{t('kpiScreens.import.rejected', { value: figures.rejected })}</span>
          {figures.rate !== null && (
            <span>{t('kpiScreens.import.rate', { rate: figures.rate })}</span>
          )}
          {figures.eta !== null && (
            <span data-testid="dossier-import-eta">
              {figures.eta.unit === 'minutes'
                ? t('kpiScreens.import.eta.minutes', { minutes: figures.eta.value })
                : t('kpiScreens.import.eta.seconds', { seconds: figures.eta.value })}
            </span>
          )}
        </Flex>
        {running && (
          <Button
            danger
            icon={<StopOutlined />}
            loading={cancelling}
            onClick={onCancel}
            data-testid="dossier-import-cancel"
            style={{ alignSelf: 'flex-start' }}
          >
            {t('kpiScreens.import.cancel')}
          </Button>
        )}
        {job.failure && <Alert type="error" showIcon title={job.failure} />}
        {job.errors.length > 0 && (
          <>
            <Flex justify="space-between" align="center">
              <Typography.Text strong>{t('kpiScreens.import.errorsTitle')}</Typography.Text>
              <Button
                icon={<DownloadOutlined />}
                onClick={onDownloadErrors}
                data-testid="dossier-import-errors-csv"
              >
                {t('kpiScreens.import.downloadErrors')}
              </Button>
            </Flex>
            <Table
              size="small"
              rowKey={(error) => `${error.line}-${error.code}-${error.column ?? ''}`}
              pagination={false}
              dataSource={job.errors.slice(0, SHOWN_ERRORS)}
              columns={[
                { title: t('kpiScreens.import.line'), dataIndex: 'line', width: 80 },
                { title: t('kpiScreens.import.column'), dataIndex: 'column', width: 200 },
                { title: t('kpiScreens.import.message'), dataIndex: 'message' },
              ]}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
