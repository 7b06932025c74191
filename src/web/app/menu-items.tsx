/**
 * The side menu's items, one per module in APP_MODULES' order (the route table's order too). Read
 * from the module list, not the route table: the table lazily loads the layout that shows this
 * menu, and reading it here would close an import cycle.
 */
import type { ReactNode } from 'react';
import type { MenuProps } from 'antd';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FormOutlined,
  LineChartOutlined,
  ProfileOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Me } from '@contract/auth';
import { APP_MODULES, type AppModuleKey } from '@web/lib/app-modules';
import { canOpenModule } from '@web/lib/permissions';

const MODULE_ICONS: Record<AppModuleKey, ReactNode> = {
  overview: <DashboardOutlined />,
  frameworks: <ProfileOutlined />,
  results: <BarChartOutlined />,
  kpis: <LineChartOutlined />,
  assessment: <CheckSquareOutlined />,
  plans: <FileTextOutlined />,
  tasks: <CarryOutOutlined />,
  reports: <SolutionOutlined />,
  surveys: <FormOutlined />,
  organisations: <ApartmentOutlined />,
  users: <TeamOutlined />,
  audit: <AuditOutlined />,
};

type MenuItem = NonNullable<MenuProps['items']>[number] & { key: string };

/**
 * Menu items keyed by path, only for the modules the user can open (a module they cannot open is
 * not offered at all); modules not built yet carry a "Sắp có" tag.
 */
export function buildMenuItems(t: TFunction, me: Me): MenuItem[] {
  return APP_MODULES.filter((module) => canOpenModule(me, module.key)).map((module) => ({
    key: module.path,
    icon: MODULE_ICONS[module.key],
    label: (
      <span>
        {t(`modules.${module.key}.title`)}
        {!module.isReady && (
          <Tag color="gold" style={{ marginInlineStart: 8 }}>
            {t('common.comingSoon')}
          </Tag>
        )}
      </span>
    ),
  }));
}
