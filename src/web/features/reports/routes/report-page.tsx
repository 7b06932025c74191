/** Báo cáo kỳ của đơn vị: /reports/:planId/:periodKey/:organisationId — header, the report form, submit and review. */
import { useMemo, useState } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPlaceDate } from '@contract/document-header';
import { ErrorAlert } from '@web/components/error-alert';
import { PrintButton } from '@web/components/print-button';
import { PrintHeader } from '@web/components/print-header';
import { useSignedInUser } from '@web/lib/current-user';
import { placeOfTenant } from '@web/lib/document-place';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { useSubmission, type ReportAddress } from '../api/reports-api';
import { ReportForm } from '../components/report-form';
import { ReportHeader } from '../components/report-header';
import { ReportThread } from '../components/report-thread';

export function ReportPage() {
  const { t } = useTranslation();
  const { planId = '', periodKey = '', organisationId = '' } = useParams();
  const address = useMemo<ReportAddress>(
    () => ({ planId, periodKey, organisationId }),
    [planId, periodKey, organisationId],
  );
  const submission = useSubmission(address);
  const me = useSignedInUser();
  const [isReloading, setIsReloading] = useState(false);
  // Bumped after a reload, so the form starts again from the version just read.
  const [formGeneration, setFormGeneration] = useState(0);
  useDocumentTitle(
    submission.data
      ? `${t('reportScreens.report.pageTitle')}: ${submission.data.period.label}`
      : t('reportScreens.report.pageTitle'),
  );

  const reload = () => {
    setIsReloading(true);
    void submission.refetch().finally(() => {
      setIsReloading(false);
      setFormGeneration((generation) => generation + 1);
    });
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap className="no-print">
        <Link to="/reports">
          <ArrowLeftOutlined /> {t('reportScreens.report.back')}
        </Link>
        {submission.data && <PrintButton testId="report-print" />}
      </Flex>
      {submission.data && (
        // Báo cáo của đơn vị: the unit issues it; the day is left blank for the signer.
        <PrintHeader
          issuingBody={submission.data.organisation.name}
          placeDate={formatPlaceDate(
            placeOfTenant(me.tenant.name),
            null,
            submission.data.plan.year,
          )}
          documentType="BÁO CÁO"
          title={t('reportScreens.report.printTitle', {
            number: submission.data.plan.documentNumber,
          })}
          subtitle={`${submission.data.plan.title} — ${submission.data.period.label}`}
        />
      )}
      <Typography.Title level={2} style={{ margin: 0 }} className="no-print">
        {t('reportScreens.report.pageTitle')}
        {submission.data ? `: ${submission.data.period.label}` : ''}
      </Typography.Title>
      {submission.isPending && <Spin />}
      {submission.isError && (
        <ErrorAlert error={submission.error} onRetry={() => void submission.refetch()} />
      )}
      {submission.data && (
        <>
          <ReportHeader submission={submission.data} />
          <ReportForm
            key={formGeneration}
            address={address}
            submission={submission.data}
            isReloading={isReloading}
            onReload={reload}
          />
          <ReportThread address={address} reportVersion={submission.data.version} />
        </>
      )}
    </Flex>
  );
}
