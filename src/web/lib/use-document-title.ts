/** Sets the browser tab's title: "<page> · parplan – <tagline>". */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(pageTitle: string | null): void {
  const { t } = useTranslation();
  const appTitle = `${t('app.name')} – ${t('app.tagline')}`;
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${appTitle}` : appTitle;
  }, [pageTitle, appTitle]);
}
