/** Đăng nhập, đăng xuất, đổi mật khẩu: the session calls and what they do to the client cache. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changeOwnPassword, login, logout } from '@contract/auth';
import type { EndpointBody } from '@contract/endpoint';
import { callApi, setCsrfToken } from '@web/lib/api-client';
import { forgetSignedInUser, rememberSignedInUser } from '@web/lib/current-user';

/**
 * Signs in; on success the client remembers the user and their CSRF token, or, when a second
 * step is due, only the token (the two-factor calls need it; nothing else is open yet).
 */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof login>) => callApi(login, { body }),
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
    mutationFn: (body: EndpointBody<typeof changeOwnPassword>) =>
      callApi(changeOwnPassword, { body }),
  });
}
