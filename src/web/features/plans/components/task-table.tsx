/**
 * Bảng nhiệm vụ của kế hoạch: rows grouped under their section titles in document order (general
 * tasks first), a group lead shown once and expandable to each unit's obligation; filters (area,
 * lead, overdue), inline editing of a draft (each edit sends If-Match with the task's version; a
 * 412 offers a reload), selection for bulk assignment, add and delete; child units' tasks under
 * each task of an issued plan.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { App, Button, Checkbox, Flex, Select, Table, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '@contract/plans';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { useOrganisationList } from '@web/lib/organisation-list';
import { planKeys, useDeleteTask, useUpdateTask } from '../api/plans-api';
import { AddTaskModal } from './add-task-modal';
import { BulkAssignModal } from './bulk-assign-modal';
import { groupDerivedTasks } from './derived-tasks';
import { DerivedTasksTable } from './derived-tasks-table';
import { GroupMembersTable } from './group-members-table';
import { sectionOptions } from './plan-pickers';
import { buildTaskColumns, type SaveRow } from './task-columns';
import { filterTasks, listAreas, listLeads, NO_LEAD, type TaskFilters } from './task-filters';
import { groupTasksBySection, type TaskRow, type TaskSectionGroup } from './task-sections';

/** A line of the table: a section heading spanning every column, or a task (group) row. */
type TableLine =
  | { key: string; kind: 'section'; group: TaskSectionGroup }
  | { key: string; kind: 'task'; row: TaskRow };

function toLines(groups: readonly TaskSectionGroup[]): TableLine[] {
  return groups.flatMap((group): TableLine[] => [
    { key: `section:${group.sectionId ?? 'general'}`, kind: 'section', group },
    ...group.rows.map((row): TableLine => ({ key: row.task.id, kind: 'task', row })),
  ]);
}

/** The task columns over table lines: a heading line spans them all in the first cell. */
function withHeadingLines(
  columns: ColumnType<TaskRow>[],
  renderHeading: (group: TaskSectionGroup) => ReactNode,
): ColumnType<TableLine>[] {
  return columns.map(({ key, title, width, align, render }, index) => ({
    key,
    title: title as ReactNode,
    width,
    align,
    onCell: (line: TableLine) =>
      line.kind === 'section' ? { colSpan: index === 0 ? columns.length : 0 } : {},
    render: (value: unknown, line: TableLine, rowIndex: number) => {
      if (line.kind === 'section') return index === 0 ? renderHeading(line.group) : null;
      return render ? (render(value, line.row, rowIndex) as ReactNode) : null;
    },
  }));
}

