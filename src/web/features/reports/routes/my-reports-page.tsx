/** Báo cáo của đơn vị tôi: for one unit (by default the user's first role unit), every report it owes or owed, newest due first. */
import { useState } from 'react';
import { Card, Flex, Grid, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EndpointResponse } from '@contract/endpoint';
import type { listMyReports } from '@contract/reports';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { useSignedInUser } from '@web/lib/current-user';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { useMyReports } from '../api/reports-api';
import { formatDataWindow, formatDueDate } from '../components/report-period-text';
import { PeriodCellStatusTag } from '../components/report-status-tags';
import { reportPath } from '../components/report-path';

type MyReport = EndpointResponse<typeof listMyReports>['items'][number];

export function MyReportsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reportScreens.mine.pageTitle'));
  const me = useSignedInUser();
  const [organisationId, setOrganisationId] = useState<string | null>(
    me.roles[0]?.organisationId ?? me.homeOrganisation.id,
  );
  const reports = useMyReports(organisationId);
  const items = reports.data?.items ?? [];
  // On a phone the plan column stays pinned, narrower, while the other columns scroll beside it.
  const isNarrow = !Grid.useBreakpoint().md;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('reportScreens.mine.pageTitle')}
      </Typography.Title>
      <Card size="small">
        <Flex gap={12} align="center" wrap>
          <Typography.Text>{t('reportScreens.mine.unit')}</Typography.Text>
          <OrganisationTreeSelect
            style={{ flex: '1 1 240px', maxWidth: 480 }}
            data-testid="my-reports-unit"
            allowClear={false}
            value={organisationId ?? undefined}
            onChange={(id?: string) => setOrganisationId(id ?? null)}
          />
        </Flex>
      </Card>
      {reports.isError && (
        <ErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />
      )}
      <Table<MyReport>
        size="small"
        data-testid="my-reports-table"
        rowKey={(report) => `${report.plan.id}/${report.period.key}`}
        loading={reports.isFetching}
        dataSource={items}
        scroll={{ x: 'max-content' }}
        sticky
        locale={{ emptyText: t('reportScreens.mine.empty') }}
        pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        columns={[
          {
            key: 'plan',
            title: t('reportScreens.mine.plan'),
            width: isNarrow ? 150 : 320,
            fixed: 'left',
            render: (_, report) => (
              <span data-testid="my-report-plan">
                <Typography.Text strong>{report.plan.documentNumber}</Typography.Text> —{' '}
                {report.plan.title}
              </span>
            ),
          },
          {
            key: 'period',
            title: t('reportScreens.mine.period'),
            render: (_, report) => report.period.label,
          },
          {
            key: 'window',
            title: t('reportScreens.mine.window'),
            render: (_, report) => formatDataWindow(report.period),
          },
          {
            key: 'due',
            title: t('reportScreens.mine.due'),
            render: (_, report) => formatDueDate(report.period),
          },
          {
            key: 'tasks',
            title: t('reportScreens.mine.tasks'),
            render: (_, report) => (
              <Flex vertical>
                <span>
                  {t('reportScreens.mine.taskCount', {
                    tasks: formatViNumber(report.taskCount),
                  })}
                </span>
                {report.overdueTaskCount > 0 && (
                  <Typography.Text type="danger">
                    {t('reportScreens.mine.overdueTasks', {
                      tasks: formatViNumber(report.overdueTaskCount),
                    })}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'status',
            title: t('reportScreens.mine.status'),
            render: (_, report) => <PeriodCellStatusTag status={report.status} />,
          },
          {
            key: 'open',
            title: t('common.actions'),
            render: (_, report) =>
              organisationId && (
                <Link
                  to={reportPath({
                    planId: report.plan.id,
                    periodKey: report.period.key,
                    organisationId,
                  })}
                  data-testid={`my-report-open-${report.plan.id}-${report.period.key}`}
                >
                  {t('reportScreens.mine.open')}
                </Link>
              ),
          },
        ]}
      />
    </Flex>
  );
}
