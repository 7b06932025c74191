/** The audit events of one page: time, actor, unit, action, outcome, object; rows expand to the change. */
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@contract/audit';
import { formatViDateTime, formatViNumber } from '@contract/vi-format';
import { AuditChange } from './audit-change';
import { labelAuditAction, labelAuditObjectType } from './audit-labels';

interface AuditTableProps {
  events: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

const PAGE_SIZES = [20, 50, 100, 200];

export function AuditTable({
  events,
  total,
  page,
  pageSize,
  isLoading,
  onPageChange,
}: AuditTableProps) {
  const { t } = useTranslation();
  return (
    <div data-testid="audit-table">
      <Table<AuditEvent>
        rowKey="id"
        size="middle"
        loading={isLoading}
        dataSource={events}
        scroll={{ x: 960 }}
        expandable={{ expandedRowRender: (event) => <AuditChange event={event} /> }}
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (count) => t('audit.total', { total: formatViNumber(count) }),
          onChange: onPageChange,
        }}
        columns={[
          {
            key: 'at',
            title: t('audit.at'),
            width: 150,
            render: (_, event) => formatViDateTime(event.at),
          },
          {
            key: 'actor',
            title: t('audit.actor'),
            render: (_, event) => event.actorName ?? t('audit.system'),
          },
          {
            key: 'unit',
            title: t('audit.unit'),
            render: (_, event) => event.organisationName ?? t('common.empty'),
          },
          {
            key: 'action',
            title: t('audit.action'),
            render: (_, event) => labelAuditAction(t, event.action),
          },
          {
            key: 'outcome',
            title: t('audit.outcome'),
            width: 130,
            render: (_, event) =>
              event.outcome === 'allowed' ? (
                <Tag color="green">{t('audit.allowed')}</Tag>
              ) : (
                <Tag color="red">{t('audit.denied')}</Tag>
              ),
          },
          {
            key: 'object',
            title: t('audit.object'),
            render: (_, event) => (
              <span>
                {labelAuditObjectType(t, event.objectType)}
                {event.objectId && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} title={event.objectId}>
                    {' '}
                    {event.objectId.slice(0, 8)}
                  </Typography.Text>
                )}
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
