// Plumbing: query cache, translations and antd's theme and locale around the whole app (antd's
// App, for message/modal/notification, is added by the signed-in layout: the login page needs none).
import { ConfigProvider } from 'antd';
// The ES builds of the locales: `antd/locale/*` resolves to the CommonJS copies, which bring a
// second copy of the date-picker and pagination locales into the entry bundle.
import viVN from 'antd/es/locale/vi_VN';
import enUS from 'antd/es/locale/en_US';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { i18next } from '@web/lib/i18n';

function LocalisedAntd({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.resolvedLanguage === 'en' ? enUS : viVN}>
      {children}
    </ConfigProvider>
  );
}

export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18next}>
        <LocalisedAntd>{children}</LocalisedAntd>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
