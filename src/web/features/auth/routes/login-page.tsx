/** The login page; after signing in, the user lands where they were going (or on Tổng quan). */
import { lazy, Suspense, useState } from 'react';
import { Alert, Flex, theme } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@web/components/language-switch';
import { safeReturnPath } from '@web/lib/app-modules';
import { useDocumentTitle } from '@web/lib/use-document-title';
import type { SecondStepChallenge } from '@contract/auth';
import { LoginForm } from '../components/login-form';

// The second step (a code, or enrolment with its QR) is fetched only by those who need it, so
// the login bundle stays small.
const SecondStep = lazy(() =>
  import('../components/second-step').then((module) => ({ default: module.SecondStep })),
);

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { from?: unknown; signedOut?: boolean } | null;
  const returnTo = safeReturnPath(state?.from);
  useDocumentTitle(t('auth.loginTitle'));
  const { token } = theme.useToken();
  // Headings as antd's Typography draws them, from the theme's tokens: Typography (with its
  // tooltip and editable input) would add ~10 KB compressed to the login bundle for two titles.
  const heading = {
    color: token.colorTextHeading,
    fontWeight: token.fontWeightStrong,
    lineHeight: 1.3,
  };
  const [challenge, setChallenge] = useState<SecondStepChallenge | null>(null);
  const goBack = () => void navigate(returnTo, { replace: true });

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}
    >
      {/* A card drawn with the theme's tokens rather than antd's Card, which brings its tabs
          (~12 KB compressed) into the one bundle that has to stay small. */}
      <div
        style={{
          width: '100%',
          maxWidth: 400,
          boxSizing: 'border-box',
          padding: token.paddingLG,
          background: token.colorBgContainer,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
        }}
      >
        <Flex justify="space-between" align="start">
          <div>
            <h2 style={{ ...heading, fontSize: token.fontSizeHeading2, margin: 0 }}>
              {t('app.name')}
            </h2>
            <span style={{ color: token.colorTextSecondary }}>{t('auth.loginSubtitle')}</span>
          </div>
          <LanguageSwitch />
        </Flex>
        <h4 style={{ ...heading, fontSize: token.fontSizeHeading4, margin: '24px 0 8px' }}>
          {t('auth.loginTitle')}
        </h4>
        {state?.signedOut && (
          <Alert type="info" showIcon title={t('layout.loggedOut')} style={{ marginBottom: 16 }} />
        )}
        {challenge ? (
          <Suspense fallback={null}>
            <SecondStep
              challenge={challenge}
              onSignedIn={goBack}
              onBack={() => setChallenge(null)}
            />
          </Suspense>
        ) : (
          <LoginForm onSignedIn={goBack} onSecondStep={setChallenge} />
        )}
      </div>
    </Flex>
  );
}
