/** Cây tiêu chí: the nodes as a tree table; in edit mode each row has its actions and its problems. */
import { useMemo, useState } from 'react';
import { Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FrameworkNodeDto } from '@contract/frameworks';
import { formatViNumber } from '@contract/vi-format';
import { describeScoringRule } from './describe-scoring-rule';
import { describeApplicability } from './framework-labels';
import { buildNodeTreeRows, listRowKeys, type NodeTreeRow } from './node-tree-rows';

interface NodeTableProps {
  nodes: readonly FrameworkNodeDto[];
  /** Validation messages per node code (edit mode). */
  issuesByCode?: ReadonlyMap<string | null, string[]>;
  /** Present in edit mode. */
  onAddChild?: (parentCode: string) => void;
  onEdit?: (node: FrameworkNodeDto) => void;
  onDelete?: (code: string) => void;
}

/**
 * A long cell on one line, cut with "…" and read in full in a tooltip: the tree's eight columns
 * then fit the content area of a 1440 px screen without a horizontal scroll bar.
 */
function clipped(text: string) {
  return (
    <Tooltip title={text} placement="topLeft">
      <span>{text}</span>
    </Tooltip>
  );
}

const CLIPPED = { showTitle: false } as const;

export function NodeTable({ nodes, issuesByCode, onAddChild, onEdit, onDelete }: NodeTableProps) {
  const { t } = useTranslation();
  const rows = useMemo(() => buildNodeTreeRows(nodes), [nodes]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const expandedKeys = useMemo(
    () => listRowKeys(rows).filter((key) => !collapsed.has(key)),
    [rows, collapsed],
  );
  const isEditing = onEdit !== undefined;

  return (
    <Table<NodeTreeRow>
      data-testid="framework-nodes"
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={false}
      // The columns' widths add up to about 1000 px: they fit beside the side menu at 1440 px and
      // scroll sideways only on narrower screens. The header stays in view down a long tree.
      scroll={{ x: 1000 }}
      sticky
      expandable={{
        expandedRowKeys: expandedKeys,
        onExpand: (expanded, row) =>
          setCollapsed((current) => {
            const next = new Set(current);
            if (expanded) next.delete(row.key);
            else next.add(row.key);
            return next;
          }),
      }}
      rowClassName={(row) => (issuesByCode?.has(row.key) ? 'framework-node-invalid' : '')}
      onRow={(row) => (issuesByCode?.has(row.key) ? { style: { background: '#fff2f0' } } : {})}
      columns={[
        {
          key: 'code',
          title: t('frameworkScreens.column.code'),
          width: 130,
          render: (_, row) => {
            const issues = issuesByCode?.get(row.key);
            return (
              <Space size={4}>
                <Typography.Text strong={row.node.parentCode === null}>
                  {row.node.code}
                </Typography.Text>
                {issues && (
                  <Tooltip title={issues.join(' ')}>
                    <WarningOutlined
                      style={{ color: '#cf1322' }}
                      data-testid={`node-issue-${row.key}`}
                    />
                  </Tooltip>
                )}
              </Space>
            );
          },
        },
        {
          key: 'name',
          title: t('frameworkScreens.column.name'),
          render: (_, row) => (
            <>
              {row.node.name}{' '}
              {row.node.isBonus && <Tag color="green">{t('frameworkScreens.bonusTag')}</Tag>}
            </>
          ),
        },
        {
          key: 'maxPoints',
          title: t('frameworkScreens.column.maxPoints'),
          align: 'right',
          width: 72,
          render: (_, row) =>
            Number.isFinite(row.node.maxPoints)
              ? formatViNumber(row.node.maxPoints, 4)
              : t('common.empty'),
        },
        {
          key: 'method',
          title: t('frameworkScreens.column.method'),
          width: 96,
          ellipsis: CLIPPED,
          render: (_, row) =>
            clipped(
              row.node.method ? t(`frameworkScreens.method.${row.node.method}`) : t('common.empty'),
            ),
        },
        {
          key: 'rule',
          title: t('frameworkScreens.column.rule'),
          width: 150,
          ellipsis: CLIPPED,
          render: (_, row) =>
            clipped(row.node.rule ? describeScoringRule(row.node.rule, t) : t('common.empty')),
        },
        {
          key: 'evidence',
          title: t('frameworkScreens.column.evidence'),
          width: 150,
          ellipsis: CLIPPED,
          render: (_, row) => clipped(row.node.evidence ?? t('common.empty')),
        },
        {
          key: 'leadUnit',
          title: t('frameworkScreens.column.leadUnit'),
          width: 130,
          ellipsis: CLIPPED,
          render: (_, row) => clipped(row.node.defaultLeadUnit ?? t('common.empty')),
        },
        {
          key: 'applicability',
          title: t('frameworkScreens.column.applicability'),
          width: 120,
          ellipsis: CLIPPED,
          render: (_, row) => clipped(describeApplicability(row.node, t)),
        },
        ...(isEditing
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                fixed: 'right' as const,
                width: 104,
                render: (_: unknown, row: NodeTreeRow) => (
                  <Space size={0}>
                    <Tooltip title={t('frameworkScreens.editor.addChild')}>
                      <Button
                        type="text"
                        size="small"
                        icon={<PlusOutlined />}
                        aria-label={t('frameworkScreens.editor.addChild')}
                        data-testid={`node-add-${row.key}`}
                        onClick={() => onAddChild?.(row.key)}
                      />
                    </Tooltip>
                    <Tooltip title={t('frameworkScreens.editor.editNode')}>
                      <Button
                        type="text"
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={t('frameworkScreens.editor.editNode')}
                        data-testid={`node-edit-${row.key}`}
                        onClick={() => onEdit?.(row.node)}
                      />
                    </Tooltip>
                    {!row.children && (
                      <Popconfirm
                        title={t('frameworkScreens.editor.deleteConfirm', { code: row.key })}
                        okText={t('frameworkScreens.editor.deleteNode')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => onDelete?.(row.key)}
                      >
                        <Button
                          type="text"
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('frameworkScreens.editor.deleteNode')}
                          data-testid={`node-delete-${row.key}`}
                        />
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
