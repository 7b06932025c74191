/** The expanded row: the record before and after the change, side by side, as plain JSON text. */
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@contract/audit';
import { labelAuditObjectType } from './audit-labels';

const preStyle = {
  margin: 0,
  padding: 12,
  background: 'rgba(0, 0, 0, 0.03)',
  borderRadius: 6,
  maxHeight: 360,
  overflow: 'auto',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
  fontSize: 12,
} as const;

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      {/* Text child of <pre>: React escapes it, so nothing from the log is ever read as HTML. */}
      <pre style={preStyle}>
        {value === null || value === undefined ? t('common.empty') : JSON.stringify(value, null, 2)}
      </pre>
    </>
  );
}

export function AuditChange({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const hasChange = event.before != null || event.after != null;
  return (
    <div data-testid="audit-change">
      {hasChange ? (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <JsonBlock title={t('audit.before')} value={event.before} />
          </Col>
          <Col xs={24} md={12}>
            <JsonBlock title={t('audit.after')} value={event.after} />
          </Col>
        </Row>
      ) : (
        <Typography.Text type="secondary">{t('audit.noChange')}</Typography.Text>
      )}
      <Typography.Paragraph
        type="secondary"
        style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}
      >
        {event.objectId && `${labelAuditObjectType(t, event.objectType)} ${event.objectId} · `}
        {t('audit.requestId', { id: event.requestId })}
      </Typography.Paragraph>
    </div>
  );
}
