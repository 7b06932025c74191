/**
 * Văn bản của đợt đánh giá: download buttons for the unit's self-assessment report (.docx) and the
 * round's ranking appendix (.docx, .xlsx). The round and results pages drop it in: pass
 * `organisationId` for the report button, `publicationReady` (the round is final or published)
 * for the appendix buttons — false shows them disabled with the reason, undefined hides them.
 */
import { useState } from 'react';
import { App, Button, Flex, Tooltip } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  downloadPublicationDocx,
  downloadPublicationXlsx,
  downloadSelfAssessmentReportDocx,
} from '@contract/assessment-documents';
import { downloadFile } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';

type DocumentKind = 'selfReport' | 'publicationDocx' | 'publicationXlsx';

export function DocumentsLinks({
  roundId,
  organisationId,
  publicationReady,
}: {
  roundId: string;
  organisationId?: string;
  publicationReady?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState<DocumentKind | null>(null);

  const download = async (kind: DocumentKind) => {
    setDownloading(kind);
    try {
      if (kind === 'selfReport') {
        await downloadFile(downloadSelfAssessmentReportDocx, {
          params: { id: roundId, organisationId: organisationId ?? '' },
        });
      } else {
        await downloadFile(
          kind === 'publicationDocx' ? downloadPublicationDocx : downloadPublicationXlsx,
          { params: { id: roundId } },
        );
      }
    } catch (error) {
      void message.error(describeError(error, t));
    } finally {
      setDownloading(null);
    }
  };

  const publicationButton = (kind: 'publicationDocx' | 'publicationXlsx') => (
    <Button
      icon={kind === 'publicationDocx' ? <FileWordOutlined /> : <FileExcelOutlined />}
      data-testid={`assessment-${kind === 'publicationDocx' ? 'publication-docx' : 'publication-xlsx'}`}
      disabled={!publicationReady}
      loading={downloading === kind}
      onClick={() => void download(kind)}
    >
      {t(`assessmentDocuments.${kind}`)}
    </Button>
  );

  return (
    <Flex gap={8} wrap>
      {organisationId && (
        <Tooltip title={t('assessmentDocuments.selfReportHint')}>
          <Button
            icon={<FileWordOutlined />}
            data-testid="assessment-self-report-docx"
            loading={downloading === 'selfReport'}
            onClick={() => void download('selfReport')}
          >
            {t('assessmentDocuments.selfReport')}
          </Button>
        </Tooltip>
      )}
      {publicationReady !== undefined && (
        <Tooltip title={publicationReady ? null : t('assessmentDocuments.publicationNotReady')}>
          {/* A disabled button swallows the pointer: the span lets the reason show on hover. */}
          <span>{publicationButton('publicationDocx')}</span>
        </Tooltip>
      )}
      {publicationReady !== undefined && (
        <Tooltip title={publicationReady ? null : t('assessmentDocuments.publicationNotReady')}>
          <span>{publicationButton('publicationXlsx')}</span>
        </Tooltip>
      )}
    </Flex>
  );
}
