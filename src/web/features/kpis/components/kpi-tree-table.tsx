/**
 * Cây đơn vị với KPI: one row per unit (nested), a column per KPI with its "n hồ sơ", sortable,
 * worst first by default (the first KPI); the late count opens the unit's late dossiers.
 */
import { useMemo, useState } from 'react';
import { Button, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiTree } from '@contract/kpis';
import { formatViNumber } from '@contract/vi-format';
import {
  compareWorstFirst,
  countOf,
  formatKpiValue,
  nestKpiTree,
  type KpiTreeRow,
} from './kpi-view-model';

interface KpiTreeTableProps {
  tree: KpiTree;
  selectedId: string | null;
  onSelect: (unit: KpiTreeRow) => void;
  onOpenLate: (unit: KpiTreeRow) => void;
}

export function KpiTreeTable({ tree, selectedId, onSelect, onOpenLate }: KpiTreeTableProps) {
  const { t } = useTranslation();
  const [sortKey, setSortKey] = useState(tree.kpis[0]?.key ?? '');
  const [descending, setDescending] = useState(false);
  const rows = useMemo(() => {
    const kpi = tree.kpis.find((candidate) => candidate.key === sortKey);
    const worstFirst = compareWorstFirst(sortKey, kpi?.higherIsBetter ?? true);
    // Best first flips the values but keeps the units with nothing counted at the end.
    const compare = descending
      ? (a: KpiTreeRow, b: KpiTreeRow) => {
          const empty = (unit: KpiTreeRow) => (unit.kpis[sortKey]?.value ?? null) === null;
          if (empty(a) !== empty(b)) return empty(a) ? 1 : -1;
          return worstFirst(b, a);
        }
      : worstFirst;
    return nestKpiTree(tree.units, compare);
  }, [tree, sortKey, descending]);

  const columns: TableProps<KpiTreeRow>['columns'] = [
    {
      title: t('kpiScreens.unit'),
      key: 'unit',
      fixed: 'left',
      width: 280,
      render: (_, unit) => (
        <Typography.Link onClick={() => onSelect(unit)} strong={unit.id === selectedId}>
          {unit.name}
        </Typography.Link>
      ),
    },
    {
      title: t('kpiScreens.received'),
      key: 'received',
      align: 'right',
      render: (_, unit) => formatViNumber(unit.totals.received ?? 0, 0),
    },
    ...tree.kpis.map((kpi) => ({
      title: kpi.label,
      key: kpi.key,
      align: 'right' as const,
      sorter: true,
      sortOrder:
        sortKey === kpi.key ? (descending ? ('descend' as const) : ('ascend' as const)) : null,
      render: (_: unknown, unit: KpiTreeRow) => (
        <span data-testid={`kpi-${kpi.key}-${unit.code}`}>
          {formatKpiValue(unit.kpis[kpi.key]?.value)}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t('kpiScreens.dossierCount', { n: formatViNumber(countOf(unit.kpis[kpi.key]), 0) })}
          </Typography.Text>
        </span>
      ),
    })),
    {
      title: t('kpiScreens.lateCount'),
      key: 'late',
      align: 'right',
      render: (_, unit) => {
        const late = unit.totals.finishedLate ?? 0;
        return late === 0 ? (
          '0'
        ) : (
          <Button
            type="link"
            size="small"
            title={t('kpiScreens.openLate')}
            data-testid={`kpi-late-${unit.code}`}
            onClick={() => onOpenLate(unit)}
          >
            {formatViNumber(late, 0)}
          </Button>
        );
      },
    },
  ];

  return (
    <Table<KpiTreeRow>
      rowKey="id"
      size="small"
      data-testid="kpi-tree"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{ defaultExpandAllRows: true }}
      locale={{ emptyText: t('kpiScreens.empty') }}
      onChange={(_, __, sorter) => {
        const one = Array.isArray(sorter) ? sorter[0] : sorter;
        if (!one?.columnKey) return;
        setSortKey(String(one.columnKey));
        setDescending(one.order === 'descend');
      }}
    />
  );
}
