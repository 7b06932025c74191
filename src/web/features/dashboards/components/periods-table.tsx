/** Các kỳ báo cáo: label, data window, due date (with the weekday when it is a weekend) and the consolidated report link. */
import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReportingOverview, ReportingPeriodDto } from '@contract/reports';
import { describeDue, formatDataWindow } from './period-text';

export function PeriodsTable({ overview }: { overview: ReportingOverview }) {
  const { t } = useTranslation();
  return (
    <Table<ReportingPeriodDto>
      size="small"
      rowKey="key"
      data-testid="reporting-periods"
      pagination={false}
      sticky
      dataSource={overview.periods}
      locale={{ emptyText: t('dashboardScreens.reporting.noPeriods') }}
      columns={[
        { key: 'label', title: t('dashboardScreens.reporting.period'), dataIndex: 'label' },
        {
          key: 'window',
          title: t('dashboardScreens.reporting.window'),
          render: (_, period) => formatDataWindow(period),
        },
        {
          key: 'due',
          title: t('dashboardScreens.reporting.due'),
          render: (_, period) => {
            const due = describeDue(period);
            return due.weekday === null ? (
              due.date
            ) : (
              <Typography.Text type="warning">
                {t('dashboardScreens.reporting.dueOnWeekend', due)}
              </Typography.Text>
            );
          },
        },
        ...(overview.abilities.canConsolidate
          ? [
              {
                key: 'consolidated',
                title: t('common.actions'),
                render: (_: unknown, period: ReportingPeriodDto) => (
                  <Link
                    to={`/plans/${overview.planId}/consolidated/${encodeURIComponent(period.key)}`}
                    data-testid={`consolidated-link-${period.key}`}
                  >
                    {t('dashboardScreens.reporting.consolidatedLink')}
                  </Link>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
