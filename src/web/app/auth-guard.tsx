/** Lets signed-in users through; anyone else goes to the login page, which sends them back here. */
import { Button, Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { useCurrentUserQuery } from '@web/lib/current-user';
import { describeError } from '@web/lib/error-message';
import { LOGIN_PATH } from '@web/lib/app-modules';

/** What the login page reads from the location state to return the user where they wanted. */
export interface LoginRedirectState {
  from: string;
}

export function AuthGuard() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data: me, isPending, error, refetch } = useCurrentUserQuery();

  if (isPending) return <FullPageSpinner label={t('app.loadingSession')} />;
  if (error) {
    return (
      <Result
        status="error"
        title={t('app.sessionFailed')}
        subTitle={describeError(error, t)}
        extra={<Button onClick={() => void refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me) {
    const state: LoginRedirectState = { from: location.pathname + location.search };
    return <Navigate to={LOGIN_PATH} replace state={state} />;
  }
  return <Outlet />;
}
