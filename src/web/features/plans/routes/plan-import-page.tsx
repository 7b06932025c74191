/** Nhập kế hoạch từ văn bản (/plans/imports/:id): a progress bar while the file is read, its error when it could not be, else the review screen. */
import { Alert, Card, Flex, Progress, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@web/components/error-alert';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { isApiError } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { usePlanImport } from '../api/plan-imports-api';
import { ImportReviewView } from '../components/plan-import/import-review-view';

export function PlanImportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const planImport = usePlanImport(id);
  useDocumentTitle(t('planImportScreens.pageTitle'));
  const data = planImport.data;

  return (
    <Flex vertical gap={12}>
      <Link to="/plans">
        <ArrowLeftOutlined /> {t('planImportScreens.back')}
      </Link>
      {planImport.isPending && <FullPageSpinner />}
      {planImport.isError &&
        (isApiError(planImport.error, 404) ? (
          <Alert type="warning" showIcon title={t('planImportScreens.notFound')} />
        ) : (
          <ErrorAlert error={planImport.error} onRetry={() => void planImport.refetch()} />
        ))}
      {data?.status === 'reading' && (
        <Card data-testid="import-reading">
          <Typography.Text>
            {t('planImportScreens.reading', { file: data.fileName })}
          </Typography.Text>
          <Progress percent={Math.round(data.progress)} status="active" />
        </Card>
      )}
      {data?.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          title={t('planImportScreens.failed')}
          description={data.error ?? undefined}
        />
      )}
      {data &&
        (data.status === 'ready' || data.status === 'created') &&
        (data.result ? (
          <ImportReviewView key={data.id} planImport={data} result={data.result} />
        ) : (
          <Alert type="info" showIcon title={t('planImportScreens.noResult')} />
        ))}
    </Flex>
  );
}
