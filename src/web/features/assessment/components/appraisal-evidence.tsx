/** Tài liệu kiểm chứng opened in place: a PDF in a frame, an image inline, other files as a download link, an issued document as its reference. */
import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppraisalEntryDto } from '@contract/assessment-appraisal';
import { formatViDate } from '@contract/vi-format';

type Evidence = AppraisalEntryDto['evidence'][number];

function EvidenceItem({ item }: { item: Evidence }) {
  const { t } = useTranslation();
  if (item.document) {
    const { number, date, issuer, pointer, summary } = item.document;
    return (
      <Typography.Text data-testid="appraisal-evidence-document">
        {[number, date ? formatViDate(date) : null, issuer, pointer].filter(Boolean).join(' · ')}
        {summary ? ` — ${summary}` : ''}
      </Typography.Text>
    );
  }
  if (!item.contentUrl) return <Typography.Text>{item.note}</Typography.Text>;
  if (item.inline && item.contentType === 'application/pdf') {
    return (
      <iframe
        title={item.fileName ?? item.id}
        src={item.contentUrl}
        style={{ width: '100%', height: 480, border: '1px solid #d9d9d9' }}
      />
    );
  }
  if (item.inline) {
    return <img alt={item.fileName ?? ''} src={item.contentUrl} style={{ maxWidth: '100%' }} />;
  }
  return (
    <a href={item.contentUrl} download={item.fileName ?? true}>
      {t('assessmentAppraisal.download')}: {item.fileName}
    </a>
  );
}

export function AppraisalEvidence({ evidence }: { evidence: readonly Evidence[] }) {
  const { t } = useTranslation();
  if (evidence.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('assessmentAppraisal.noEvidence')}
      />
    );
  }
  return (
    <Flex vertical gap={8}>
      {evidence.map((item) => (
        <EvidenceItem key={item.id} item={item} />
      ))}
    </Flex>
  );
}
