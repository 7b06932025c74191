/**
 * Bảng nhiệm vụ của kế hoạch: filters (area, lead, overdue), inline editing of a draft (each
 * edit sends If-Match with the task's version; a 412 offers a reload), selection for bulk
 * assignment, add and delete; child units' tasks under each task of an issued plan.
 */
import { useMemo, useState } from 'react';
import { App, Button, Checkbox, Flex, Select, Table, Typography } from 'antd';
import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PlanDetail, PlanTaskDto } from '@contract/plans';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { planKeys, useDeleteTask, useUpdateTask } from '../api/plans-api';
import { AddTaskModal } from './add-task-modal';
import { BulkAssignModal } from './bulk-assign-modal';
import { groupDerivedTasks } from './derived-tasks';
import { DerivedTasksTable } from './derived-tasks-table';
import { buildTaskColumns, type SaveTask } from './task-columns';
import { withTaskChange } from './task-input';
import { filterTasks, listAreas, listLeads, NO_LEAD, type TaskFilters } from './task-filters';

export function TaskTable({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const updateTask = useUpdateTask(plan.id);
  const deleteTask = useDeleteTask(plan.id);
  const [filters, setFilters] = useState<TaskFilters>({ onlyOverdue: false });
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [hasConflict, setHasConflict] = useState(false);
  const [isReloading, setIsReloading] = useState(false);
  const [isAdding, setIsAdding] = useState(false);
  const [isAssigning, setIsAssigning] = useState(false);
  const isEditable = plan.status === 'draft' && plan.canManage;

  const areas = useMemo(() => listAreas(plan.tasks), [plan.tasks]);
  const leads = useMemo(() => listLeads(plan.tasks), [plan.tasks]);
  const derived = useMemo(() => groupDerivedTasks(plan.derivedTasks), [plan.derivedTasks]);
  const rows = filterTasks(plan.tasks, filters);

  const reportFailure = (error: unknown) => {
    if (isApiError(error, 412)) setHasConflict(true);
    else void message.error(describeError(error, t));
  };

  const save: SaveTask = async (task, patch) => {
    try {
      await updateTask.mutateAsync({
        taskId: task.id,
        version: task.version,
        patch: withTaskChange(task, patch),
      });
    } catch (error) {
      reportFailure(error);
    }
  };

  const remove = (task: PlanTaskDto) =>
    deleteTask.mutate(
      { taskId: task.id, version: task.version },
      {
        onSuccess: () => {
          setSelectedIds((ids) => ids.filter((id) => id !== task.id));
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

  const columns = buildTaskColumns({ plan, isEditable, save, onDelete: remove, t });

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
              onClick={() => setIsAdding(true)}
            >
              {t('planScreens.tasks.add')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Table<PlanTaskDto>
        size="small"
        data-testid="task-table"
        rowKey="id"
        dataSource={rows}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('planScreens.tasks.empty') }}
        pagination={rows.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
        rowSelection={
          isEditable
            ? {
                selectedRowKeys: selectedIds,
                onChange: (keys) => setSelectedIds(keys.map(String)),
              }
            : undefined
        }
        expandable={
          derived.size > 0
            ? {
                rowExpandable: (task) => derived.has(task.id),
                expandedRowRender: (task) => (
                  <DerivedTasksTable tasks={derived.get(task.id) ?? []} />
                ),
              }
            : undefined
        }
      />
      {isAdding && (
        <AddTaskModal planId={plan.id} year={plan.year} onClose={() => setIsAdding(false)} />
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
