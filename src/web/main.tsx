// Plumbing: the browser entry — translations, API client wiring, router, render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import '@web/lib/i18n';
import { configureApiClient } from '@web/lib/api-client';
import { forgetSignedInUser, prefetchCurrentUser } from '@web/lib/current-user';
import { LOGIN_PATH } from '@web/lib/app-modules';
import { createQueryClient } from '@web/lib/query-client';
import { AppProviders } from '@web/app/providers';
import { createAppRouter, preloadRoute } from '@web/app/router';

const queryClient = createQueryClient();
// A 401 means the session ended (expired, signed out elsewhere): the auth guard then shows login.
configureApiClient({ onUnauthenticated: () => forgetSignedInUser(queryClient) });
// Opening on a signed-in page: ask for the session and every chunk of that page at once, rather
// than one after another as each level renders (guard → layout → module guard → page).
const { pathname } = window.location;
if (pathname !== LOGIN_PATH) void prefetchCurrentUser(queryClient);
preloadRoute(pathname);
const router = createAppRouter();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
