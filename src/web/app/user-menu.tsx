/** The header's account menu: the user's full name, "Đổi mật khẩu", "Bảo mật tài khoản" and "Đăng xuất". */
import { useState } from 'react';
import { Button, Dropdown, type MenuProps } from 'antd';
import {
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  SafetyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ChangePasswordModal } from '@web/features/auth/components/change-password-modal';
import { useLogout } from '@web/features/auth/api/auth-api';
import { LOGIN_PATH } from '@web/lib/app-modules';

export function UserMenu({ fullName }: { fullName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [isChangingPassword, setChangingPassword] = useState(false);

  const signOut = () => {
    // Leave the guarded pages synchronously first: were the layout still on screen when the
    // session is forgotten, the guard would redirect again and drop the "signed out" notice.
    void navigate(LOGIN_PATH, { replace: true, state: { signedOut: true }, flushSync: true });
    logout.mutate();
  };

  const items: MenuProps['items'] = [
    {
      key: 'change-password',
      icon: <KeyOutlined />,
      label: <span data-testid="change-password">{t('layout.changePassword')}</span>,
      onClick: () => setChangingPassword(true),
    },
    {
      key: 'security',
      icon: <SafetyOutlined />,
      label: <span data-testid="account-security">{t('security.menu')}</span>,
      onClick: () => void navigate('/account/security'),
    },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: <span data-testid="logout">{t('layout.logout')}</span>,
      onClick: signOut,
    },
  ];

  return (
    <>
      <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
        <Button
          type="text"
          data-testid="user-menu"
          aria-label={t('layout.userMenu')}
          icon={<UserOutlined />}
        >
          <span className="user-menu-name">{fullName}</span> <DownOutlined />
        </Button>
      </Dropdown>
      {isChangingPassword && <ChangePasswordModal onClose={() => setChangingPassword(false)} />}
    </>
  );
}
