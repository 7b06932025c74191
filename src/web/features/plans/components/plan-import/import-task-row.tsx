/**
 * Một nhiệm vụ đọc được: content, lead (as printed and as matched, or a red "Chưa khớp đơn vị"
 * tag with a unit picker), coordinating units, timeframe (a tag when the grammar cannot read it),
 * output; edited in place; a menu to split, merge with the next, mark reviewed or delete.
 */
import { memo, useState } from 'react';
import { Button, Dropdown, Flex, Input, Tag, Typography } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportedPlanDto, ImportedTaskDto } from '@contract/plan-imports';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import {
  deleteTask,
  isTimeframeUnread,
  markTaskReviewed,
  mergeTaskWithNext,
  setTaskCoordinating,
  setTaskLead,
  splitTask,
  updateTaskText,
  type ImportEdit,
} from './import-edits';
import { ReviewMark } from './import-review-mark';
import { ImportSplitModal } from './import-split-modal';

/** Applies an edit to the latest reading (the review view keeps it). */
export type ApplyEdit = (change: (plan: ImportedPlanDto) => ImportEdit) => void;

interface TaskRowProps {
  task: ImportedTaskDto;
  number: number;
  year: number;
  isSelected: boolean;
  unitNames: ReadonlyMap<string, string>;
  onSelect: (key: string) => void;
  onEdit: ApplyEdit;
}

const rowStyle = {
  padding: '8px 10px',
  borderBottom: '1px solid #f0f0f0',
  cursor: 'pointer',
} as const;
const selectedRowStyle = { ...rowStyle, background: '#e6f4ff' } as const;
const fieldLabelStyle = { width: 90, flex: 'none' } as const;

export const ImportTaskRow = memo(function ImportTaskRow(props: TaskRowProps) {
  const { t } = useTranslation();
  const { task, onEdit } = props;
  const [isSplitting, setIsSplitting] = useState(false);
  const key = task.key;
  const taskLabel = t('planImportScreens.outline.taskLabel', { number: props.number });

  return (
    <div
      id={`import-item-task:${key}`}
      data-testid={`import-task-${key}`}
      role="group"
      aria-label={taskLabel}
      style={props.isSelected ? selectedRowStyle : rowStyle}
      onClick={() => props.onSelect(key)}
    >
      <Flex justify="space-between" align="center" gap={8}>
        <Flex gap={6} align="center" wrap>
          <Typography.Text strong>{props.number}.</Typography.Text>
          <Tag>{t(`planImportScreens.outline.origin.${task.origin}`)}</Tag>
          {task.kind === 'request' && (
            <Tag color="purple">{t('planImportScreens.outline.request')}</Tag>
          )}
          <ReviewMark provenance={task.provenance} />
        </Flex>
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'split', label: t('planImportScreens.outline.split') },
              { key: 'merge', label: t('planImportScreens.outline.merge') },
              { key: 'reviewed', label: t('planImportScreens.outline.reviewed') },
              { type: 'divider' },
              { key: 'delete', danger: true, label: t('planImportScreens.outline.deleteTask') },
            ],
            onClick: ({ key: action, domEvent }) => {
              domEvent.stopPropagation();
              if (action === 'split') setIsSplitting(true);
              if (action === 'merge') onEdit((plan) => mergeTaskWithNext(plan, key));
              if (action === 'reviewed') onEdit((plan) => markTaskReviewed(plan, key));
              if (action === 'delete') onEdit((plan) => deleteTask(plan, key));
            },
          }}
        >
          <Button
            size="small"
            type="text"
            icon={<MoreOutlined />}
            aria-label={t('planImportScreens.outline.taskActions', { number: props.number })}
            onClick={(event) => event.stopPropagation()}
          />
        </Dropdown>
      </Flex>
      <Typography.Paragraph
        style={{ margin: '4px 0' }}
        editable={{
          onChange: (content) => {
            if (content !== task.content) onEdit((plan) => updateTaskText(plan, key, { content }));
          },
        }}
      >
        {task.content}
      </Typography.Paragraph>
      <Flex vertical gap={4}>
        <Flex gap={8} align="baseline">
          <Typography.Text type="secondary" style={fieldLabelStyle}>
            {t('planImportScreens.outline.lead')}
          </Typography.Text>
          <LeadCell {...props} />
        </Flex>
        <Flex gap={8} align="baseline">
          <Typography.Text type="secondary" style={fieldLabelStyle}>
            {t('planImportScreens.outline.coordinating')}
          </Typography.Text>
          <CoordinatingCell {...props} />
        </Flex>
        <Flex gap={8} align="baseline">
          <Typography.Text type="secondary" style={fieldLabelStyle}>
            {t('planImportScreens.outline.timeframe')}
          </Typography.Text>
          <Typography.Text
            editable={{
              text: task.timeframeText,
              onChange: (timeframeText) => {
                if (timeframeText !== task.timeframeText)
                  onEdit((plan) => updateTaskText(plan, key, { timeframeText }));
              },
            }}
          >
            {task.timeframeText || t('planImportScreens.outline.notStated')}
          </Typography.Text>
          {isTimeframeUnread(task.timeframeText, props.year) && (
            <Tag color="orange">{t('planImportScreens.outline.timeframeUnread')}</Tag>
          )}
        </Flex>
        <Flex gap={8} align="baseline">
          <Typography.Text type="secondary" style={fieldLabelStyle}>
            {t('planImportScreens.outline.output')}
          </Typography.Text>
          <Typography.Text
            editable={{
              text: task.outputDescription,
              onChange: (outputDescription) => {
                if (outputDescription !== task.outputDescription)
                  onEdit((plan) => updateTaskText(plan, key, { outputDescription }));
              },
            }}
          >
            {task.outputDescription || t('planImportScreens.outline.notStated')}
          </Typography.Text>
        </Flex>
      </Flex>
      {isSplitting && (
        <ImportSplitModal
          content={task.content}
          onClose={() => setIsSplitting(false)}
          onSplit={(at) => {
            setIsSplitting(false);
            onEdit((plan) => splitTask(plan, key, at));
          }}
        />
      )}
    </div>
  );
});

