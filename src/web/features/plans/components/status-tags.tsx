/** Tags of plans and tasks: plan status, task status and kind (giao / đề nghị), overdue, and the kind a timeframe was read as. */
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanStatus, TaskKind, TaskStatus, TimeframeKind } from '@contract/plan-labels';
import type { PlanTaskDto } from '@contract/plans';
import { dueDatesText } from './due-dates-text';

const PLAN_STATUS_COLOURS: Record<PlanStatus, string> = {
  draft: 'gold',
  issued: 'green',
  superseded: 'default',
};

const TASK_STATUS_COLOURS: Record<TaskStatus, string> = {
  not_started: 'default',
  in_progress: 'blue',
  done: 'green',
  cannot_do: 'volcano',
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <Tag color={PLAN_STATUS_COLOURS[status]}>{t(`planScreens.planStatus.${status}`)}</Tag>;
}

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return <Tag color={TASK_STATUS_COLOURS[status]}>{t(`planScreens.taskStatus.${status}`)}</Tag>;
}

export function OverdueTag() {
  const { t } = useTranslation();
  return <Tag color="red">{t('planScreens.tasks.overdueTag')}</Tag>;
}

/** Loại thời gian đọc được; an unreadable timeframe says "Cần xem lại". */
export function TimeframeKindTag({ kind }: { kind: TimeframeKind }) {
  const { t } = useTranslation();
  if (kind === 'unknown') return <Tag color="warning">{t('planScreens.tasks.needsReview')}</Tag>;
  return <Tag>{t(`planScreens.timeframeKind.${kind}`)}</Tag>;
}

/** Loại nhiệm vụ: "Giao" (an assignment) or "Đề nghị" (a request to a body the issuer does not direct). */
export function TaskKindTag({ kind }: { kind: TaskKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={kind === 'request' ? 'purple' : 'blue'} data-testid={`task-kind-${kind}`}>
      {t(`planScreens.taskKind.${kind}`)}
    </Tag>
  );
}

/** How the timeframe was read, with the due dates it gives (dd/mm/yyyy). */
export function TimeframeSummary({
  task,
}: {
  task: Pick<PlanTaskDto, 'timeframeKind' | 'dueDates'>;
}) {
  return (
    <Flex gap={4} wrap align="center">
      <TimeframeKindTag kind={task.timeframeKind} />
      {task.dueDates.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {dueDatesText(task.dueDates)}
        </Typography.Text>
      )}
    </Flex>
  );
}
