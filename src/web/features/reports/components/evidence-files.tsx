/**
 * Tài liệu kiểm chứng of one task: the files with download links, a preview in place for PDF and
 * images, and — while the report is editable — upload, replace and delete; the server's refusal
 * (too big, a type it does not take, already submitted) is shown as worded.
 */
import { useState } from 'react';
import {
  DeleteOutlined,
  DownloadOutlined,
  EyeOutlined,
  PaperClipOutlined,
  SwapOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadEvidence, type SubmissionDto } from '@contract/reports';
import { formatViNumber } from '@contract/vi-format';
import { downloadFile } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import {
  useDeleteEvidence,
  useReplaceEvidence,
  useUploadEvidence,
  type ReportAddress,
} from '../api/reports-api';
import { EvidencePreview, isPreviewable } from './evidence-preview';

type Evidence = SubmissionDto['entries'][number]['evidence'][number];

interface EvidenceFilesProps {
  address: ReportAddress;
  taskId: string;
  files: Evidence[];
  canUpload: boolean;
  /** Saves the report first when it was never saved: the server creates it on the first upload. */
  ensureSaved: () => Promise<boolean>;
}

export function EvidenceFiles({
  address,
  taskId,
  files,
  canUpload,
  ensureSaved,
}: EvidenceFilesProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadEvidence(address, taskId);
  const remove = useDeleteEvidence(address);
  const replace = useReplaceEvidence(address);
  const [failure, setFailure] = useState<{ title: string; error: unknown } | null>(null);
  const [previewed, setPreviewed] = useState<Evidence | null>(null);

  const send = async (file: File) => {
    setFailure(null);
    if (!(await ensureSaved())) return;
    upload.mutate(file, {
      onSuccess: ({ created }) =>
        void message.success(
          t(created ? 'reportScreens.evidence.uploaded' : 'reportScreens.evidence.alreadyThere', {
            name: file.name,
          }),
        ),
      onError: (error) =>
        setFailure({ title: t('reportScreens.evidence.failed', { name: file.name }), error }),
    });
  };

  const changeFailed = (name: string) => (error: unknown) =>
    setFailure({ title: t('reportScreens.evidence.changeFailed', { name }), error });

  const sendReplacement = (old: Evidence, file: File) => {
    setFailure(null);
    replace.mutate(
      { evidenceId: old.id, file },
      {
        onSuccess: ({ evidence }) =>
          void message.success(t('reportScreens.evidence.replaced', { name: evidence.fileName })),
        onError: changeFailed(old.fileName),
      },
    );
  };

  const sendDelete = (file: Evidence) => {
    setFailure(null);
    return remove
      .mutateAsync(file.id)
      .then(
        () => void message.success(t('reportScreens.evidence.deleted', { name: file.fileName })),
        changeFailed(file.fileName),
      );
  };

  const download = (file: Evidence) =>
    downloadFile(downloadEvidence, { params: { id: file.id } }).catch((error: unknown) =>
      message.error(describeError(error, t)),
    );

  return (
    <Flex vertical gap={8} data-testid={`evidence-${taskId}`}>
      <Typography.Text strong>{t('reportScreens.evidence.title')}</Typography.Text>
      {files.length === 0 ? (
        <Typography.Text type="secondary">{t('reportScreens.evidence.none')}</Typography.Text>
      ) : (
        files.map((file) => (
          <Flex key={file.id} gap={8} align="center" wrap data-testid={`evidence-file-${file.id}`}>
            <PaperClipOutlined />
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              icon={<DownloadOutlined />}
              title={t('reportScreens.evidence.download')}
              onClick={() => void download(file)}
            >
              {file.fileName}
            </Button>
            <Typography.Text type="secondary">{formatFileSize(file.sizeBytes)}</Typography.Text>
            {isPreviewable(file) && (
              <Button
                size="small"
                icon={<EyeOutlined />}
                data-testid={`evidence-preview-${file.id}`}
                onClick={() => setPreviewed(file)}
              >
                {t('reportScreens.evidence.preview')}
              </Button>
            )}
            {canUpload && (
              <>
                <Upload
                  multiple={false}
                  showUploadList={false}
                  beforeUpload={(replacement) => {
                    sendReplacement(file, replacement);
                    return false;
                  }}
                >
                  <Button
                    size="small"
                    icon={<SwapOutlined />}
                    data-testid={`evidence-replace-${file.id}`}
                    loading={replace.isPending && replace.variables?.evidenceId === file.id}
                  >
                    {t('reportScreens.evidence.replace')}
                  </Button>
                </Upload>
                <Popconfirm
                  title={t('reportScreens.evidence.deleteConfirm', { name: file.fileName })}
                  okText={t('reportScreens.evidence.delete')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true, ...{ 'data-testid': 'evidence-delete-confirm' } }}
                  onConfirm={() => sendDelete(file)}
                >
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    data-testid={`evidence-delete-${file.id}`}
                  >
                    {t('reportScreens.evidence.delete')}
                  </Button>
                </Popconfirm>
              </>
            )}
          </Flex>
        ))
      )}
      {canUpload && (
        <div data-testid={`evidence-upload-${taskId}`}>
          <Upload
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('reportScreens.evidence.upload')}
            </Button>
          </Upload>
        </div>
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          data-testid={`evidence-error-${taskId}`}
          title={failure.title}
          description={describeError(failure.error, t)}
        />
      )}
      <EvidencePreview
        file={previewed}
        onClose={() => setPreviewed(null)}
        onDownload={(file) => void download(file)}
      />
    </Flex>
  );
}

/** "850 KB", "2,4 MB". */
function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatViNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${formatViNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}
