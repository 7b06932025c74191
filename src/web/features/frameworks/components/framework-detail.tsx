/** Chi tiết bộ chỉ số: header and the node tree; the tree editor, copy and import open from here. */
import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import {
  ArrowLeftOutlined,
  CopyOutlined,
  DownloadOutlined,
  EditOutlined,
  ImportOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type {
  FrameworkDetail as FrameworkDetailDto,
  FrameworkDto,
  FrameworkNodeDto,
} from '@contract/frameworks';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { useExportFrameworkNodes, useFrameworkDetail } from '../api/frameworks-api';
import { CopyFrameworkModal } from './copy-framework-modal';
import { describeDecision, describeUnitTypes } from './framework-labels';
import { FrameworkTreeEditor } from './framework-tree-editor';
import { ImportNodesModal } from './import-nodes-modal';
import { NodeTable } from './node-table';

interface FrameworkDetailProps {
  frameworkId: string;
  onBack: () => void;
  onOpen: (id: string) => void;
}

export function FrameworkDetail({ frameworkId, onBack, onOpen }: FrameworkDetailProps) {
  const { t } = useTranslation();
  const {
    data: framework,
    error,
    isPending,
    refetch,
    isFetching,
  } = useFrameworkDetail(frameworkId);
  // The edited node list; null when not editing.
  const [draft, setDraft] = useState<FrameworkNodeDto[] | null>(null);
  const [dialog, setDialog] = useState<'copy' | 'import' | null>(null);

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (isPending) return <FullPageSpinner />;

  const reload = async () => {
    setDraft(null);
    await refetch();
  };

  return (
    <Flex vertical gap={16}>
      <div>
        <Button type="link" icon={<ArrowLeftOutlined />} onClick={onBack} style={{ padding: 0 }}>
          {t('frameworkScreens.back')}
        </Button>
      </div>
      <FrameworkHeader framework={framework} />
      {draft === null ? (
        <Card
          title={t('frameworkScreens.nodeCount') + `: ${formatViNumber(framework.nodes.length)}`}
          extra={
            <FrameworkActions
              framework={framework}
              onEdit={() => setDraft([...framework.nodes])}
              onCopy={() => setDialog('copy')}
              onImport={() => setDialog('import')}
            />
          }
        >
          <NodeTable nodes={framework.nodes} />
        </Card>
      ) : (
        <FrameworkTreeEditor
          framework={framework}
          draft={draft}
          onChange={setDraft}
          onDone={() => setDraft(null)}
          isReloading={isFetching}
          onReload={() => void reload()}
        />
      )}
      {dialog === 'copy' && (
        <CopyFrameworkModal
          framework={framework}
          onClose={() => setDialog(null)}
          onCopied={(copy) => onOpen(copy.id)}
        />
      )}
      {dialog === 'import' && (
        <ImportNodesModal
          framework={framework}
          onClose={() => setDialog(null)}
          onReload={() => void reload()}
        />
      )}
    </Flex>
  );
}

function FrameworkHeader({ framework }: { framework: FrameworkDto }) {
  const { t } = useTranslation();
  const total = framework.scale.maxTotal;
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="framework-title">
        {framework.name}{' '}
        {framework.illustrative && <Tag color="gold">{t('frameworkScreens.illustrative')}</Tag>}
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('frameworkScreens.column.code')}>
          {framework.code}
        </Descriptions.Item>
        <Descriptions.Item label={t('frameworkScreens.column.kind')}>
          {t(`frameworkScreens.indexKind.${framework.indexKind}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('frameworkScreens.column.year')}>
          {framework.year}
        </Descriptions.Item>
        <Descriptions.Item label={t('frameworkScreens.column.unitTypes')}>
          {describeUnitTypes(framework.unitTypes, t)}
        </Descriptions.Item>
        <Descriptions.Item label={t('frameworkScreens.column.decision')}>
          {describeDecision(framework.decision, t)}
        </Descriptions.Item>
        <Descriptions.Item label={t('frameworkScreens.issuer')}>
          {framework.decision?.issuer ?? t('common.empty')}
        </Descriptions.Item>
        <Descriptions.Item label={t('frameworkScreens.scale')}>
          {total === null
            ? t('frameworkScreens.scaleNoTotal')
            : t('frameworkScreens.scaleTotal', { total: formatViNumber(total, 4) })}
        </Descriptions.Item>
        <Descriptions.Item label={t('frameworkScreens.column.version')}>
          {framework.version}
        </Descriptions.Item>
        {framework.note && (
          <Descriptions.Item label={t('frameworkScreens.note')}>{framework.note}</Descriptions.Item>
        )}
      </Descriptions>
      {framework.description && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0, whiteSpace: 'pre-line' }}>
          {framework.description}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

interface FrameworkActionsProps {
  framework: FrameworkDetailDto;
  onEdit: () => void;
  onCopy: () => void;
  onImport: () => void;
}

function FrameworkActions({ framework, onEdit, onCopy, onImport }: FrameworkActionsProps) {
  const { abilities } = framework;
  const { t } = useTranslation();
  const exportNodes = useExportFrameworkNodes();
  return (
    <Flex vertical align="end" gap={8}>
      <Space wrap>
        <Button
          icon={<DownloadOutlined />}
          loading={exportNodes.isPending}
          data-testid="framework-export"
          onClick={() => exportNodes.mutate(framework.id)}
        >
          {t('frameworkScreens.export.button')}
        </Button>
        {abilities.canImport && (
          <Button icon={<ImportOutlined />} data-testid="framework-import" onClick={onImport}>
            {t('frameworkScreens.import.button')}
          </Button>
        )}
        {abilities.canCopy && (
          <Button icon={<CopyOutlined />} data-testid="framework-copy" onClick={onCopy}>
            {t('frameworkScreens.copy.button')}
          </Button>
        )}
        {abilities.canEdit && (
          <Button
            type="primary"
            icon={<EditOutlined />}
            data-testid="framework-edit"
            onClick={onEdit}
          >
            {t('frameworkScreens.editor.edit')}
          </Button>
        )}
      </Space>
      {exportNodes.isError && <ErrorAlert error={exportNodes.error} />}
    </Flex>
  );
}
