/**
 * Columns of the task table, over rows that are a task or a group lead's obligations shown once:
 * editable cells in a draft the user manages (a group row's edit goes to every obligation), plain
 * text otherwise — the Giải pháp beside the content; "Không nêu" for an unstated lead, timeframe or output; status editable once issued.
 */
import { Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { EndpointBody } from '@contract/endpoint';
import type { PlanDetail, updateTask } from '@contract/plans';
import { formatViNumber } from '@contract/vi-format';
import {
  CoordinatingUnitsCell,
  EditableText,
  LeadUnitCell,
  OutputKindCell,
  SectionCell,
  TaskKindCell,
} from './editable-cells';
import type { PickerOption } from './plan-pickers';
import { OverdueTag, TaskKindTag, TaskStatusTag, TimeframeSummary } from './status-tags';
import { TaskStatusControl } from './task-status-control';
import { describeLead, type TaskRow } from './task-sections';

/** Saves one patch of one row (the server carries a group row's edit to every obligation). */
export type SaveRow = (row: TaskRow, patch: EndpointBody<typeof updateTask>) => Promise<void>;

interface TaskColumnOptions {
  plan: Pick<PlanDetail, 'status' | 'year'>;
  isEditable: boolean;
  save: SaveRow;
  onDelete: (row: TaskRow) => void;
  sections: PickerOption[];
  unitName: (id: string) => string | undefined;
  t: TFunction;
}

type TextField = 'content' | 'solution' | 'area' | 'timeframeText' | 'outputDescription' | 'note';

export function buildTaskColumns({
  plan,
  isEditable,
  save,
  onDelete,
  sections,
  unitName,
  t,
}: TaskColumnOptions): ColumnType<TaskRow>[] {
  const notStated = t('planScreens.notStated');
  const label = (
    key:
      | 'content'
      | 'solution'
      | 'kind'
      | 'section'
      | 'area'
      | 'lead'
      | 'coordinating'
      | 'timeframe'
      | 'output'
      | 'outputDescription'
      | 'note',
  ) => t(`planScreens.tasks.${key}`);
  const text = (key: TextField, title: string, placeholder?: string) =>
    function renderText(_: unknown, row: TaskRow) {
      const value = row.task[key];
      if (isEditable) {
        return (
          <EditableText
            value={value}
            label={title}
            placeholder={placeholder}
            onSave={(next) => save(row, { [key]: next })}
          />
        );
      }
      return value ? (
        <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span>
      ) : (
        placeholder && <Typography.Text type="secondary">{placeholder}</Typography.Text>
      );
    };

  const columns: ColumnType<TaskRow>[] = [
    {
      key: 'position',
      title: t('planScreens.tasks.position'),
      width: 56,
      render: (_, row) => row.task.position,
    },
    {
      key: 'content',
      title: label('content'),
      width: 320,
      render: text('content', label('content')),
    },
    {
      // Giải pháp: drafted from the lost points, edited here and printed in the appendix.
      key: 'solution',
      title: label('solution'),
      width: 280,
      render: text('solution', label('solution'), t('planScreens.tasks.solutionPlaceholder')),
    },
    {
      key: 'kind',
      title: label('kind'),
      width: 110,
      render: (_, row) =>
        isEditable ? (
          <TaskKindCell
            value={row.task.kind}
            label={label('kind')}
            onSave={(kind) => save(row, { kind })}
          />
        ) : (
          <TaskKindTag kind={row.task.kind} />
        ),
    },
  ];
  if (isEditable) {
    columns.push({
      key: 'section',
      title: label('section'),
      width: 200,
      render: (_, row) => (
        <SectionCell
          value={row.task.sectionId}
          options={sections}
          label={label('section')}
          onSave={(sectionId) => save(row, { sectionId })}
        />
      ),
    });
  }
  columns.push(
    { key: 'area', title: label('area'), width: 160, render: text('area', label('area')) },
    {
      key: 'lead',
      title: label('lead'),
      width: 220,
      render: (_, row) => {
        const lead = describeLead(row, unitName);
        if (lead.kind === 'group') {
          return (
            <Flex vertical gap={2} data-testid="task-lead-group">
              <Typography.Text>{lead.text}</Typography.Text>
              {isEditable && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('planScreens.tasks.groupRowHint')}
                </Typography.Text>
              )}
            </Flex>
          );
        }
        if (isEditable) {
          return (
            <LeadUnitCell
              year={plan.year}
              value={row.task.lead?.id ?? null}
              placeholder={lead.kind === 'text' ? lead.text : notStated}
              label={label('lead')}
              onSave={(id) => save(row, { leadOrganisationId: id })}
            />
          );
        }
        return lead.kind === 'none' ? (
          <Typography.Text type="secondary">{lead.text}</Typography.Text>
        ) : (
          lead.text
        );
      },
    },
    {
      key: 'coordinating',
      title: label('coordinating'),
      width: 220,
      render: (_, row) =>
        isEditable ? (
          <CoordinatingUnitsCell
            year={plan.year}
            value={row.task.coordinating.map((unit) => unit.id)}
            label={label('coordinating')}
            onSave={(ids) => save(row, { coordinatingOrganisationIds: ids })}
          />
        ) : (
          [row.task.coordinating.map((unit) => unit.name).join('; '), row.task.coordinatingNote]
            .filter(Boolean)
            .join(' — ')
        ),
    },
    {
      key: 'timeframe',
      title: label('timeframe'),
      width: 200,
      render: (_, row) => (
        <Flex vertical gap={4}>
          {text('timeframeText', label('timeframe'), notStated)(undefined, row)}
          {row.task.timeframeText.trim() !== '' && <TimeframeSummary task={row.task} />}
        </Flex>
      ),
    },
    {
      key: 'output',
      title: label('output'),
      width: 200,
      render: (_, row) => (
        <Flex vertical gap={4}>
          {isEditable ? (
            <OutputKindCell
              value={row.task.outputKind}
              label={label('output')}
              onSave={(outputKind) => save(row, { outputKind })}
            />
          ) : (
            <Typography.Text
              strong
              type={row.task.outputKind === 'not_stated' ? 'secondary' : undefined}
            >
              {t(`planScreens.outputKind.${row.task.outputKind}`)}
            </Typography.Text>
          )}
          {text('outputDescription', label('outputDescription'))(undefined, row)}
        </Flex>
      ),
    },
    { key: 'note', title: label('note'), width: 160, render: text('note', label('note')) },
    {
      key: 'points',
      title: t('planScreens.tasks.pointsAtStake'),
      align: 'right',
      width: 90,
      render: (_, row) => formatViNumber(row.task.pointsAtStake),
    },
    {
      key: 'status',
      title: t('planScreens.tasks.status'),
      width: 190,
      render: (_, row) => {
        if (row.members.length > 1) {
          const done = row.members.filter((member) => member.status === 'done').length;
          return (
            <Tag color={done === row.members.length ? 'green' : 'default'}>
              {t('planScreens.tasks.derivedCount', { done, total: row.members.length })}
            </Tag>
          );
        }
        return plan.status === 'issued' ? (
          <Flex vertical gap={4}>
            <TaskStatusControl task={row.task} />
            {row.task.status === 'cannot_do' && row.task.statusNote && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {row.task.statusNote}
              </Typography.Text>
            )}
          </Flex>
        ) : (
          <TaskStatusTag status={row.task.status} />
        );
      },
    },
    {
      key: 'overdue',
      title: t('planScreens.overdue'),
      width: 90,
      render: (_, row) => (row.members.some((member) => member.isOverdue) ? <OverdueTag /> : null),
    },
  );
  if (isEditable) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      render: (_, row) => (
        <Popconfirm
          title={t('planScreens.tasks.deleteConfirm')}
          okText={t('planScreens.tasks.delete')}
          cancelText={t('common.cancel')}
          onConfirm={() => onDelete(row)}
        >
          <Button danger size="small" data-testid="task-delete">
            {t('planScreens.tasks.delete')}
          </Button>
        </Popconfirm>
      ),
    });
  }
  return columns;
}
