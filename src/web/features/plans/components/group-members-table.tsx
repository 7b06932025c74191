/** Các đơn vị của một nhóm chủ trì: each unit's own obligation (one task row each) with its status; status editable once issued. */
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanTaskDto } from '@contract/plans';
import { OverdueTag, TaskStatusTag } from './status-tags';
import { TaskStatusControl } from './task-status-control';

export function GroupMembersTable(props: { members: PlanTaskDto[]; isIssued: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<PlanTaskDto>
      size="small"
      rowKey="id"
      pagination={false}
      style={{ maxWidth: 720 }}
      data-testid="group-members"
      dataSource={props.members}
      title={() => (
        <Typography.Text strong>
          {t('planScreens.tasks.groupMembers', { count: props.members.length })} ·{' '}
          {t('planScreens.tasks.derivedCount', {
            done: props.members.filter((task) => task.status === 'done').length,
            total: props.members.length,
          })}
        </Typography.Text>
      )}
      columns={[
        {
          key: 'unit',
          title: t('planScreens.tasks.groupUnit'),
          render: (_, task) => task.lead?.name ?? t('planScreens.notStated'),
        },
        {
          key: 'status',
          title: t('planScreens.tasks.status'),
          render: (_, task) =>
            props.isIssued ? (
              <TaskStatusControl task={task} />
            ) : (
              <TaskStatusTag status={task.status} />
            ),
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