export function TaskTable({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const updateTask = useUpdateTask(plan.id);
  const deleteTask = useDeleteTask(plan.id);
  const units = useOrganisationList({ includeClosed: true });
  const [filters, setFilters] = useState<TaskFilters>({ onlyOverdue: false });
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [hasConflict, setHasConflict] = useState(false);
  const [isReloading, setIsReloading] = useState(false);
  const [adding, setAdding] = useState<{ sectionId: string | null } | null>(null);
  const [isAssigning, setIsAssigning] = useState(false);
  const isEditable = plan.abilities.canEdit;

  const areas = useMemo(() => listAreas(plan.tasks), [plan.tasks]);
  const leads = useMemo(() => listLeads(plan.tasks), [plan.tasks]);
  const derived = useMemo(() => groupDerivedTasks(plan.derivedTasks), [plan.derivedTasks]);
  const unitNames = useMemo(
    () => new Map((units.data ?? []).map((unit) => [unit.id, unit.name])),
    [units.data],
  );
  const isFiltered =
    filters.area !== undefined || filters.leadId !== undefined || filters.onlyOverdue;
  const lines = toLines(
    groupTasksBySection(
      plan.content.sections,
      filterTasks(plan.tasks, filters),
      t('planScreens.tasks.generalSection'),
      isEditable && !isFiltered,
    ),
  );

  const reportFailure = (error: unknown) => {
    if (isApiError(error, 412)) setHasConflict(true);
    else void message.error(describeError(error, t));
  };

  // A group's row edits and deletes through its first obligation: the server carries the change
  // to every obligation of the group (one written task) and removes the group as a whole.
  const save: SaveRow = async (row, patch) => {
    try {
      await updateTask.mutateAsync({ taskId: row.task.id, version: row.task.version, patch });
    } catch (error) {
      reportFailure(error);
    }
  };

  const remove = (row: TaskRow) =>
    deleteTask.mutate(
      { taskId: row.task.id, version: row.task.version },
      {
        onSuccess: () => {
          setSelectedIds((ids) => ids.filter((id) => id !== row.task.id));
          void message.success(t('planScreens.tasks.deleted'));
        },
        onError: reportFailure,
      },
    );

  const reload = async () => {
    setIsReloading(true);
    await queryClient.invalidateQueries({ queryKey: planKeys.detail(plan.id) });
    setIsReloading(false);
    setHasConflict(false);
  };

  const renderHeading = (group: TaskSectionGroup) => (
    <Flex gap={8} align="center" style={{ paddingInlineStart: group.depth * 16 }}>
      <Typography.Text strong data-testid="task-section-heading">
        {group.title}
      </Typography.Text>
      {isEditable && (
        <Button
          size="small"
          type="link"
          icon={<PlusOutlined />}
          data-testid="task-add-in-section"
          onClick={() => setAdding({ sectionId: group.sectionId })}
        >
          {t('planScreens.tasks.add')}
        </Button>
      )}
    </Flex>
  );

  const columns = withHeadingLines(
    buildTaskColumns({
      plan,
      isEditable,
      save,
      onDelete: remove,
      sections: sectionOptions(plan.content.sections),
      unitName: (id) => unitNames.get(id),
      t,
    }),
    renderHeading,
  );
  const isSingle = (line: TableLine) => line.kind === 'task' && line.row.members.length === 1;

  return (
    <Flex vertical gap={12}>
      {hasConflict && (
        <VersionConflictAlert
          title={t('planScreens.conflict')}
          hint={t('planScreens.conflictHint')}
          isReloading={isReloading}
          onReload={() => void reload()}
        />
      )}
      <Flex gap={12} wrap align="center" justify="space-between">
        <Flex gap={12} wrap align="center">
          <Select
            allowClear
            style={{ minWidth: 240 }}
            data-testid="task-filter-area"
            placeholder={t('planScreens.tasks.allAreas')}
            value={filters.area}
            onChange={(area?: string) => setFilters({ ...filters, area })}
            options={areas.map((area) => ({ value: area, label: area }))}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 240 }}
            data-testid="task-filter-lead"
            placeholder={t('planScreens.tasks.allLeads')}
            value={filters.leadId}
            onChange={(leadId?: string) => setFilters({ ...filters, leadId })}
            options={[
              ...leads.map((lead) => ({ value: lead.id, label: lead.name })),
              { value: NO_LEAD, label: t('planScreens.tasks.noLead') },
            ]}
          />
          <Checkbox
            checked={filters.onlyOverdue}
            onChange={(event) => setFilters({ ...filters, onlyOverdue: event.target.checked })}
          >
            {t('planScreens.tasks.onlyOverdue')}
          </Checkbox>
        </Flex>
        {isEditable && (
          <Flex gap={8} wrap align="center">
            {selectedIds.length > 0 && (
              <Typography.Text type="secondary">
                {t('planScreens.tasks.selected', { count: selectedIds.length })}
              </Typography.Text>
            )}
            <Button
              icon={<TeamOutlined />}
              data-testid="tasks-bulk-assign"
              disabled={selectedIds.length === 0}
              onClick={() => setIsAssigning(true)}
            >
              {t('planScreens.tasks.bulkAssign')}
            </Button>
            <Button
              icon={<PlusOutlined />}
              data-testid="tasks-add"
              onClick={() => setAdding({ sectionId: null })}
            >
              {t('planScreens.tasks.add')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Table<TableLine>
        size="small"
        data-testid="task-table"
        rowKey="key"
        dataSource={lines}
        columns={columns}
        scroll={{ x: 'max-content' }}
        // The column names stay in view while scrolling down a plan of a hundred tasks.
        sticky
        locale={{ emptyText: t('planScreens.tasks.empty') }}
        rowClassName={(line) => (line.kind === 'section' ? 'task-section-line' : '')}
        onRow={(line) =>
          line.kind === 'section'
            ? { style: { background: 'rgba(0, 0, 0, 0.02)' } }
            : ({ 'data-task-id': line.row.task.id } as object)
        }
        pagination={lines.length > 120 ? { pageSize: 120, showSizeChanger: false } : false}
        rowSelection={
          isEditable
            ? {
                selectedRowKeys: selectedIds,
                onChange: (keys) => setSelectedIds(keys.map(String)),
                getCheckboxProps: (line) => ({ disabled: !isSingle(line) }),
                renderCell: (_checked, line, _index, node) => (isSingle(line) ? node : null),
              }
            : undefined
        }
        expandable={{
          rowExpandable: (line) =>
            line.kind === 'task' && (line.row.members.length > 1 || derived.has(line.row.task.id)),
          expandedRowRender: (line) =>
            line.kind !== 'task' ? null : line.row.members.length > 1 ? (
              <GroupMembersTable members={line.row.members} isIssued={plan.status === 'issued'} />
            ) : (
              <DerivedTasksTable tasks={derived.get(line.row.task.id) ?? []} />
            ),
        }}
      />
      {adding && (
        <AddTaskModal
          plan={plan}
          defaultSectionId={adding.sectionId}
          onClose={() => setAdding(null)}
        />
      )}
      {isAssigning && (
        <BulkAssignModal
          planId={plan.id}
          year={plan.year}
          taskIds={selectedIds}
          onDone={() => {
            setIsAssigning(false);
            setSelectedIds([]);
          }}
          onClose={() => setIsAssigning(false)}
        />
      )}
    </Flex>
  );
}
