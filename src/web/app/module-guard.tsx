/**
 * Chặn trang không có quyền: a module the signed-in user cannot open (by the actions
 * /api/auth/me lists) shows a calm "Bạn không có quyền xem trang này" with a way home, instead
 * of the page answering 403 over an empty table.
 */
import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AppModuleKey } from '@web/lib/app-modules';
import { useSignedInUser } from '@web/lib/current-user';
import { canOpenModule } from '@web/lib/permissions';

export function ModuleGuard({
  moduleKey,
  children,
}: {
  moduleKey: AppModuleKey;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  if (canOpenModule(me, moduleKey)) return children;
  return (
    <Result
      status="info"
      data-testid="no-access"
      title={t('homeScreens.noAccessTitle')}
      subTitle={t('homeScreens.noAccessHint')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
