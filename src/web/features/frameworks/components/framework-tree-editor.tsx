/** Sửa cây tiêu chí: add, edit, move and delete nodes with live validation; save the whole list with If-Match. */
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Flex, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FrameworkDto, FrameworkNodeDto } from '@contract/frameworks';
import { validateFramework } from '@contract/framework-rules';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import { useUpdateFramework } from '../api/frameworks-api';
import { toFrameworkDefinition, toFrameworkToValidate } from './framework-definition';
import { addNode, deleteLeaf, suggestChildCode, updateNode } from './node-edits';
import { NodeEditorModal } from './node-editor-modal';
import { NodeTable } from './node-table';
import { groupIssuesByCode } from './node-tree-rows';

type NodeEditing = { node: FrameworkNodeDto; isNew: boolean };

interface FrameworkTreeEditorProps {
  framework: FrameworkDto;
  draft: FrameworkNodeDto[];
  onChange: (nodes: FrameworkNodeDto[]) => void;
  onDone: () => void;
  isReloading: boolean;
  onReload: () => void;
}

export function FrameworkTreeEditor({
  framework,
  draft,
  onChange,
  onDone,
  isReloading,
  onReload,
}: FrameworkTreeEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateFramework();
  const [editing, setEditing] = useState<NodeEditing | null>(null);
  // Live validation: the same rules the server applies, on every change of the draft.
  const issues = useMemo(
    () => validateFramework(toFrameworkToValidate(framework, draft)),
    [framework, draft],
  );
  const issuesByCode = useMemo(() => groupIssuesByCode(issues), [issues]);
  const hasConflict = isApiError(update.error, 412);

  const startAdding = (parentCode: string | null) =>
    setEditing({
      isNew: true,
      node: {
        code: suggestChildCode(draft, parentCode),
        parentCode,
        name: '',
        maxPoints: 0,
        method: 'appraised',
        rule: { type: 'binary' },
      },
    });

  const submitNode = (node: FrameworkNodeDto) => {
    if (!editing) return;
    onChange(editing.isNew ? addNode(draft, node) : updateNode(draft, editing.node.code, node));
  };

  const remove = (code: string) => {
    const next = deleteLeaf(draft, code);
    if (next) onChange(next);
  };

  const save = () =>
    update.mutate(
      {
        id: framework.id,
        version: framework.version,
        definition: toFrameworkDefinition(framework, draft),
      },
      {
        onSuccess: () => {
          void message.success(t('frameworkScreens.editor.saved'));
          onDone();
        },
      },
    );

  return (
    <Card
      title={t('frameworkScreens.editor.edit')}
      extra={
        <Space wrap>
          <Button
            icon={<PlusOutlined />}
            data-testid="node-add-area"
            onClick={() => startAdding(null)}
          >
            {t('frameworkScreens.editor.addArea')}
          </Button>
          <Button onClick={onDone}>{t('frameworkScreens.editor.discard')}</Button>
          <Button
            type="primary"
            data-testid="framework-save"
            disabled={issues.length > 0 || hasConflict}
            loading={update.isPending}
            onClick={save}
          >
            {t('frameworkScreens.editor.save')}
          </Button>
        </Space>
      }
    >
      <Flex vertical gap={12}>
        {hasConflict && (
          <VersionConflictAlert
            title={t('frameworkScreens.editor.conflict')}
            hint={t('frameworkScreens.editor.conflictHint')}
            isReloading={isReloading}
            onReload={onReload}
          />
        )}
        {update.isError && !hasConflict && <ErrorAlert error={update.error} />}
        {issues.length > 0 ? (
          <Alert
            type="error"
            showIcon
            data-testid="framework-issues"
            title={t('frameworkScreens.editor.issuesTitle', {
              issues: formatViNumber(issues.length),
            })}
            description={
              <ul style={{ margin: 0, paddingLeft: 20, maxHeight: 200, overflowY: 'auto' }}>
                {issues.map((issue, index) => (
                  <li key={index}>{issue.message}</li>
                ))}
              </ul>
            }
          />
        ) : (
          <Alert type="success" showIcon title={t('frameworkScreens.editor.noIssues')} />
        )}
        <NodeTable
          nodes={draft}
          issuesByCode={issuesByCode}
          onAddChild={startAdding}
          onEdit={(node) => setEditing({ node, isNew: false })}
          onDelete={remove}
        />
      </Flex>
      {editing && (
        <NodeEditorModal
          node={editing.node}
          isNew={editing.isNew}
          nodes={draft}
          onClose={() => setEditing(null)}
          onSubmit={submitNode}
        />
      )}
    </Card>
  );
}
