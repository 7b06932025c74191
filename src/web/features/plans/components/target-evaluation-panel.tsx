/**
 * Chỉ tiêu: the plan's targets grouped by index, each tagged Đạt / Chưa đạt / Chưa xác định with
 * the figures behind it ("Chỉ số năm 2025: 86,50%; năm 2024: 84,10%") or why it is not known yet.
 */
import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanDetail, TargetEvaluationDto } from '@contract/plans';
import { ErrorAlert } from '@web/components/error-alert';
import { usePlanTargetEvaluations } from '../api/target-evaluation-api';
import { countTargetStatuses, groupTargetEvaluations } from './target-evaluation-groups';

const STATUS_COLOURS: Record<TargetEvaluationDto['status'], string> = {
  met: 'green',
  not_met: 'red',
  unknown: 'default',
};

/** Đạt / Chưa đạt / Chưa xác định. */
export function TargetStatusTag({ status }: { status: TargetEvaluationDto['status'] }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`targetScreens.status.${status}`)}</Tag>;
}

interface TargetEvaluationPanelProps {
  planId: string;
  /** The plan's year, named in the hint. */
  year: number;
  /** The plan's linked indices (PlanDetail.frameworks), for the group titles and their order. */
  frameworks: PlanDetail['frameworks'];
}

/** The "Chỉ tiêu" card of the plan page. */
export function TargetEvaluationPanel({ planId, year, frameworks }: TargetEvaluationPanelProps) {
  const { t } = useTranslation();
  const evaluations = usePlanTargetEvaluations(planId);
  const items = evaluations.data?.items ?? [];
  const counts = countTargetStatuses(items);
  return (
    <Card
      size="small"
      data-testid="plan-targets"
      title={t('targetScreens.panelTitle')}
      loading={evaluations.isPending}
      extra={
        items.length > 0 && (
          <Typography.Text type="secondary">
            {t('targetScreens.summary', { ...counts })}
          </Typography.Text>
        )
      }
    >
      {evaluations.isError && (
        <ErrorAlert error={evaluations.error} onRetry={() => void evaluations.refetch()} />
      )}
      {evaluations.isSuccess && items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('targetScreens.empty')} />
      )}
      {items.length > 0 && (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            {t('targetScreens.panelHint', { year })}
          </Typography.Text>
          {groupTargetEvaluations(items, frameworks).map((group) => (
            <div key={group.key} data-testid="plan-targets-group">
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {group.name ??
                  (group.frameworkId === null
                    ? t('targetScreens.manualGroup')
                    : t('targetScreens.unknownIndex'))}
              </Typography.Title>
              <TargetVerdictList items={group.items} />
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** One line per target: the tag, the target as printed, and the evidence or the reason below. */
function TargetVerdictList({ items }: { items: TargetEvaluationDto[] }) {
  return (
    <List
      size="small"
      dataSource={items}
      rowKey="targetId"
      renderItem={(item) => (
        <List.Item data-testid="plan-target" data-status={item.status}>
          <Flex vertical gap={2}>
            <Flex gap={8} align="baseline" wrap>
              <TargetStatusTag status={item.status} />
              <Typography.Text>{item.text}</Typography.Text>
            </Flex>
            {item.evidence && <Typography.Text type="secondary">{item.evidence}</Typography.Text>}
            {item.reason && (
              <Typography.Text type="secondary" italic>
                {item.reason}
              </Typography.Text>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}
