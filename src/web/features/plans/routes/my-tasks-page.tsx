/** Nhiệm vụ của đơn vị tôi: for one unit (by default the user's first role unit), the tasks it leads and those it coordinates. */
import { useState } from 'react';
import { Card, Flex, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EndpointResponse } from '@contract/endpoint';
import type { listMyTasks } from '@contract/plans';
import { ErrorAlert } from '@web/components/error-alert';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { useSignedInUser } from '@web/lib/current-user';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { useMyTasks } from '../api/plans-api';
import { dueDatesText } from '../components/due-dates-text';
import { OverdueTag, TimeframeKindTag } from '../components/status-tags';
import { TaskStatusControl } from '../components/task-status-control';

type MyTask = EndpointResponse<typeof listMyTasks>['asLead'][number];

export function MyTasksPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('planScreens.myTasks.pageTitle'));
  const me = useSignedInUser();
  // ?unit= opens another of the user's units (a search hit links here for a task of that unit).
  const [params] = useSearchParams();
  const [organisationId, setOrganisationId] = useState<string | null>(
    params.get('unit') ?? me.roles[0]?.organisationId ?? me.homeOrganisation.id,
  );
  const tasks = useMyTasks(organisationId);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('planScreens.myTasks.pageTitle')}
      </Typography.Title>
      <Card size="small">
        <Flex gap={12} align="center" wrap>
          <Typography.Text>{t('planScreens.myTasks.unit')}</Typography.Text>
          <OrganisationTreeSelect
            style={{ minWidth: 360 }}
            data-testid="my-tasks-unit"
            allowClear={false}
            value={organisationId ?? undefined}
            onChange={(id?: string) => setOrganisationId(id ?? null)}
          />
        </Flex>
      </Card>
      {tasks.isError && <ErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />}
      <MyTaskTable
        title={t('planScreens.myTasks.asLead')}
        testId="my-tasks-lead"
        tasks={tasks.data?.asLead ?? []}
        isLoading={tasks.isFetching}
      />
      <MyTaskTable
        title={t('planScreens.myTasks.asCoordinator')}
        testId="my-tasks-coordinator"
        tasks={tasks.data?.asCoordinator ?? []}
        isLoading={tasks.isFetching}
      />
    </Flex>
  );
}

function MyTaskTable(props: {
  title: string;
  testId: string;
  tasks: MyTask[];
  isLoading: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card title={props.title} size="small">
      <Table<MyTask>
        size="small"
        data-testid={props.testId}
        rowKey="id"
        loading={props.isLoading}
        dataSource={props.tasks}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('planScreens.myTasks.empty') }}
        pagination={props.tasks.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        columns={[
          {
            key: 'content',
            title: t('planScreens.tasks.content'),
            width: 360,
            render: (_, task) => <span style={{ whiteSpace: 'pre-wrap' }}>{task.content}</span>,
          },
          {
            key: 'plan',
            title: t('planScreens.myTasks.plan'),
            width: 260,
            render: (_, task) => (
              <Link to={`/plans/${task.planId}`}>
                {task.plan.documentNumber} — {task.plan.title}
              </Link>
            ),
          },
          {
            key: 'timeframe',
            title: t('planScreens.tasks.timeframe'),
            render: (_, task) =>
              // Empty = the plan states no timeframe ("Không nêu"), not one to review.
              task.timeframeText.trim() === '' ? (
                <Typography.Text type="secondary">{t('planScreens.notStated')}</Typography.Text>
              ) : (
                <Flex vertical gap={4}>
                  <span>{task.timeframeText}</span>
                  <TimeframeKindTag kind={task.timeframeKind} />
                </Flex>
              ),
          },
          {
            key: 'due',
            title: t('planScreens.tasks.dueDates'),
            render: (_, task) =>
              task.dueDates.length > 0 ? dueDatesText(task.dueDates) : t('common.empty'),
          },
          {
            key: 'status',
            title: t('planScreens.tasks.status'),
            render: (_, task) => <TaskStatusControl task={task} />,
          },
          {
            key: 'overdue',
            title: t('planScreens.overdue'),
            render: (_, task) => (task.isOverdue ? <OverdueTag /> : null),
          },
        ]}
      />
    </Card>
  );
}
