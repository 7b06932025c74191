/**
 * Tài liệu kiểm chứng of one task: the files with download links and, while the report is
 * editable, an upload; the server's refusal (too big, a type it does not take) is shown as worded.
 */
import { useState } from 'react';
import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadEvidence, type SubmissionDto } from '@contract/reports';
import { formatViNumber } from '@contract/vi-format';
import { downloadFile } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { useUploadEvidence, type ReportAddress } from '../api/reports-api';

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
  const [failure, setFailure] = useState<{ fileName: string; error: unknown } | null>(null);

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
      onError: (error) => setFailure({ fileName: file.name, error }),
    });
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
          <Flex key={file.id} gap={8} align="center" wrap>
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
          title={t('reportScreens.evidence.failed', { name: failure.fileName })}
          description={describeError(failure.error, t)}
        />
      )}
    </Flex>
  );
}

/** "850 KB", "2,4 MB". */
function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatViNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${formatViNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}
