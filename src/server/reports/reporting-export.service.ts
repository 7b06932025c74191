// The reporting dashboard's tables as one workbook: every chart's data, a sheet each.
import { downloadFileName } from '@domain/shared/file-name';
import { PERIOD_CELL_STATUS_LABELS } from '@domain/reports/submission';
import { formatViDate } from '@domain/shared/vi-format';
import type { ServiceContext } from '../http/service-context';
import { writeXlsxTables } from '../documents/xlsx-writer';
import { getReportingOverview } from './reporting.service';

/** Bảng theo dõi báo cáo (.xlsx): report status per unit × period, completion by unit and area, overdue, trend. */
export async function exportReportingOverview(ctx: ServiceContext, input: { planId: string }) {
  const { today } = ctx;
  // The sheet is the same for everyone who may read the plan: no canManage-dependent parts.
  const overview = await getReportingOverview({ ...ctx, resource: null }, input);
  const units = new Map(overview.units.map((unit) => [unit.id, unit.name]));
  const periods = new Map(overview.periods.map((period) => [period.key, period]));
  const completion = (
    sheetName: string,
    rows: typeof overview.completionByUnit,
    keyHeader: string,
  ) => ({
    sheetName,
    columns: [
      {
        header: keyHeader,
        kind: 'text' as const,
        width: 36,
        value: (row: (typeof rows)[number]) => row.label,
      },
      {
        header: 'Số nhiệm vụ',
        kind: 'integer' as const,
        value: (row: (typeof rows)[number]) => row.total,
      },
      {
        header: 'Hoàn thành',
        kind: 'integer' as const,
        value: (row: (typeof rows)[number]) => row.done,
      },
      {
        header: 'Tỷ lệ (%)',
        kind: 'number' as const,
        value: (row: (typeof rows)[number]) => row.percent,
      },
      {
        header: 'Điểm đã lấy lại',
        kind: 'number' as const,
        value: (row: (typeof rows)[number]) => row.recoveredPointsAtStake,
      },
      {
        header: 'Điểm còn mở',
        kind: 'number' as const,
        value: (row: (typeof rows)[number]) => row.openPointsAtStake,
      },
    ],
    items: rows,
  });
  const body = await writeXlsxTables(
    {
      sheetName: 'Tình hình nộp báo cáo',
      columns: [
        {
          header: 'Kỳ báo cáo',
          kind: 'text',
          width: 24,
          value: (cell) => periods.get(cell.periodKey)?.label ?? cell.periodKey,
        },
        {
          header: 'Hạn nộp',
          kind: 'text',
          width: 14,
          value: (cell) => formatViDate(periods.get(cell.periodKey)?.due ?? today),
        },
        {
          header: 'Đơn vị',
          kind: 'text',
          width: 36,
          value: (cell) => units.get(cell.organisationId) ?? '',
        },
        {
          header: 'Tình trạng',
          kind: 'text',
          width: 22,
          value: (cell) => PERIOD_CELL_STATUS_LABELS[cell.status],
        },
        { header: 'Số ngày muộn', kind: 'integer', value: (cell) => cell.daysLate },
      ],
      items: overview.cells,
    },
    completion('Hoàn thành theo đơn vị', overview.completionByUnit, 'Đơn vị chủ trì'),
    completion('Hoàn thành theo lĩnh vực', overview.completionByArea, 'Lĩnh vực'),
    {
      sheetName: 'Nhiệm vụ quá hạn',
      columns: [
        {
          header: 'Đơn vị chủ trì',
          kind: 'text',
          width: 36,
          value: (row) => row.organisation.name,
        },
        { header: 'Số nhiệm vụ quá hạn', kind: 'integer', value: (row) => row.count },
      ],
      items: overview.overdueByUnit,
    },
    {
      sheetName: 'Xu hướng hoàn thành',
      columns: [
        { header: 'Kỳ báo cáo', kind: 'text', width: 24, value: (row) => row.label },
        { header: 'Tỷ lệ hoàn thành (%)', kind: 'number', value: (row) => row.percentDone },
      ],
      items: overview.trend,
    },
  );
  return {
    fileName: downloadFileName(['Theo dõi báo cáo', 'kế hoạch', input.planId.slice(0, 8)], 'xlsx'),
    body,
  };
}