function LeadCell({ task, year, unitNames, onEdit }: TaskRowProps) {
  const { t } = useTranslation();
  const [isPicking, setIsPicking] = useState(false);
  const hasLead = task.leadOrganisationId !== null || task.leadGroup !== null;
  const printed = task.leadText.trim();
  const picker = (
    <OrganisationTreeSelect
      size="small"
      style={{ minWidth: 280 }}
      aria-label={t('planImportScreens.outline.pickLead')}
      data-testid={`import-task-lead-${task.key}`}
      validInYear={year}
      value={task.leadOrganisationId ?? undefined}
      onChange={(organisationId?: string) => {
        setIsPicking(false);
        onEdit((plan) => setTaskLead(plan, task.key, organisationId ?? null));
      }}
    />
  );
  if (!hasLead) {
    return (
      <Flex gap={6} align="center" wrap>
        <Tag color="red">{t('planImportScreens.outline.unmatched')}</Tag>
        {printed && (
          <Typography.Text>
            {t('planImportScreens.outline.printed', { text: printed })}
          </Typography.Text>
        )}
        {picker}
      </Flex>
    );
  }
  const matchedName = task.leadOrganisationId
    ? (unitNames.get(task.leadOrganisationId) ?? printed)
    : `${t('planImportScreens.outline.group')}: ${printed}`;
  return (
    <Flex gap={6} align="center" wrap>
      <Typography.Text>{matchedName}</Typography.Text>
      {printed && printed !== matchedName && (
        <Typography.Text type="secondary">
          ({t('planImportScreens.outline.printed', { text: printed })})
        </Typography.Text>
      )}
      {isPicking ? (
        picker
      ) : (
        <Button size="small" type="link" onClick={() => setIsPicking(true)}>
          {t('planImportScreens.outline.change')}
        </Button>
      )}
    </Flex>
  );
}

function CoordinatingCell({ task, year, unitNames, onEdit }: TaskRowProps) {
  const { t } = useTranslation();
  const [isPicking, setIsPicking] = useState(false);
  const names = task.coordinatingOrganisationIds.map((id) => unitNames.get(id) ?? id);
  const note = task.coordinatingNote.trim();
  if (isPicking) {
    return (
      <Flex gap={6} align="center" wrap style={{ flex: 1 }}>
        <OrganisationTreeSelect
          size="small"
          multiple
          style={{ minWidth: 320 }}
          aria-label={t('planImportScreens.outline.pickCoordinating')}
          validInYear={year}
          value={task.coordinatingOrganisationIds}
          onChange={(ids: string[]) =>
            onEdit((plan) => setTaskCoordinating(plan, task.key, ids ?? []))
          }
        />
        <Input
          size="small"
          style={{ width: 220 }}
          aria-label={t('planImportScreens.outline.coordinatingNote')}
          placeholder={t('planImportScreens.outline.coordinatingNote')}
          defaultValue={note}
          onBlur={(event) => {
            const value = event.target.value.trim();
            if (value !== note)
              onEdit((plan) =>
                setTaskCoordinating(plan, task.key, task.coordinatingOrganisationIds, value),
              );
          }}
        />
        <Button size="small" onClick={() => setIsPicking(false)}>
          {t('planImportScreens.outline.done')}
        </Button>
      </Flex>
    );
  }
  return (
    <Flex gap={6} align="center" wrap>
      {names.length === 0 && !note && (
        <Typography.Text type="secondary">
          {t('planImportScreens.outline.notStated')}
        </Typography.Text>
      )}
      {names.length > 0 && <Typography.Text>{names.join('; ')}</Typography.Text>}
      {note && (
        <Tag color="red">
          {t('planImportScreens.outline.unmatched')}: {note}
        </Tag>
      )}
      <Button size="small" type="link" onClick={() => setIsPicking(true)}>
        {t('planImportScreens.outline.change')}
      </Button>
    </Flex>
  );
}
