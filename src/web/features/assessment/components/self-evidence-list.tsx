/**
 * Tài liệu kiểm chứng của một tiêu chí: the list (files open in place when PDF or image, else
 * download), upload, "Thêm văn bản" and "Dùng minh chứng từ nhiệm vụ".
 */
import { useState } from 'react';
import { App, Button, Flex, List, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  getSelfEvidenceContent,
  type AssessmentEvidenceDto,
  type SelfNodeDto,
} from '@contract/assessment-self';
import { formatViDate } from '@contract/vi-format';
import { urlOf } from '@web/lib/api-client';
import { useEvidenceWrites, type SelfAddress } from '../api/self-api';
import { SelfDocumentModal } from './self-document-modal';
import { SelfProposalsDrawer } from './self-proposals-drawer';

interface Props {
  address: SelfAddress;
  node: SelfNodeDto;
  evidence: AssessmentEvidenceDto[];
  canEdit: boolean;
}

export function SelfEvidenceList({ address, node, evidence, canEdit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const writes = useEvidenceWrites(address, node.code);
  const [isDocumentOpen, setDocumentOpen] = useState(false);
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  const fail = (error: unknown) =>
    message.error(error instanceof Error ? error.message : String(error));

  return (
    <Flex vertical gap={4} data-testid={`self-evidence-${node.code}`}>
      <Typography.Text strong>{t('assessmentSelf.evidence.title')}</Typography.Text>
      {node.evidenceText && (
        <Typography.Text type="secondary">
          {t('assessmentSelf.evidence.asked', { text: node.evidenceText })}
        </Typography.Text>
      )}
      {evidence.length === 0 ? (
        <Typography.Text type="secondary">{t('assessmentSelf.evidence.none')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={evidence}
          renderItem={(item) => (
            <List.Item
              data-testid="self-evidence-item"
              actions={
                canEdit
                  ? [
                      <Button
                        key="remove"
                        size="small"
                        danger
                        type="link"
                        loading={writes.remove.isPending && writes.remove.variables === item.id}
                        onClick={() => writes.remove.mutate(item.id, { onError: fail })}
                      >
                        {t('assessmentSelf.evidence.remove')}
                      </Button>,
                    ]
                  : []
              }
            >
              <EvidenceLine item={item} />
            </List.Item>
          )}
        />
      )}
      {canEdit && (
        <Flex gap={8} wrap>
          <Upload
            showUploadList={false}
            accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
            customRequest={({ file, onSuccess, onError }) =>
              writes.upload.mutate(file as File, {
                onSuccess: (result) => onSuccess?.(result),
                onError: (error) => {
                  fail(error);
                  onError?.(error);
                },
              })
            }
          >
            <Button size="small" loading={writes.upload.isPending}>
              {t('assessmentSelf.evidence.upload')}
            </Button>
          </Upload>
          <Button size="small" onClick={() => setDocumentOpen(true)}>
            {t('assessmentSelf.evidence.addDocument')}
          </Button>
          <Button
            size="small"
            data-testid={`self-from-task-${node.code}`}
            onClick={() => setDrawerOpen(true)}
          >
            {t('assessmentSelf.evidence.fromTask')}
          </Button>
        </Flex>
      )}
      <SelfDocumentModal
        open={isDocumentOpen}
        saving={writes.addDocument.isPending}
        onCancel={() => setDocumentOpen(false)}
        onSubmit={(document) =>
          writes.addDocument.mutate(document, {
            onSuccess: () => setDocumentOpen(false),
            onError: fail,
          })
        }
      />
      <SelfProposalsDrawer
        address={address}
        node={node}
        open={isDrawerOpen}
        onClose={() => setDrawerOpen(false)}
        attaching={writes.fromTask.isPending}
        onUse={(choice) => writes.fromTask.mutate(choice, { onError: fail })}
      />
    </Flex>
  );
}

function EvidenceLine({ item }: { item: AssessmentEvidenceDto }) {
  const { t } = useTranslation();
  const href = item.fileName
    ? urlOf(
        getSelfEvidenceContent,
        { evidenceId: item.id },
        { inline: item.previewable ? 'true' : undefined },
      )
    : null;
  const document = item.document;
  return (
    <Flex vertical gap={0}>
      <Flex gap={6} align="center" wrap>
        <Tag>{t(`assessmentSelf.evidence.kind.${item.kind}`)}</Tag>
        {href ? (
          <a href={href} target="_blank" rel="noreferrer">
            {item.fileName}
          </a>
        ) : (
          <span>
            {[
              document?.number,
              document?.date ? formatViDate(document.date) : null,
              document?.issuer,
              document?.pointer,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        )}
      </Flex>
      {document?.summary && <Typography.Text type="secondary">{document.summary}</Typography.Text>}
      {item.sourceTask && (
        <Typography.Text type="secondary">
          {t('assessmentSelf.evidence.fromTaskNote', { task: item.sourceTask.content })}
        </Typography.Text>
      )}
    </Flex>
  );
}
