/** Bản đồ nhiệt nộp báo cáo: units × periods coloured by status; a click (or a link in the table view) opens the unit's report. */
import { useMemo } from 'react';
import { Flex, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReportingOverview } from '@contract/reports';
import { EChart } from '@web/components/echart';
import {
  CELL_STATUS_SYMBOLS,
  buildHeatmapOption,
  buildHeatmapRows,
  heatmapHeight,
  heatmapLegend,
  isHeatmapDatum,
  reportPathOf,
} from './heatmap-options';

type HeatmapRow = ReturnType<typeof buildHeatmapRows>[number];

export function ReportingHeatmap({ overview }: { overview: ReportingOverview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const option = useMemo(
    () =>
      buildHeatmapOption(overview, {
        status: (status) => t(`dashboardScreens.cellStatus.${status}`),
        daysLate: (days) => t('dashboardScreens.reporting.daysLate', { days }),
      }),
    [overview, t],
  );
  if (overview.units.length === 0 || overview.periods.length === 0) {
    return (
      <Typography.Text type="secondary">{t('dashboardScreens.reporting.noUnits')}</Typography.Text>
    );
  }
  return (
    <>
      <Typography.Text type="secondary">
        {t('dashboardScreens.reporting.heatmapHint')}
      </Typography.Text>
      <EChart
        testId="reporting-heatmap"
        option={option}
        height={heatmapHeight(overview.units.length)}
        ariaLabel={t('dashboardScreens.reporting.heatmap')}
        onItemClick={(data) => {
          if (isHeatmapDatum(data)) void navigate(reportPathOf(overview.planId, data));
        }}
        table={{
          chartLabel: t('dashboardScreens.chartView'),
          tableLabel: t('dashboardScreens.tableView'),
          content: <HeatmapTable overview={overview} />,
        }}
      />
      <Flex wrap gap="4px 16px" justify="center" data-testid="heatmap-legend">
        {heatmapLegend((status) => t(`dashboardScreens.cellStatus.${status}`)).map((entry) => (
          <Flex key={entry.status} gap={6} align="center">
            <span
              aria-hidden
              style={{ width: 14, height: 14, borderRadius: 2, background: entry.colour }}
            />
            <Typography.Text>{entry.text}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </>
  );
}

function HeatmapTable({ overview }: { overview: ReportingOverview }) {
  const { t } = useTranslation();
  const rows = useMemo(() => buildHeatmapRows(overview), [overview]);
  return (
    <Table<HeatmapRow>
      size="small"
      rowKey={(row) => row.unit.id}
      pagination={false}
      scroll={{ x: true }}
      sticky
      dataSource={rows}
      columns={[
        {
          key: 'unit',
          title: t('dashboardScreens.reporting.unit'),
          fixed: 'left',
          render: (_, row) => row.unit.name,
        },
        ...overview.periods.map((period, index) => ({
          key: period.key,
          title: period.label,
          render: (_: unknown, row: HeatmapRow) => {
            const cell = row.cells[index];
            if (!cell) return t('common.empty');
            const text = `${CELL_STATUS_SYMBOLS[cell.status]} ${t(`dashboardScreens.cellStatus.${cell.status}`)}`;
            return (
              <Link to={reportPathOf(overview.planId, cell)}>
                {cell.daysLate
                  ? `${text} · ${t('dashboardScreens.reporting.daysLate', { days: cell.daysLate })}`
                  : text}
              </Link>
            );
          },
        })),
      ]}
    />
  );
}
