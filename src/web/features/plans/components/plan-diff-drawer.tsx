/** So sánh với bản trước: what an amended version changed, one row per change (before → after). */
import { Drawer, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EndpointResponse } from '@contract/endpoint';
import type { getPlanDiff } from '@contract/plans';
import { ErrorAlert } from '@web/components/error-alert';
import { usePlanDiff } from '../api/plans-api';

type PlanChange = EndpointResponse<typeof getPlanDiff>['changes'][number];

export function PlanDiffDrawer({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const diff = usePlanDiff(planId, true);
  const against = diff.data?.against;
  return (
    <Drawer open size="large" title={t('planScreens.diff.title')} onClose={onClose}>
      {diff.isError && <ErrorAlert error={diff.error} onRetry={() => void diff.refetch()} />}
      {against && (
        <Typography.Paragraph type="secondary">
          {t('planScreens.diff.against', {
            number: against.documentNumber,
            status: t(`planScreens.planStatus.${against.status}`),
          })}
        </Typography.Paragraph>
      )}
      <Table<PlanChange>
        size="small"
        data-testid="plan-diff"
        loading={diff.isPending}
        rowKey={(change) => `${change.kind}-${change.taskKey ?? ''}-${change.field}`}
        dataSource={diff.data?.changes ?? []}
        pagination={false}
        locale={{ emptyText: t('planScreens.diff.none') }}
        columns={[
          {
            key: 'kind',
            title: '',
            width: 130,
            render: (_, change) => <Tag>{t(`planScreens.diff.kind.${change.kind}`)}</Tag>,
          },
          { key: 'label', title: '', dataIndex: 'label' },
          {
            key: 'before',
            title: t('planScreens.diff.before'),
            render: (_, change) => (
              <Typography.Text delete type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                {change.before}
              </Typography.Text>
            ),
          },
          {
            key: 'after',
            title: t('planScreens.diff.after'),
            render: (_, change) => <span style={{ whiteSpace: 'pre-wrap' }}>{change.after}</span>,
          },
        ]}
      />
    </Drawer>
  );
}
