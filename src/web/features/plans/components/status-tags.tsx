/** Tags of plans and tasks: plan status, task status, overdue, and the kind a timeframe was read as. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanStatus, TaskStatus, TimeframeKind } from '@contract/plan-labels';

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
