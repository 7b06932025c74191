/**
 * Đặt lại xác thực hai bước, for a user who lost their phone and their recovery codes: after a
 * confirmation that says what the server does (mfa/two-factor.service resetUserTwoFactor) — the
 * authenticator and recovery codes stop working, every session of the user ends, the lock from
 * wrong codes is lifted; the next sign-in needs only the password, or sends them to set it up
 * again when their role requires it. Shown only when the list's `canResetTwoFactor` says so.
 */
import { App, Button } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { User } from '@contract/users';
import { describeError } from '@web/lib/error-message';
import { useResetTwoFactor } from '../api/users-api';

export function ResetTwoFactorButton({ user }: { user: User }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const reset = useResetTwoFactor();
  const confirmReset = () =>
    modal.confirm({
      title: t('users.resetTwoFactorConfirm', { login: user.login }),
      content: <span data-testid="reset-two-factor-hint">{t('users.resetTwoFactorHint')}</span>,
      okText: t('users.resetTwoFactor'),
      okButtonProps: { danger: true, ...{ 'data-testid': 'reset-two-factor-ok' } },
      cancelText: t('common.cancel'),
      onOk: () =>
        reset
          .mutateAsync(user.id)
          .then(() => void message.success(t('users.resetTwoFactorDone', { login: user.login })))
          .catch((error: unknown) => void message.error(describeError(error, t))),
    });
  return (
    <Button
      size="small"
      danger
      icon={<SafetyOutlined />}
      data-testid="reset-two-factor"
      onClick={confirmReset}
    >
      {t('users.resetTwoFactor')}
    </Button>
  );
}
