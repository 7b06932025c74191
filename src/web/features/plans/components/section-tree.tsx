/**
 * Cây mục: the plan's sections as an indented list with their printed labels ("A.", "1.1.", "a)"),
 * and in a draft the user manages: add child / sibling, edit, move, indent/outdent, delete. Every
 * change saves the whole tree through PUT /outline (If-Match: the plan's version); 412 offers a reload.
 */
import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Flex, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  PlusOutlined,
  SubnodeOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { orderSections, sectionTitle } from '@contract/plan-labels';
import type { PlanDetail } from '@contract/plans';
import { ErrorAlert } from '@web/components/error-alert';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import { planKeys, useUpdatePlanOutline } from '../api/plans-api';
import { frameworkLabel } from './plan-pickers';
import { SectionEditModal } from './section-edit-modal';
import {
  addChildSection,
  addSiblingSection,
  childNumbering,
  currentPlacement,
  indentSection,
  moveSection,
  outdentSection,
  removeSection,
  replaceSection,
  type Section,
  type SectionEdit,
} from './section-tree-edit';

/** The section being edited: an existing one, or a new one with where it goes. */
type Editing =
  | { mode: 'edit'; section: Section }
  | { mode: 'child'; parentId: string | null; section: Section }
  | { mode: 'sibling'; siblingId: string; section: Section };

function newSection(parent: Section | null, numbering = childNumbering(parent)): Section {
  return {
    id: crypto.randomUUID(),
    parentId: parent?.id ?? null,
    numbering,
    heading: '',
    body: '',
    frameworkId: null,
    nodeCode: null,
  };
}

/** The index a section takes from its nearest ancestor that names one. */
function inheritedFrameworkId(sections: readonly Section[], parentId: string | null) {
  const byId = new Map(sections.map((section) => [section.id, section]));
  let current = parentId === null ? undefined : byId.get(parentId);
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    if (current.frameworkId !== null) return current.frameworkId;
    seen.add(current.id);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return null;
}

