/** Columns of the task table: editable cells in a draft the user manages, plain text otherwise; status editable once issued. */
import { Button, Flex, Popconfirm, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { EndpointBody } from '@contract/endpoint';
import type { PlanDetail, PlanTaskDto, updateTask } from '@contract/plans';
import { formatViNumber } from '@contract/vi-format';
import {
  CoordinatingUnitsCell,
  EditableText,
  LeadUnitCell,
  OutputKindCell,
} from './editable-cells';
import { dueDatesText } from './due-dates-text';
import { OverdueTag, TaskStatusTag, TimeframeKindTag } from './status-tags';
import { TaskStatusControl } from './task-status-control';

/** Saves one patch of one task. */
export type SaveTask = (task: PlanTaskDto, patch: EndpointBody<typeof updateTask>) => Promise<void>;

interface TaskColumnOptions {
  plan: Pick<PlanDetail, 'status' | 'year'>;
  isEditable: boolean;
  save: SaveTask;
  onDelete: (task: PlanTaskDto) => void;
  t: TFunction;
}

function TimeframeSummary({ task }: { task: PlanTaskDto }) {
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

export function buildTaskColumns({
  plan,
  isEditable,
  save,
  onDelete,
  t,
}: TaskColumnOptions): ColumnsType<PlanTaskDto> {
  const label = (
    key:
      | 'content'
      | 'area'
      | 'lead'
      | 'coordinating'
      | 'timeframe'
      | 'output'
      | 'outputDescription'
      | 'note',
  ) => t(`planScreens.tasks.${key}`);
  const text = (
    key: 'content' | 'area' | 'timeframeText' | 'outputDescription' | 'note',
    title: string,
  ) =>
    function renderText(_: unknown, task: PlanTaskDto) {
      return isEditable ? (
        <EditableText
          value={task[key]}
          label={title}
          onSave={(value) => save(task, { [key]: value })}
        />
      ) : (
        <span style={{ whiteSpace: 'pre-wrap' }}>{task[key]}</span>
      );
    };

  const columns: ColumnsType<PlanTaskDto> = [
    { key: 'position', title: t('planScreens.tasks.position'), dataIndex: 'position', width: 56 },
    {
      key: 'content',
      title: label('content'),
      width: 320,
      render: text('content', label('content')),
    },
    { key: 'area', title: label('area'), width: 160, render: text('area', label('area')) },
    {
      key: 'lead',
      title: label('lead'),
      width: 200,
      render: (_, task) =>
        isEditable ? (
          <LeadUnitCell
            year={plan.year}
            value={task.lead?.id ?? null}
            label={label('lead')}
            onSave={(id) => save(task, { leadOrganisationId: id })}
          />
        ) : (
          (task.lead?.name ?? (
            <Typography.Text type="warning">{t('planScreens.tasks.noLead')}</Typography.Text>
          ))
        ),
    },
    {
      key: 'coordinating',
      title: label('coordinating'),
      width: 220,
      render: (_, task) =>
        isEditable ? (
          <CoordinatingUnitsCell
            year={plan.year}
            value={task.coordinating.map((unit) => unit.id)}
            label={label('coordinating')}
            onSave={(ids) => save(task, { coordinatingOrganisationIds: ids })}
          />
        ) : (
          [task.coordinating.map((unit) => unit.name).join('; '), task.coordinatingNote]
            .filter(Boolean)
            .join(' — ')
        ),
    },
    {
      key: 'timeframe',
      title: label('timeframe'),
      width: 200,
      render: (_, task) => (
        <Flex vertical gap={4}>
          {text('timeframeText', label('timeframe'))(undefined, task)}
          <TimeframeSummary task={task} />
        </Flex>
      ),
    },
    {
      key: 'output',
      title: label('output'),
      width: 200,
      render: (_, task) => (
        <Flex vertical gap={4}>
          {isEditable ? (
            <OutputKindCell
              value={task.outputKind}
              label={label('output')}
              onSave={(outputKind) => save(task, { outputKind })}
            />
          ) : (
            <Typography.Text strong>
              {t(`planScreens.outputKind.${task.outputKind}`)}
            </Typography.Text>
          )}
          {text('outputDescription', label('outputDescription'))(undefined, task)}
        </Flex>
      ),
    },
    { key: 'note', title: label('note'), width: 160, render: text('note', label('note')) },
    {
      key: 'points',
      title: t('planScreens.tasks.pointsAtStake'),
      align: 'right',
      width: 90,
      render: (_, task) => formatViNumber(task.pointsAtStake),
    },
    {
      key: 'status',
      title: t('planScreens.tasks.status'),
      width: 190,
      render: (_, task) =>
        plan.status === 'issued' ? (
          <Flex vertical gap={4}>
            <TaskStatusControl task={task} />
            {task.status === 'cannot_do' && task.statusNote && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {task.statusNote}
              </Typography.Text>
            )}
          </Flex>
        ) : (
          <TaskStatusTag status={task.status} />
        ),
    },
    {
      key: 'overdue',
      title: t('planScreens.overdue'),
      width: 90,
      render: (_, task) => (task.isOverdue ? <OverdueTag /> : null),
    },
  ];
  if (isEditable) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      render: (_, task) => (
        <Popconfirm
          title={t('planScreens.tasks.deleteConfirm')}
          okText={t('planScreens.tasks.delete')}
          cancelText={t('common.cancel')}
          onConfirm={() => onDelete(task)}
        >
          <Button danger size="small">
            {t('planScreens.tasks.delete')}
          </Button>
        </Popconfirm>
      ),
    });
  }
  return columns;
}
