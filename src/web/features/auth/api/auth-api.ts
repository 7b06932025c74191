/** Đăng nhập, đăng xuất, đổi mật khẩu: the session calls and what they do to the client cache. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type * as authContract from '@contract/auth';
import type { EndpointBody } from '@contract/endpoint';
import { callApi, lazyEndpoint, setCsrfToken } from '@web/lib/api-client';
import { forgetSignedInUser, rememberSignedInUser } from '@web/lib/current-user';

// The login form's bundle carries no contract (zod and the auth schemas): these endpoints import it
// when called, and warmLoginEndpoint() starts that once the form is in use.
const loadAuthContract = () => import('@contract/auth');
const login = lazyEndpoint(
  { method: 'POST', path: '/api/auth/login' },
  async () => (await loadAuthContract()).login,
);
const logout = lazyEndpoint(
  { method: 'POST', path: '/api/auth/logout' },
  async () => (await loadAuthContract()).logout,
);
const changeOwnPassword = lazyEndpoint(
  { method: 'POST', path: '/api/auth/password' },
  async () => (await loadAuthContract()).changeOwnPassword,
);

/**
 * Starts importing the login call's schemas before the first submit (the form calls it when first
 * focused), so the answer is not kept waiting for them on a slow line.
 */
export function warmLoginEndpoint(): void {
  void login.load().catch(() => undefined);
}

/**
 * Signs in; on success the client remembers the user and their CSRF token, or, when a second
 * step is due, only the token (the two-factor calls need it; nothing else is open yet).
 */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof authContract.login>) => callApi(login, { body }),
    onSuccess: (result) => {
      if ('secondStep' in result) setCsrfToken(result.csrfToken);
      else rememberSignedInUser(queryClient, result);
    },
  });
}

/** Signs out; the client forgets the session even when the server call fails. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(logout),
    onSettled: () => forgetSignedInUser(queryClient),
  });
}

/** Changes the signed-in user's own password. */
export function useChangeOwnPassword() {
  return useMutation({
    mutationFn: (body: EndpointBody<typeof authContract.changeOwnPassword>) =>
      callApi(changeOwnPassword, { body }),
  });
}
