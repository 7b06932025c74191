// .xlsx exports of the KPI tree and of a unit's months: Vietnamese headers, counts as whole
// numbers and KPIs as numbers in a percent format (an empty cell where nothing is counted).
import { ORGANISATION_TYPE_LABELS } from '@domain/organisations/organisation-type';
import type { KpiFigures, KpiTree, KpiTreeUnit } from '@contract/kpis';
import { writeXlsxTables, type XlsxColumn } from '../documents/xlsx-writer';
import type { ReadContext } from '../http/service-context';
import { getKpiMonths, getKpiTree } from './kpi.service';

type KpiViews = KpiTree['kpis'];

/** Per KPI: its value (percent format) and its "n hồ sơ" (the denominator). */
function kpiColumns<Item extends KpiFigures>(kpis: KpiViews): XlsxColumn<Item>[] {
  return kpis.flatMap((kpi) => [
    {
      header: `${kpi.label} (%)`,
      kind: 'percent' as const,
      width: 18,
      value: (item: Item) => item.kpis[kpi.key]?.value ?? null,
    },
    {
      header: `Số hồ sơ tính (${kpi.label})`,
      kind: 'integer' as const,
      width: 14,
      value: (item: Item) => item.kpis[kpi.key]?.count ?? 0,
    },
  ]);
}

const receivedColumn = <Item extends KpiFigures>(): XlsxColumn<Item> => ({
  header: 'Hồ sơ tiếp nhận',
  kind: 'integer',
  width: 14,
  value: (item) => item.totals.received ?? 0,
});

const periodText = (from: string, to: string) => {
  const vi = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;
  return from === to ? `tháng ${vi(from)}` : `từ tháng ${vi(from)} đến tháng ${vi(to)}`;
};

/** The KPI tree of the period, one row per unit (each its subtree's figures). */
export async function exportKpiTree(
  ctx: ReadContext,
  input: { from: string; to: string },
): Promise<{ fileName: string; body: Buffer }> {
  const tree = await getKpiTree(ctx, input);
  const body = await writeXlsxTables<[KpiTreeUnit]>({
    sheetName: 'KPI theo đơn vị',
    title: [
      'Chỉ số dịch vụ (KPI) theo đơn vị',
      `Kỳ: ${periodText(tree.from, tree.to)}; số liệu mỗi đơn vị gồm cả các đơn vị trực thuộc`,
    ],
    columns: [
      { header: 'Mã đơn vị', kind: 'text', width: 14, value: (unit) => unit.code },
      { header: 'Tên đơn vị', kind: 'text', width: 40, value: (unit) => unit.name },
      {
        header: 'Loại đơn vị',
        kind: 'text',
        width: 16,
        value: (unit) => ORGANISATION_TYPE_LABELS[unit.type],
      },
      receivedColumn(),
      ...kpiColumns<KpiTreeUnit>(tree.kpis),
    ],
    items: tree.units,
  });
  return { fileName: `KPI-don-vi-${tree.from}-${tree.to}.xlsx`, body };
}

/** A unit's KPIs by month of the year, then by procedure field (two sheets). */
export async function exportKpiMonths(
  ctx: ReadContext,
  input: { organisationId: string; year: number },
): Promise<{ fileName: string; body: Buffer }> {
  const view = await getKpiMonths(ctx, input);
  type MonthRow = KpiFigures & { label: string };
  const months: MonthRow[] = [
    ...view.months.map((month) => ({
      ...month,
      label: `Tháng ${month.month.slice(5)}/${month.month.slice(0, 4)}`,
    })),
    { ...view.yearTotal, label: `Cả năm ${view.year}` },
  ];
  const fields: MonthRow[] = view.fields.map((field) => ({ ...field, label: field.field }));
  const title = [`Chỉ số dịch vụ (KPI) — ${view.unit.name}`, `Năm ${view.year}`];
  const body = await writeXlsxTables<[MonthRow, MonthRow]>(
    {
      sheetName: 'KPI theo tháng',
      title,
      columns: [
        { header: 'Tháng', kind: 'text', width: 16, value: (row) => row.label },
        receivedColumn(),
        ...kpiColumns<MonthRow>(view.kpis),
      ],
      items: months,
    },
    {
      sheetName: 'KPI theo lĩnh vực',
      title,
      columns: [
        { header: 'Lĩnh vực', kind: 'text', width: 36, value: (row) => row.label },
        receivedColumn(),
        ...kpiColumns<MonthRow>(view.kpis),
      ],
      items: fields,
    },
  );
  return { fileName: `KPI-${view.unit.code}-${view.year}.xlsx`, body };
}
