/**
 * Xem trước minh chứng: a PDF in an <iframe> or an image in an <img>, both from the inline
 * endpoint (same origin, so the app's CSP allows them), in a modal with a download button.
 */
import { Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { previewEvidence, type SubmissionDto } from '@contract/reports';
import { urlOf } from '@web/lib/api-client';

type Evidence = SubmissionDto['entries'][number]['evidence'][number];

/** Loại tệp xem được trong trang; Word and Excel are downloaded. */
export function isPreviewable(file: Pick<Evidence, 'contentType'>): boolean {
  return ['application/pdf', 'image/png', 'image/jpeg'].includes(file.contentType);
}

interface EvidencePreviewProps {
  file: Evidence | null;
  onClose: () => void;
  onDownload: (file: Evidence) => void;
}

export function EvidencePreview({ file, onClose, onDownload }: EvidencePreviewProps) {
  const { t } = useTranslation();
  const url = file ? urlOf(previewEvidence, { id: file.id }) : '';
  return (
    <Modal
      open={file !== null}
      onCancel={onClose}
      title={file ? t('reportScreens.evidence.previewTitle', { name: file.fileName }) : ''}
      width="min(1000px, 96vw)"
      destroyOnHidden
      footer={
        file && (
          <Button onClick={() => onDownload(file)}>{t('reportScreens.evidence.download')}</Button>
        )
      }
    >
      {file?.contentType === 'application/pdf' && (
        <iframe
          data-testid="evidence-preview-frame"
          title={file.fileName}
          src={url}
          style={{ width: '100%', height: '75vh', border: 0 }}
        />
      )}
      {file && file.contentType.startsWith('image/') && (
        <img
          data-testid="evidence-preview-image"
          alt={file.fileName}
          src={url}
          style={{ maxWidth: '100%', maxHeight: '75vh', display: 'block', margin: '0 auto' }}
        />
      )}
    </Modal>
  );
}
