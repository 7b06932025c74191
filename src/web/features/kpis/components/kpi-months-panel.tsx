/**
 * KPI theo tháng của một đơn vị: the chart (with a target line where a plan target exists) or the
 * same figures as a table, the fields of the year, and an .xlsx export.
 */
import { Card, Flex, Table, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { KpiMonths } from '@contract/kpis';
import { formatViNumber } from '@contract/vi-format';
import { EChart } from '@web/components/echart';
import { ErrorAlert } from '@web/components/error-alert';
import { useKpiMonths, downloadKpiMonths } from '../api/kpis-api';
import { DownloadButton } from '@web/components/download-button';
import { formatKpiValue, monthsChartOption } from './kpi-view-model';

type FigureRow = KpiMonths['months'][number] | KpiMonths['fields'][number];

function FiguresTable({
  view,
  rows,
  label,
  title,
}: {
  view: KpiMonths;
  rows: FigureRow[];
  label: (row: FigureRow) => string;
  title: string;
}) {
  const { t } = useTranslation();
  return (
    <Table<FigureRow>
      size="small"
      rowKey={label}
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      columns={[
        { title, key: 'label', render: (_, row) => label(row) },
        {
          title: t('kpiScreens.received'),
          key: 'received',
          align: 'right',
          render: (_, row) => formatViNumber(row.totals.received ?? 0, 0),
        },
        ...view.kpis.map((kpi) => ({
          title: kpi.label,
          key: kpi.key,
          align: 'right' as const,
          render: (_: unknown, row: FigureRow) => formatKpiValue(row.kpis[kpi.key]?.value),
        })),
      ]}
    />
  );
}

export function KpiMonthsPanel({ organisationId, year }: { organisationId: string; year: number }) {
  const { t } = useTranslation();
  const months = useKpiMonths(organisationId, year);
  if (months.error) return <ErrorAlert error={months.error} />;
  const view = months.data;
  if (!view) return <Card loading />;
  const monthLabel = (row: FigureRow) =>
    'month' in row ? `${row.month.slice(5)}/${row.month.slice(0, 4)}` : row.field;
  return (
    <Card
      size="small"
      title={t('kpiScreens.monthsTitle', { unit: view.unit.name, year: view.year })}
      extra={
        <DownloadButton
          label={t('kpiScreens.exportXlsx')}
          testId="kpi-months-export"
          download={() => downloadKpiMonths(organisationId, year)}
          icon={<FileExcelOutlined />}
        />
      }
    >
      <Flex vertical gap={16}>
        <EChart
          testId="kpi-months-chart"
          ariaLabel={t('kpiScreens.monthsTitle', { unit: view.unit.name, year: view.year })}
          option={monthsChartOption(view, (value) => t('kpiScreens.target', { value }))}
          table={{
            chartLabel: t('kpiScreens.chart'),
            tableLabel: t('kpiScreens.table'),
            content: (
              <FiguresTable
                view={view}
                rows={view.months}
                label={monthLabel}
                title={t('kpiScreens.month')}
              />
            ),
          }}
        />
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('kpiScreens.fieldsTitle')}
        </Typography.Title>
        <FiguresTable
          view={view}
          rows={view.fields}
          label={monthLabel}
          title={t('kpiScreens.field')}
        />
      </Flex>
    </Card>
  );
}
