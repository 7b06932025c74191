/** Mã khôi phục, shown once after enrolment or regeneration, with how to keep them. */
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function RecoveryCodesList({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Title level={5}>{t('security.recoveryTitle')}</Typography.Title>
      <Alert
        type="warning"
        showIcon
        title={t('security.recoveryHint')}
        style={{ marginBottom: 12 }}
      />
      <ol
        data-testid="recovery-codes"
        style={{ fontFamily: 'monospace', fontSize: 16, columns: 2 }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </div>
  );
}
