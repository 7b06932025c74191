/** One plan on the targets dashboard: its number and title, then its targets under each index with Đạt / Chưa đạt / Chưa xác định. */
import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PlanTargets } from '@contract/plan-targets';
import type { TargetEvaluationDto } from '@contract/plans';

const STATUS_COLOURS: Record<TargetEvaluationDto['status'], string> = {
  met: 'green',
  not_met: 'red',
  unknown: 'default',
};

export function PlanTargetsCard({ entry }: { entry: PlanTargets }) {
  const { t } = useTranslation();
  const { plan, indices } = entry;
  return (
    <Card
      size="small"
      data-testid="dashboard-plan-targets"
      title={`${plan.documentNumber} — ${plan.title}`}
      extra={<Link to={`/plans/${plan.id}`}>{t('targetScreens.dashboard.openPlan')}</Link>}
    >
      {indices.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('targetScreens.dashboard.noTargets')}
        />
      )}
      <Flex vertical gap={12}>
        {indices.map((index) => (
          <div key={index.framework?.id ?? 'manual'} data-testid="dashboard-index-targets">
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {index.framework
                ? `${index.framework.name} (${index.framework.code})`
                : t('targetScreens.manualGroup')}
            </Typography.Title>
            <List
              size="small"
              dataSource={index.items}
              rowKey="targetId"
              renderItem={(item) => (
                <List.Item data-status={item.status}>
                  <Flex vertical gap={2}>
                    <Flex gap={8} align="baseline" wrap>
                      <Tag color={STATUS_COLOURS[item.status]}>
                        {t(`targetScreens.status.${item.status}`)}
                      </Tag>
                      <Typography.Text>{item.text}</Typography.Text>
                    </Flex>
                    {(item.evidence || item.reason) && (
                      <Typography.Text type="secondary">
                        {[item.evidence, item.reason].filter(Boolean).join(' — ')}
                      </Typography.Text>
                    )}
                  </Flex>
                </List.Item>
              )}
            />
          </div>
        ))}
      </Flex>
    </Card>
  );
}
