/**
 * Chỉ số dịch vụ (KPI): the tree of units the user may read with their KPIs over a period
 * (month / quarter / year in the address: ?kind=quarter&year=2026&index=1), a unit's KPIs by
 * month below it, and the late dossiers behind a count in a drawer.
 */
import { useState } from 'react';
import { Alert, Button, Card, Flex, InputNumber, Segmented, Select, Typography } from 'antd';
import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { monthsBetween } from '@contract/kpis';
import { ErrorAlert } from '@web/components/error-alert';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { today } from '@web/lib/dates';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { downloadKpiTree, useKpiTree, type DossierDrill } from '../api/kpis-api';
import { DownloadButton } from '@web/components/download-button';
import { KpiMonthsPanel } from '../components/kpi-months-panel';
import { KpiTreeTable } from '../components/kpi-tree-table';
import { LateDossiersDrawer } from '../components/late-dossiers-drawer';
import { periodRange, type PeriodKind } from '../components/kpi-view-model';

const KINDS: PeriodKind[] = ['month', 'quarter', 'year'];

function numberIn(text: string | null, min: number, max: number, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

export function KpisPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('kpiScreens.pageTitle'));
  const [search, setSearch] = useSearchParams();
  const now = today();
  const kind = (KINDS as string[]).includes(search.get('kind') ?? '')
    ? (search.get('kind') as PeriodKind)
    : 'month';
  const year = numberIn(search.get('year'), 2000, 2100, now.year());
  const maxIndex = kind === 'month' ? 12 : kind === 'quarter' ? 4 : 1;
  const defaultIndex = kind === 'month' ? now.month() + 1 : Math.floor(now.month() / 3) + 1;
  const index = numberIn(search.get('index'), 1, maxIndex, Math.min(defaultIndex, maxIndex));
  const { from, to } = periodRange(kind, year, index);
  const unitId = search.get('unit');
  const tree = useKpiTree(from, to);
  const [drill, setDrill] = useState<DossierDrill | null>(null);

  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setSearch(next);
  };

  const indexOptions =
    kind === 'month'
      ? Array.from({ length: 12 }, (_, i) => ({
          value: i + 1,
          label: `${t('kpiScreens.month')} ${i + 1}`,
        }))
      : Array.from({ length: 4 }, (_, i) => ({
          value: i + 1,
          label: t('kpiScreens.quarter', { quarter: i + 1 }),
        }));

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('kpiScreens.pageTitle')}
        </Typography.Title>
        {tree.data?.abilities.canImport && (
          <Link to="/kpis/import" data-testid="kpi-import-link">
            <Button icon={<UploadOutlined />}>{t('kpiScreens.importButton')}</Button>
          </Link>
        )}
      </Flex>
      <Typography.Text type="secondary">{t('kpiScreens.hint')}</Typography.Text>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <Typography.Text>{t('kpiScreens.period')}</Typography.Text>
          <Segmented
            data-testid="kpi-period-kind"
            value={kind}
            onChange={(value) => go({ kind: value, index: null })}
            options={KINDS.map((value) => ({ value, label: t(`kpiScreens.periodKinds.${value}`) }))}
          />
          {kind !== 'year' && (
            <Select
              data-testid="kpi-period-index"
              style={{ width: 120 }}
              value={index}
              onChange={(value: number) => go({ index: String(value) })}
              options={indexOptions}
            />
          )}
          <InputNumber
            data-testid="kpi-period-year"
            min={2000}
            max={2100}
            value={year}
            onChange={(value) => value !== null && go({ year: String(value) })}
          />
        </Flex>
      </Card>
      {tree.error ? <ErrorAlert error={tree.error} /> : null}
      {!tree.data && !tree.error ? <FullPageSpinner /> : null}
      {tree.data && (
        <Card
          size="small"
          title={t('kpiScreens.treeTitle')}
          extra={
            <DownloadButton
              label={t('kpiScreens.exportXlsx')}
              testId="kpi-tree-export"
              icon={<FileExcelOutlined />}
              download={() => downloadKpiTree(from, to)}
            />
          }
        >
          <KpiTreeTable
            tree={tree.data}
            selectedId={unitId}
            onSelect={(unit) => go({ unit: unit.id })}
            onOpenLate={(unit) =>
              setDrill({
                organisationId: unit.id,
                unitName: unit.name,
                months: monthsBetween(from, to),
              })
            }
          />
        </Card>
      )}
      {unitId ? (
        <KpiMonthsPanel organisationId={unitId} year={year} />
      ) : (
        <Alert type="info" showIcon title={t('kpiScreens.chooseUnit')} />
      )}
      <LateDossiersDrawer drill={drill} onClose={() => setDrill(null)} />
    </Flex>
  );
}
