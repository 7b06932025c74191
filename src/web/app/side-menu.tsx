/** The side menu: one entry per module, the current one highlighted. */
import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { findModuleByLocation } from '@web/lib/app-modules';
import { buildMenuItems } from './menu-items';

export function SideMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const current = findModuleByLocation(location.pathname);
  return (
    <Menu
      mode="inline"
      items={buildMenuItems(t)}
      selectedKeys={current ? [current.path] : []}
      onClick={({ key }) => void navigate(key)}
    />
  );
}
