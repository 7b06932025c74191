/** Danh sách bộ chỉ số: filterable by index kind and year, grouped by kind through the filter and the sort. */
import { useMemo, useState } from 'react';
import { Button, Flex, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FrameworkSummary } from '@contract/frameworks';
import { INDEX_KIND_LABELS } from '@contract/framework-rules';
import { ErrorAlert } from '@web/components/error-alert';
import { useFrameworkList } from '../api/frameworks-api';
import { describeDecision, describeUnitTypes } from './framework-labels';

type IndexKind = FrameworkSummary['indexKind'];
const INDEX_KIND_VALUES = Object.keys(INDEX_KIND_LABELS) as IndexKind[];

interface FrameworkListProps {
  onOpen: (id: string) => void;
}

export function FrameworkList({ onOpen }: FrameworkListProps) {
  const { t } = useTranslation();
  const { data: frameworks = [], isPending, error, refetch } = useFrameworkList();
  const [kind, setKind] = useState<IndexKind | null>(null);
  const [year, setYear] = useState<number | null>(null);

  const years = useMemo(
    () => [...new Set(frameworks.map((framework) => framework.year))].sort((a, b) => b - a),
    [frameworks],
  );
  // Grouped by kind in the contract's order, newest year first within a kind.
  const rows = useMemo(
    () =>
      frameworks
        .filter((framework) => kind === null || framework.indexKind === kind)
        .filter((framework) => year === null || framework.year === year)
        .sort(
          (a, b) =>
            INDEX_KIND_VALUES.indexOf(a.indexKind) - INDEX_KIND_VALUES.indexOf(b.indexKind) ||
            b.year - a.year ||
            a.code.localeCompare(b.code),
        ),
    [frameworks, kind, year],
  );

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Select<IndexKind | null>
          data-testid="framework-filter-kind"
          style={{ minWidth: 240 }}
          value={kind}
          onChange={setKind}
          aria-label={t('frameworkScreens.list.filterKind')}
          options={[
            { value: null, label: t('frameworkScreens.list.allKinds') },
            ...INDEX_KIND_VALUES.map((value) => ({
              value,
              label: t(`frameworkScreens.indexKind.${value}`),
            })),
          ]}
        />
        <Select<number | null>
          data-testid="framework-filter-year"
          style={{ minWidth: 160 }}
          value={year}
          onChange={setYear}
          aria-label={t('frameworkScreens.list.filterYear')}
          options={[
            { value: null, label: t('frameworkScreens.list.allYears') },
            ...years.map((value) => ({ value, label: String(value) })),
          ]}
        />
      </Flex>
      <Table<FrameworkSummary>
        data-testid="framework-list"
        rowKey="id"
        size="middle"
        loading={isPending}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: t('frameworkScreens.list.empty') }}
        onRow={(framework) => ({
          onClick: () => onOpen(framework.id),
          style: { cursor: 'pointer' },
        })}
        columns={[
          {
            key: 'kind',
            title: t('frameworkScreens.column.kind'),
            render: (_, framework) => t(`frameworkScreens.indexKind.${framework.indexKind}`),
          },
          {
            key: 'code',
            title: t('frameworkScreens.column.code'),
            render: (_, framework) => (
              <Typography.Link onClick={() => onOpen(framework.id)}>
                {framework.code}
              </Typography.Link>
            ),
          },
          {
            key: 'name',
            title: t('frameworkScreens.column.name'),
            render: (_, framework) => (
              <>
                {framework.name}{' '}
                {framework.illustrative && (
                  <Tag color="gold">{t('frameworkScreens.illustrative')}</Tag>
                )}
              </>
            ),
          },
          { key: 'year', title: t('frameworkScreens.column.year'), dataIndex: 'year' },
          {
            key: 'unitTypes',
            title: t('frameworkScreens.column.unitTypes'),
            render: (_, framework) => describeUnitTypes(framework.unitTypes, t),
          },
          {
            key: 'decision',
            title: t('frameworkScreens.column.decision'),
            render: (_, framework) => describeDecision(framework.decision, t),
          },
          { key: 'version', title: t('frameworkScreens.column.version'), dataIndex: 'version' },
          {
            key: 'open',
            title: t('common.actions'),
            render: (_, framework) => (
              <Button size="small" onClick={() => onOpen(framework.id)}>
                {t('frameworkScreens.list.open')}
              </Button>
            ),
          },
        ]}
      />
    </Flex>
  );
}
