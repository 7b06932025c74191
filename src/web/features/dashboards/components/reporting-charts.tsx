/** Biểu đồ theo dõi báo cáo: completion by unit, overdue tasks, the trend and points at stake by area, each with its table view. */
import { useMemo, type ComponentProps, type ReactNode } from 'react';
import { Card, Col, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportingOverview } from '@contract/reports';
import { formatViNumber } from '@contract/vi-format';
import { EChart } from '@web/components/echart';
import {
  buildCompletionByUnitOption,
  buildOverdueOption,
  buildPointsByAreaOption,
  buildTrendOption,
  horizontalBarHeight,
} from './completion-options';

type Completion = ReportingOverview['completionByUnit'][number];

export function ReportingCharts({ overview }: { overview: ReportingOverview }) {
  const { t } = useTranslation();
  const completionOption = useMemo(
    () =>
      buildCompletionByUnitOption(
        overview.completionByUnit,
        t('dashboardScreens.reporting.completionSeries'),
      ),
    [overview, t],
  );
  const overdueOption = useMemo(
    () => buildOverdueOption(overview.overdueByUnit, t('dashboardScreens.reporting.overdueSeries')),
    [overview, t],
  );
  const trendOption = useMemo(
    () => buildTrendOption(overview.trend, t('dashboardScreens.reporting.trendSeries')),
    [overview, t],
  );
  const pointsOption = useMemo(
    () =>
      buildPointsByAreaOption(overview.completionByArea, {
        recovered: t('dashboardScreens.reporting.recovered'),
        open: t('dashboardScreens.reporting.open'),
      }),
    [overview, t],
  );
  const unitLabel = t('dashboardScreens.reporting.unit');
  const areaLabel = t('dashboardScreens.reporting.area');

  return (
    <Row gutter={[16, 16]}>
      <ChartCard
        title={t('dashboardScreens.reporting.completionByUnit')}
        testId="reporting-completion-unit"
        option={completionOption}
        height={horizontalBarHeight(overview.completionByUnit.length)}
        table={<CompletionTable rows={overview.completionByUnit} groupLabel={unitLabel} />}
      />
      <ChartCard
        title={t('dashboardScreens.reporting.overdue')}
        testId="reporting-overdue"
        option={overdueOption}
        height={horizontalBarHeight(overview.overdueByUnit.length)}
        notice={
          overview.overdueByUnit.length === 0 && (
            <Typography.Text type="secondary">
              {t('dashboardScreens.reporting.noOverdue')}
            </Typography.Text>
          )
        }
        table={
          <Table
            size="small"
            pagination={false}
            rowKey={(row) => row.organisation.id}
            dataSource={overview.overdueByUnit}
            columns={[
              { key: 'unit', title: unitLabel, render: (_, row) => row.organisation.name },
              {
                key: 'count',
                title: t('dashboardScreens.reporting.overdueSeries'),
                align: 'right',
                dataIndex: 'count',
              },
            ]}
          />
        }
      />
      <ChartCard
        title={t('dashboardScreens.reporting.trend')}
        testId="reporting-trend"
        option={trendOption}
        notice={
          overview.trend.length === 0 && (
            <Typography.Text type="secondary">
              {t('dashboardScreens.reporting.noTrend')}
            </Typography.Text>
          )
        }
        table={
          <Table
            size="small"
            pagination={false}
            rowKey="periodKey"
            dataSource={overview.trend}
            columns={[
              { key: 'label', title: t('dashboardScreens.reporting.period'), dataIndex: 'label' },
              {
                key: 'percent',
                title: t('dashboardScreens.reporting.percent'),
                align: 'right',
                render: (_, point) => formatViNumber(point.percentDone),
              },
            ]}
          />
        }
      />
      <ChartCard
        title={t('dashboardScreens.reporting.points')}
        testId="reporting-points"
        option={pointsOption}
        height={horizontalBarHeight(overview.completionByArea.length) + 40}
        table={<PointsTable rows={overview.completionByArea} groupLabel={areaLabel} />}
      />
    </Row>
  );
}

interface ChartCardProps {
  title: string;
  testId: string;
  option: ComponentProps<typeof EChart>['option'];
  height?: number;
  table: ReactNode;
  notice?: ReactNode;
}

function ChartCard({ title, testId, option, height, table, notice }: ChartCardProps) {
  const { t } = useTranslation();
  return (
    <Col xs={24} xl={12}>
      <Card size="small" title={title}>
        {notice}
        <EChart
          testId={testId}
          option={option}
          height={height}
          ariaLabel={title}
          table={{
            chartLabel: t('dashboardScreens.chartView'),
            tableLabel: t('dashboardScreens.tableView'),
            content: table,
          }}
        />
      </Card>
    </Col>
  );
}

function CompletionTable({ rows, groupLabel }: { rows: Completion[]; groupLabel: string }) {
  const { t } = useTranslation();
  return (
    <Table<Completion>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        { key: 'label', title: groupLabel, dataIndex: 'label' },
        {
          key: 'total',
          title: t('dashboardScreens.reporting.tasksTotal'),
          align: 'right',
          dataIndex: 'total',
        },
        {
          key: 'done',
          title: t('dashboardScreens.reporting.tasksDone'),
          align: 'right',
          dataIndex: 'done',
        },
        {
          key: 'percent',
          title: t('dashboardScreens.reporting.percent'),
          align: 'right',
          render: (_, row) =>
            row.percent === null ? t('common.empty') : formatViNumber(row.percent),
        },
      ]}
    />
  );
}

function PointsTable({ rows, groupLabel }: { rows: Completion[]; groupLabel: string }) {
  const { t } = useTranslation();
  return (
    <Table<Completion>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        { key: 'label', title: groupLabel, dataIndex: 'label' },
        {
          key: 'recovered',
          title: t('dashboardScreens.reporting.recovered'),
          align: 'right',
          render: (_, row) => formatViNumber(row.recoveredPointsAtStake),
        },
        {
          key: 'open',
          title: t('dashboardScreens.reporting.open'),
          align: 'right',
          render: (_, row) => formatViNumber(row.openPointsAtStake),
        },
      ]}
    />
  );
}
