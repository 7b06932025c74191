/** The frame around every signed-in page: side menu, header with tenant, language and account. */
import { Suspense } from 'react';
import { Flex, Layout, Space, Typography, theme } from 'antd';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { LanguageSwitch } from '@web/components/language-switch';
import { NotificationBell } from '@web/components/notification-bell';
import { HeaderSearch } from '@web/features/search/components/header-search';
import { findModuleByLocation } from '@web/lib/app-modules';
import { useSignedInUser } from '@web/lib/current-user';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { SideMenu } from './side-menu';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const location = useLocation();
  const { token } = theme.useToken();
  const currentModule = findModuleByLocation(location.pathname);
  const pageTitle = currentModule ? t(`modules.${currentModule.key}.title`) : null;

  useDocumentTitle(pageTitle);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="light" width={248} breakpoint="lg" collapsedWidth={0}>
        <Flex vertical style={{ padding: '16px 24px' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('app.tagline')}
          </Typography.Text>
        </Flex>
        <SideMenu />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            paddingInline: 24,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 16,
          }}
        >
          <Typography.Text strong ellipsis data-testid="tenant-name">
            {me.tenant.name}
          </Typography.Text>
          <Space size="middle">
            <HeaderSearch />
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu fullName={me.user.fullName} />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Suspense fallback={<FullPageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
