/** Theo dõi báo cáo của kế hoạch: the reporting rule, its periods, the submissions heatmap and the completion charts. */
import { Alert, Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPlaceDate } from '@contract/document-header';
import { exportReportingOverview, type ReportingOverview } from '@contract/reports';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { PrintButton } from '@web/components/print-button';
import { PrintHeader } from '@web/components/print-header';
import { useSignedInUser } from '@web/lib/current-user';
import { placeOfTenant } from '@web/lib/document-place';
import { downloadFile, isApiError } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { usePlanHeading, useReportingOverview } from '../api/dashboards-api';
import { computeTotalCompletion } from '../components/completion-options';
import { DownloadButton } from '@web/components/download-button';
import { PeriodsTable } from '../components/periods-table';
import { ReportingCharts } from '../components/reporting-charts';
import { ReportingHeatmap } from '../components/reporting-heatmap';
import { ReportingRuleCard } from '../components/reporting-rule-card';
import { ReportRequestsCard } from '../components/report-requests-card';

export function ReportingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const overview = useReportingOverview(id);
  const plan = usePlanHeading(id);
  const me = useSignedInUser();
  useDocumentTitle(t('dashboardScreens.reporting.pageTitle'));

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap className="no-print">
        <Link to={`/plans/${id}`}>
          <ArrowLeftOutlined /> {t('dashboardScreens.reporting.back')}
        </Link>
        {overview.data && <PrintButton testId="reporting-print" />}
      </Flex>
      {plan.data && (
        // The tracker prints as a report of the plan's issuing body; the day is left for the clerk.
        <PrintHeader
          parentBody={plan.data.content.parentBody}
          issuingBody={plan.data.content.issuingBody}
          placeDate={formatPlaceDate(placeOfTenant(me.tenant.name), null, plan.data.year)}
          documentType="BÁO CÁO"
          title={t('dashboardScreens.reporting.printTitle')}
          subtitle={`${t('dashboardScreens.reporting.printPlan', { number: plan.data.documentNumber })} — ${plan.data.title}`}
        />
      )}
      <Typography.Title level={3} style={{ margin: 0 }} className="no-print">
        {t('dashboardScreens.reporting.pageTitle')}
        {plan.data && (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 16 }}>
            {plan.data.documentNumber} — {plan.data.title}
          </Typography.Text>
        )}
      </Typography.Title>
      {overview.isPending && <FullPageSpinner />}
      {overview.isError &&
        (isApiError(overview.error, 404) ? (
          <Alert type="warning" showIcon title={t('dashboardScreens.reporting.notFound')} />
        ) : (
          <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
        ))}
      {overview.data && (
        <ReportingView
          overview={overview.data}
          isReloading={overview.isFetching}
          onReload={() => void overview.refetch()}
        />
      )}
    </Flex>
  );
}

interface ReportingViewProps {
  overview: ReportingOverview;
  isReloading: boolean;
  onReload: () => void;
}

function ReportingView({ overview, isReloading, onReload }: ReportingViewProps) {
  const { t } = useTranslation();
  const total = computeTotalCompletion(overview.completionByArea);
  return (
    <>
      <Card>
        <Row gutter={[16, 16]} align="middle">
          <Col xs={24} lg={14}>
            <ReportingRuleCard overview={overview} isReloading={isReloading} onReload={onReload} />
          </Col>
          <Col xs={12} lg={6}>
            <div data-testid="reporting-completion-total">
              <Statistic
                title={t('dashboardScreens.reporting.completionTotal')}
                value={total === null ? t('common.empty') : `${formatViNumber(total)}%`}
              />
            </div>
          </Col>
          <Col xs={12} lg={4}>
            <DownloadButton
              label={t('dashboardScreens.exportExcel')}
              icon={<DownloadOutlined />}
              testId="reporting-export"
              download={() =>
                downloadFile(exportReportingOverview, { params: { id: overview.planId } })
              }
            />
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t('dashboardScreens.reporting.periods')}>
        <PeriodsTable overview={overview} />
      </Card>
      <ReportRequestsCard overview={overview} />
      <Card size="small" title={t('dashboardScreens.reporting.heatmap')}>
        <Flex vertical gap={8}>
          <ReportingHeatmap overview={overview} />
        </Flex>
      </Card>
      <ReportingCharts overview={overview} />
    </>
  );
}
