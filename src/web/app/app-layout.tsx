/** The frame around every signed-in page: side menu, header with tenant, language and account. */
import { Suspense, useEffect, useState } from 'react';
import { App as AntdApp, Flex, Layout, Space, Typography, theme } from 'antd';
import { Link, Outlet, useLocation } from 'react-router';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { LanguageSwitch } from '@web/components/language-switch';
import { NotificationBell } from '@web/components/notification-bell';
import { HeaderSearch } from '@web/features/search/components/header-search';
import { findModuleByLocation } from '@web/lib/app-modules';
// The signed-in screens' words (merged into the dictionary as this chunk loads, before any renders)
// and dates in the interface language: left out of the login page's bundle.
import '@web/lib/signed-in-dictionary';
import '@web/lib/date-locale';
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

  // Below the lg breakpoint the menu folds away behind antd's menu button; it then opens over the
  // page (not beside it) and folds again once a page is chosen.
  const [isNarrow, setIsNarrow] = useState(false);
  const [isMenuFolded, setMenuFolded] = useState(false);
  useEffect(() => {
    if (isNarrow) setMenuFolded(true);
  }, [isNarrow, location.pathname]);

  // antd's App (message, modal, notification contexts for App.useApp) lives here rather than in
  // the providers: only signed-in pages use it, and the login bundle stays without it.
  return (
    <AntdApp>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider
          theme="light"
          width={248}
          breakpoint="lg"
          collapsedWidth={0}
          collapsed={isMenuFolded}
          onCollapse={setMenuFolded}
          onBreakpoint={setIsNarrow}
          // The menu button sits in the header row (64 px high), left of the tenant's name, so it
          // never covers the page's back link below.
          zeroWidthTriggerStyle={{ top: 12, insetInlineEnd: -48, zIndex: 1001 }}
          style={isNarrow ? NARROW_SIDER_STYLE : undefined}
          data-testid="side-menu"
        >
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
              paddingInline: isNarrow ? '60px 12px' : 24,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              gap: 16,
            }}
          >
            {/* On a phone the name wraps onto a second line rather than being cut. */}
            <Typography.Text
              strong
              ellipsis={isNarrow ? false : { tooltip: me.tenant.name }}
              data-testid="tenant-name"
              style={{
                minWidth: 0,
                flex: '1 1 auto',
                ...(isNarrow && { lineHeight: 1.2, whiteSpace: 'normal' }),
              }}
            >
              {me.tenant.name}
            </Typography.Text>
            <Space size={isNarrow ? 'small' : 'middle'} style={{ flex: 'none' }}>
              {/* On a phone the box would squeeze the tenant name: an icon opens the search page. */}
              {isNarrow ? (
                <Link to="/search" aria-label={t('searchScreens.ariaLabel')}>
                  <SearchOutlined />
                </Link>
              ) : (
                <HeaderSearch />
              )}
              <NotificationBell />
              <LanguageSwitch />
              <UserMenu fullName={me.user.fullName} />
            </Space>
          </Layout.Header>
          <Layout.Content style={{ margin: isNarrow ? 12 : 24 }}>
            <Suspense fallback={<FullPageSpinner />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </AntdApp>
  );
}

/** On a narrow screen the opened menu lies over the page, full height, instead of squeezing it. */
const NARROW_SIDER_STYLE = {
  position: 'fixed',
  insetBlock: 0,
  insetInlineStart: 0,
  zIndex: 1000,
  boxShadow: '2px 0 8px rgba(0, 0, 0, 0.15)',
} as const;
