/** The child units carrying out one task (cascade roll-up): unit, their plan's status, their task's status. */
import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { countDerivedDone, type DerivedTask } from './derived-tasks';
import { OverdueTag, PlanStatusTag, TaskStatusTag } from './status-tags';

export function DerivedTasksTable({ tasks }: { tasks: DerivedTask[] }) {
  const { t } = useTranslation();
  return (
    <Table<DerivedTask>
      size="small"
      rowKey="taskId"
      pagination={false}
      dataSource={tasks}
      title={() => (
        <Typography.Text strong>
          {t('planScreens.tasks.derivedTitle')} ·{' '}
          {t('planScreens.tasks.derivedCount', countDerivedDone(tasks))}
        </Typography.Text>
      )}
      columns={[
        {
          key: 'unit',
          title: t('planScreens.tasks.derivedUnit'),
          render: (_, task) => <Link to={`/plans/${task.planId}`}>{task.organisation.name}</Link>,
        },
        {
          key: 'planStatus',
          title: t('planScreens.tasks.derivedPlanStatus'),
          render: (_, task) => <PlanStatusTag status={task.planStatus} />,
        },
        {
          key: 'status',
          title: t('planScreens.tasks.status'),
          render: (_, task) => <TaskStatusTag status={task.status} />,
        },
        {
          key: 'overdue',
          title: t('planScreens.overdue'),
          render: (_, task) => (task.isOverdue ? <OverdueTag /> : null),
        },
      ]}
    />
  );
}
