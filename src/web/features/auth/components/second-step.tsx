/** The login page's second step: a code from the app or a recovery code, or enrolment when required. */
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me, SecondStepChallenge } from '@contract/auth';
import { useVerifyTwoFactor } from '../api/two-factor-api';
import { TwoFactorCodeForm } from './two-factor-code-form';
import { TwoFactorEnrolment } from './two-factor-enrolment';
import { rememberSignedInUser } from '@web/lib/current-user';
import { useQueryClient } from '@tanstack/react-query';

export function SecondStep({
  challenge,
  onSignedIn,
  onBack,
}: {
  challenge: SecondStepChallenge;
  onSignedIn: (me: Me) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const verify = useVerifyTwoFactor();
  const queryClient = useQueryClient();
  const name = challenge.user.fullName;
  return (
    <div data-testid={`second-step-${challenge.secondStep}`}>
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {t(challenge.secondStep === 'verify' ? 'security.verifyTitle' : 'security.enrolTitle')}
      </Typography.Title>
      {challenge.secondStep === 'verify' ? (
        <>
          <Typography.Paragraph>{t('security.verifyHint', { name })}</Typography.Paragraph>
          <TwoFactorCodeForm
            testId="second-step"
            submitLabel={t('security.verifySubmit')}
            isPending={verify.isPending}
            error={verify.error}
            onSubmit={(code) => verify.mutate(code, { onSuccess: onSignedIn })}
          />
        </>
      ) : (
        <>
          <Typography.Paragraph>{t('security.enrolRequiredHint', { name })}</Typography.Paragraph>
          <TwoFactorEnrolment
            onDone={(me) => {
              rememberSignedInUser(queryClient, me);
              onSignedIn(me);
            }}
          />
        </>
      )}
      <Button type="link" onClick={onBack} style={{ marginTop: 8, paddingLeft: 0 }}>
        {t('security.backToLogin')}
      </Button>
    </div>
  );
}