export function SectionTree({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useUpdatePlanOutline(plan.id);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [hasConflict, setHasConflict] = useState(false);
  const [isReloading, setIsReloading] = useState(false);
  const isEditable = plan.abilities.canEdit;
  const sections = plan.content.sections;
  const ordered = orderSections(sections);
  const byId = new Map(sections.map((section) => [section.id, section]));

  const apply = (edit: SectionEdit, onSaved?: () => void) => {
    if (!edit.ok) return setRefusal(edit.message);
    setRefusal(null);
    save.mutate(
      {
        version: plan.version,
        body: { sections: edit.sections, placement: currentPlacement(plan.tasks, edit.sections) },
      },
      {
        onSuccess: () => {
          void message.success(t('planScreens.outline.saved'));
          onSaved?.();
        },
        onError: (error) => (isApiError(error, 412) ? setHasConflict(true) : undefined),
      },
    );
  };

  const saveEditing = (section: Section) => {
    if (!editing) return;
    const close = () => setEditing(null);
    if (editing.mode === 'edit') apply(replaceSection(sections, section), close);
    if (editing.mode === 'child')
      apply(addChildSection(sections, editing.parentId, section), close);
    if (editing.mode === 'sibling') {
      apply(addSiblingSection(sections, editing.siblingId, section), close);
    }
  };

  const reload = async () => {
    setIsReloading(true);
    await queryClient.invalidateQueries({ queryKey: planKeys.detail(plan.id) });
    setIsReloading(false);
    setHasConflict(false);
  };

  const taskCounts = new Map<string, number>();
  for (const task of plan.tasks) {
    if (task.sectionId) taskCounts.set(task.sectionId, (taskCounts.get(task.sectionId) ?? 0) + 1);
  }
  const frameworkNames = new Map(plan.frameworks.map((f) => [f.id, frameworkLabel(f)]));
  const lastRoot = ordered.filter((entry) => entry.depth === 0).at(-1)?.section;

  const action = (
    key: string,
    title: string,
    icon: ReactNode,
    onClick: () => void,
    testId: string,
  ) => (
    <Tooltip key={key} title={title}>
      <Button
        size="small"
        type="text"
        icon={icon}
        aria-label={title}
        data-testid={testId}
        disabled={save.isPending}
        onClick={onClick}
      />
    </Tooltip>
  );

  return (
    <Card
      size="small"
      title={t('planScreens.outline.title')}
      data-testid="section-tree"
      extra={
        isEditable && (
          <Button
            icon={<PlusOutlined />}
            data-testid="section-add-root"
            onClick={() =>
              setEditing({
                mode: 'child',
                parentId: null,
                section: newSection(null, lastRoot?.numbering ?? 'decimal'),
              })
            }
          >
            {t('planScreens.outline.addRoot')}
          </Button>
        )
      }
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('planScreens.outline.hint')}</Typography.Text>
        {!isEditable && <Alert type="info" showIcon title={t('planScreens.outline.readOnly')} />}
        {hasConflict && (
          <VersionConflictAlert
            title={t('planScreens.conflict')}
            hint={t('planScreens.conflictHint')}
            isReloading={isReloading}
            onReload={() => void reload()}
          />
        )}
        {refusal !== null && (
          <Alert
            type="warning"
            showIcon
            closable={{ onClose: () => setRefusal(null) }}
            data-testid="section-refusal"
            title={refusal}
          />
        )}
        {save.isError && !isApiError(save.error, 412) && <ErrorAlert error={save.error} />}
        {ordered.length === 0 && (
          <Typography.Text type="secondary">{t('planScreens.outline.empty')}</Typography.Text>
        )}
        {ordered.map((entry) => {
          const { section } = entry;
          const count = taskCounts.get(section.id) ?? 0;
          return (
            <Flex
              key={section.id}
              align="flex-start"
              justify="space-between"
              gap={8}
              data-testid="section-row"
              data-section-id={section.id}
              style={{
                paddingInlineStart: entry.depth * 24,
                borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
                paddingBlock: 4,
              }}
            >
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Typography.Text strong={entry.depth === 0} data-testid="section-title">
                  {sectionTitle(entry)}
                </Typography.Text>
                <Flex gap={4} wrap>
                  {section.frameworkId && (
                    <Tag color="blue">{frameworkNames.get(section.frameworkId) ?? '—'}</Tag>
                  )}
                  {section.nodeCode && <Tag>{section.nodeCode}</Tag>}
                  {count > 0 && <Tag>{t('planScreens.outline.taskCount', { count })}</Tag>}
                </Flex>
              </Flex>
              {isEditable && (
                <Flex gap={0} wrap={false}>
                  {action(
                    'child',
                    t('planScreens.outline.addChild'),
                    <SubnodeOutlined />,
                    () =>
                      setEditing({
                        mode: 'child',
                        parentId: section.id,
                        section: newSection(section),
                      }),
                    'section-add-child',
                  )}
                  {action(
                    'sibling',
                    t('planScreens.outline.addSibling'),
                    <PlusOutlined />,
                    () =>
                      setEditing({
                        mode: 'sibling',
                        siblingId: section.id,
                        section: {
                          ...newSection(null, section.numbering),
                          parentId: section.parentId,
                        },
                      }),
                    'section-add-sibling',
                  )}
                  {action(
                    'edit',
                    t('planScreens.outline.edit'),
                    <EditOutlined />,
                    () => setEditing({ mode: 'edit', section }),
                    'section-edit',
                  )}
                  {action(
                    'up',
                    t('planScreens.outline.moveUp'),
                    <ArrowUpOutlined />,
                    () => apply(moveSection(sections, section.id, -1)),
                    'section-up',
                  )}
                  {action(
                    'down',
                    t('planScreens.outline.moveDown'),
                    <ArrowDownOutlined />,
                    () => apply(moveSection(sections, section.id, 1)),
                    'section-down',
                  )}
                  {action(
                    'indent',
                    t('planScreens.outline.indent'),
                    <MenuUnfoldOutlined />,
                    () => apply(indentSection(sections, section.id)),
                    'section-indent',
                  )}
                  {action(
                    'outdent',
                    t('planScreens.outline.outdent'),
                    <MenuFoldOutlined />,
                    () => apply(outdentSection(sections, section.id)),
                    'section-outdent',
                  )}
                  <Popconfirm
                    placement="left"
                    okButtonProps={{ ...{ 'data-testid': 'section-delete-confirm' } }}
                    title={t('planScreens.outline.deleteConfirm')}
                    okText={t('planScreens.tasks.delete')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      apply(
                        removeSection(sections, section.id, {
                          tasks: plan.tasks,
                          targets: plan.content.targets,
                        }),
                      )
                    }
                  >
                    <Tooltip title={t('planScreens.outline.delete')}>
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('planScreens.outline.delete')}
                        data-testid="section-delete"
                        disabled={save.isPending}
                      />
                    </Tooltip>
                  </Popconfirm>
                </Flex>
              )}
            </Flex>
          );
        })}
      </Flex>
      {editing && (
        <SectionEditModal
          section={editing.section}
          isNew={editing.mode !== 'edit'}
          frameworks={plan.frameworks}
          inheritedFrameworkId={inheritedFrameworkId(
            sections,
            editing.mode === 'edit'
              ? editing.section.parentId
              : editing.mode === 'child'
                ? editing.parentId
                : (byId.get(editing.siblingId)?.parentId ?? null),
          )}
          isSaving={save.isPending}
          onSave={saveEditing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
