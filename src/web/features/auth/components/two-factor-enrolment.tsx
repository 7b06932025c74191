/**
 * Thiết lập xác thực hai bước: asks the server for a secret, shows its QR code and the secret as
 * text, confirms with a first code, then shows the recovery codes once until "Tiếp tục".
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '@contract/auth';
import { describeError } from '@web/lib/error-message';
import { useConfirmEnrolment, useStartEnrolment } from '../api/two-factor-api';
import { RecoveryCodesList } from './recovery-codes-list';
import { TwoFactorCodeForm } from './two-factor-code-form';

export function TwoFactorEnrolment({ onDone }: { onDone: (me: Me) => void }) {
  const { t } = useTranslation();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const [started, setStarted] = useState(false);

  useEffect(() => {
    // Once per mount: a second secret would replace the one being scanned.
    if (!started) {
      setStarted(true);
      start.mutate();
    }
  }, [started, start]);

  if (confirm.data) {
    const { recoveryCodes, me } = confirm.data;
    return (
      <Flex vertical gap={12}>
        <RecoveryCodesList codes={recoveryCodes} />
        <Button data-testid="enrolment-continue" type="primary" onClick={() => onDone(me)}>
          {t('security.continue')}
        </Button>
      </Flex>
    );
  }
  if (start.isError) return <Alert type="error" showIcon title={describeError(start.error, t)} />;
  if (!start.data) return <Spin />;
  const { qrSvg, secret } = start.data;
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph>{t('security.enrolScan')}</Typography.Paragraph>
      <img
        data-testid="enrolment-qr"
        alt={t('security.enrolQrAlt')}
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg)}`}
        style={{ width: 200, height: 200, alignSelf: 'center' }}
      />
      <Typography.Text>
        {t('security.secretLabel')}:{' '}
        <Typography.Text code copyable data-testid="enrolment-secret">
          {secret}
        </Typography.Text>
      </Typography.Text>
      <Typography.Text type="secondary">{t('security.enrolConfirmHint')}</Typography.Text>
      <TwoFactorCodeForm
        testId="enrolment"
        submitLabel={t('security.confirm')}
        isPending={confirm.isPending}
        error={confirm.error}
        onSubmit={(code) => confirm.mutate(code)}
      />
    </Flex>
  );
}
