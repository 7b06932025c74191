/** Hồ sơ trễ hạn of a unit (subtree included) in a month: newest received first, 50 a page. */
import { useState } from 'react';
import { Drawer, Flex, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { KPI_DOSSIER_PAGE_SIZE, type KpiDossier } from '@contract/kpis';
import { formatViDateTime } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { useLateDossiers, type DossierDrill } from '../api/kpis-api';

const when = (instant: string | null) => (instant ? formatViDateTime(instant) : '—');

export function LateDossiersDrawer({
  drill,
  onClose,
}: {
  drill: DossierDrill | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  // The tree's period may span months; the list is per month, the period's last one first.
  const [chosen, setChosen] = useState<string | null>(null);
  const month = chosen ?? drill?.months[drill.months.length - 1] ?? '';
  const dossiers = useLateDossiers(drill, month, page);
  const monthText = (value: string) => `${value.slice(5)}/${value.slice(0, 4)}`;
  return (
    <Drawer
      open={drill !== null}
      size="large"
      onClose={() => {
        setPage(1);
        setChosen(null);
        onClose();
      }}
      title={
        drill
          ? t('kpiScreens.dossiersTitle', { unit: drill.unitName, month: monthText(month) })
          : ''
      }
    >
      {drill && drill.months.length > 1 && (
        <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
          <Typography.Text>{t('kpiScreens.drillMonth')}</Typography.Text>
          <Select
            style={{ width: 140 }}
            data-testid="kpi-late-month"
            value={month}
            onChange={(value: string) => {
              setChosen(value);
              setPage(1);
            }}
            options={drill.months.map((value) => ({ value, label: monthText(value) }))}
          />
        </Flex>
      )}
      {dossiers.error ? <ErrorAlert error={dossiers.error} /> : null}
      <Table<KpiDossier>
        size="small"
        data-testid="kpi-late-dossiers"
        rowKey={(dossier) => `${dossier.source}/${dossier.code}`}
        loading={dossiers.isFetching}
        dataSource={dossiers.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: KPI_DOSSIER_PAGE_SIZE,
          total: dossiers.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        columns={[
          { title: t('kpiScreens.columns.code'), dataIndex: 'code' },
          { title: t('kpiScreens.columns.unit'), dataIndex: 'unitName' },
          { title: t('kpiScreens.columns.procedure'), dataIndex: 'procedureName' },
          {
            title: t('kpiScreens.columns.receivedAt'),
            key: 'receivedAt',
            render: (_, dossier) => when(dossier.receivedAt),
          },
          {
            title: t('kpiScreens.columns.promisedAt'),
            key: 'promisedAt',
            render: (_, dossier) => when(dossier.promisedAt),
          },
          {
            title: t('kpiScreens.columns.finishedAt'),
            key: 'finishedAt',
            render: (_, dossier) => when(dossier.finishedAt),
          },
          {
            title: t('kpiScreens.columns.supplements'),
            dataIndex: 'supplementRequests',
            align: 'right',
          },
          {
            title: t('kpiScreens.columns.channel'),
            key: 'channel',
            render: (_, dossier) => t(`kpiScreens.channels.${dossier.channel}`),
          },
        ]}
      />
    </Drawer>
  );
}
