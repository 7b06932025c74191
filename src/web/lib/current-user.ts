/** The signed-in user (Me), shared by the layout, the guard and every feature that checks roles. */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Me } from '@contract/auth';
import { callApi, isApiError, lazyEndpoint, setCsrfToken } from './api-client';

/** Query key of the signed-in user; its data is null when nobody is signed in. */
export const currentUserKey = ['current-user'] as const;

// Lazy: the app's entry asks for the session at once, and its schema (with zod) arrives beside the
// answer rather than in the bundle every visitor of the login page downloads.
const getMe = lazyEndpoint(
  { method: 'GET', path: '/api/auth/me' },
  async () => (await import('@contract/auth')).getMe,
);

async function fetchCurrentUser(): Promise<Me | null> {
  try {
    const me = await callApi(getMe);
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

const currentUserQuery = {
  queryKey: currentUserKey,
  queryFn: fetchCurrentUser,
  staleTime: Infinity,
  retry: false,
} as const;

/** Loads who is signed in (null when the session is missing or expired). */
export function useCurrentUserQuery() {
  return useQuery(currentUserQuery);
}

/** Asks who is signed in before the guard renders (the app opening on a signed-in page). */
export function prefetchCurrentUser(queryClient: QueryClient): Promise<void> {
  return queryClient.prefetchQuery(currentUserQuery);
}

/** The signed-in user; only for screens behind the auth guard, which guarantees one. */
export function useSignedInUser(): Me {
  const { data } = useCurrentUserQuery();
  if (!data) throw new Error('useSignedInUser used outside the auth guard');
  return data;
}

/** Starts a session in the client after login: forget everything cached for anyone else. */
export function rememberSignedInUser(queryClient: QueryClient, me: Me): void {
  setCsrfToken(me.csrfToken);
  queryClient.clear();
  queryClient.setQueryData(currentUserKey, me);
}

/** Ends the session in the client (logout or a 401): the guard then sends the user to login. */
export function forgetSignedInUser(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserKey[0] });
  queryClient.setQueryData(currentUserKey, null);
}
