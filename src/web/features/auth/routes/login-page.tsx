/** The login page; after signing in, the user lands where they were going (or on Tổng quan). */
import { useState } from 'react';
import { Alert, Card, Flex, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@web/components/language-switch';
import { safeReturnPath } from '@web/lib/app-modules';
import { useDocumentTitle } from '@web/lib/use-document-title';
import type { SecondStepChallenge } from '@contract/auth';
import { LoginForm } from '../components/login-form';
import { SecondStep } from '../components/second-step';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { from?: unknown; signedOut?: boolean } | null;
  const returnTo = safeReturnPath(state?.from);
  useDocumentTitle(t('auth.loginTitle'));
  const [challenge, setChallenge] = useState<SecondStepChallenge | null>(null);
  const goBack = () => void navigate(returnTo, { replace: true });

  if (challenge)
    return (
      <Flex
        vertical
        align="center"
        justify="center"
        style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}
      >
        <Card style={{ width: '100%', maxWidth: 440 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <SecondStep challenge={challenge} onSignedIn={goBack} onBack={() => setChallenge(null)} />
        </Card>
      </Flex>
    );

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="start">
          <div>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('auth.loginSubtitle')}</Typography.Text>
          </div>
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={4} style={{ marginTop: 24 }}>
          {t('auth.loginTitle')}
        </Typography.Title>
        {state?.signedOut && (
          <Alert type="info" showIcon title={t('layout.loggedOut')} style={{ marginBottom: 16 }} />
        )}
        <LoginForm onSignedIn={goBack} onSecondStep={setChallenge} />
      </Card>
    </Flex>
  );
}
