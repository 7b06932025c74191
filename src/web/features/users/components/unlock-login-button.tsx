/**
 * Mở khóa đăng nhập: after a confirmation, forgets the failed sign-ins that locked the user's
 * login (from every address), so they can sign in again at once. Harmless when nothing is locked.
 */
import { App, Button } from 'antd';
import { UnlockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { User } from '@contract/users';
import { describeError } from '@web/lib/error-message';
import { useUnlockLogin } from '../api/users-api';

export function UnlockLoginButton({ user }: { user: User }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const unlock = useUnlockLogin();
  const confirmUnlock = () =>
    modal.confirm({
      title: t('users.unlockConfirm', { login: user.login }),
      content: t('users.unlockHint'),
      okText: t('users.unlock'),
      cancelText: t('common.cancel'),
      onOk: () =>
        unlock
          .mutateAsync(user.id)
          .then(() => void message.success(t('users.unlocked', { login: user.login })))
          .catch((error: unknown) => void message.error(describeError(error, t))),
    });
  return (
    <Button size="small" icon={<UnlockOutlined />} onClick={confirmUnlock}>
      {t('users.unlock')}
    </Button>
  );
}
