/** Lịch sử: every version of this plan (original and amendments), each a link. */
import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PlanDetail, PlanSummary } from '@contract/plans';
import { formatViDate, formatViDateTime } from '@contract/vi-format';
import { PlanStatusTag } from './status-tags';

export function PlanHistory({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  return (
    <Table<PlanSummary>
      size="small"
      data-testid="plan-history"
      rowKey="id"
      pagination={false}
      dataSource={plan.history}
      locale={{ emptyText: t('planScreens.history.empty') }}
      columns={[
        {
          key: 'number',
          title: t('planScreens.documentNumber'),
          render: (_, version) =>
            version.id === plan.id ? (
              <>
                {version.documentNumber} <Tag color="blue">{t('planScreens.history.current')}</Tag>
              </>
            ) : (
              <Link to={`/plans/${version.id}`}>{version.documentNumber}</Link>
            ),
        },
        { key: 'title', title: t('planScreens.title'), dataIndex: 'title' },
        {
          key: 'status',
          title: t('planScreens.status'),
          render: (_, version) => <PlanStatusTag status={version.status} />,
        },
        {
          key: 'issuedOn',
          title: t('planScreens.issuedOn'),
          render: (_, version) =>
            version.issuedOn ? formatViDate(version.issuedOn) : t('common.empty'),
        },
        {
          key: 'updatedAt',
          title: t('planScreens.history.updatedAt'),
          render: (_, version) => formatViDateTime(version.updatedAt),
        },
      ]}
    />
  );
}
