/** The side menu: one entry per module, the current one highlighted. */
import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { findModuleByLocation } from '@web/lib/app-modules';
import { useSignedInUser } from '@web/lib/current-user';
import { buildMenuItems } from './menu-items';

export function SideMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useSignedInUser();
  const current = findModuleByLocation(location.pathname);
  return (
    <Menu
      mode="inline"
      items={buildMenuItems(t, me)}
      selectedKeys={current ? [current.path] : []}
      onClick={({ key }) => void navigate(key)}
    />
  );
}
