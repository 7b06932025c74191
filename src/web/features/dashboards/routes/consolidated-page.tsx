/** Báo cáo tổng hợp kỳ: the generated narrative (editable), the units accepted and late or missing, and the .docx / .xlsx downloads. */
import { Alert, Card, Flex, Typography } from 'antd';
import { ArrowLeftOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { downloadConsolidatedDocx, downloadConsolidatedXlsx } from '@contract/reports';
import { formatViDate } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { downloadFile, isApiError } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { useConsolidatedReport } from '../api/dashboards-api';
import { ConsolidatedSections } from '../components/consolidated-sections';
import { ConsolidatedUnits } from '../components/consolidated-units';
import { DownloadButton } from '@web/components/download-button';

export function ConsolidatedPage() {
  const { t } = useTranslation();
  const { id = '', periodKey = '' } = useParams();
  const report = useConsolidatedReport(id, periodKey);
  useDocumentTitle(t('dashboardScreens.consolidated.pageTitle'));
  const params = { id, periodKey };

  return (
    <Flex vertical gap={16}>
      <Link to={`/plans/${id}/reporting`}>
        <ArrowLeftOutlined /> {t('dashboardScreens.consolidated.back')}
      </Link>
      {report.isPending && <FullPageSpinner />}
      {report.isError &&
        (isApiError(report.error, 404) ? (
          <Alert type="warning" showIcon title={t('dashboardScreens.consolidated.notFound')} />
        ) : (
          <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
        ))}
      {report.data && (
        <>
          <Card>
            <Flex justify="space-between" align="start" gap={16} wrap>
              <Flex vertical gap={4}>
                <Typography.Title level={3} style={{ margin: 0 }}>
                  {t('dashboardScreens.consolidated.pageTitle')} — {report.data.period.label}
                </Typography.Title>
                <Typography.Text type="secondary">
                  {t('dashboardScreens.consolidated.windowAndDue', {
                    from: formatViDate(report.data.period.from),
                    to: formatViDate(report.data.period.to),
                    due: formatViDate(report.data.period.due),
                  })}
                </Typography.Text>
              </Flex>
              <Flex gap={8} wrap>
                <DownloadButton
                  label={t('dashboardScreens.consolidated.downloadDocx')}
                  icon={<FileWordOutlined />}
                  testId="consolidated-docx"
                  download={() => downloadFile(downloadConsolidatedDocx, { params })}
                />
                <DownloadButton
                  label={t('dashboardScreens.exportExcel')}
                  icon={<FileExcelOutlined />}
                  testId="consolidated-xlsx"
                  download={() => downloadFile(downloadConsolidatedXlsx, { params })}
                />
              </Flex>
            </Flex>
          </Card>
          <ConsolidatedSections
            // A new version (saved here or reloaded after a conflict) starts from the server's text.
            key={report.data.version}
            report={report.data}
            isReloading={report.isFetching}
            onReload={() => void report.refetch()}
          />
          <ConsolidatedUnits report={report.data} />
        </>
      )}
    </Flex>
  );
}
