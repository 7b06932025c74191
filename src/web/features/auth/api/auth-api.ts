/** Đăng nhập, đăng xuất, đổi mật khẩu: the session calls and what they do to the client cache. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changeOwnPassword, login, logout } from '@contract/auth';
import type { EndpointBody } from '@contract/endpoint';
import { callApi } from '@web/lib/api-client';
import { forgetSignedInUser, rememberSignedInUser } from '@web/lib/current-user';

/** Signs in; on success the client remembers the user and their CSRF token. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof login>) => callApi(login, { body }),
    onSuccess: (me) => rememberSignedInUser(queryClient, me),
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
