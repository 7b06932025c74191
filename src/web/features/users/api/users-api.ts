/** Người dùng: accounts and role grants over the contract. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createUser,
  grantRole,
  listUsers,
  revokeRole,
  unlockUserLogin,
  updateUser,
} from '@contract/users';
import { resetUserTwoFactor } from '@contract/two-factor';
import type { EndpointBody, EndpointQuery } from '@contract/endpoint';
import { callApi } from '@web/lib/api-client';
import { currentUserKey } from '@web/lib/current-user';

/** Filters of the user list: a unit and a search text. */
export type UserFilters = NonNullable<EndpointQuery<typeof listUsers>>;

const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => ['users', 'list', filters] as const,
};

/** Users whose home unit the actor may read, filtered, with the actor's abilities (`items`, `abilities`). */
export function useUserList(filters: UserFilters) {
  return useQuery({
    queryKey: userKeys.list(filters),
    queryFn: ({ signal }) => callApi(listUsers, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

// A change may concern the signed-in user's own roles, so Me is refreshed too.
function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: userKeys.all }),
      queryClient.invalidateQueries({ queryKey: currentUserKey }),
    ]);
}

/** Thêm người dùng. */
export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof createUser>) => callApi(createUser, { body }),
    onSuccess: invalidate,
  });
}

/** Sửa người dùng, guarded by the version read (412 when someone saved first). */
export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: {
      id: string;
      version: number;
      changes: EndpointBody<typeof updateUser>;
    }) =>
      callApi(updateUser, {
        params: { id: input.id },
        body: input.changes,
        ifMatch: input.version,
      }),
    onSuccess: invalidate,
  });
}

/** Mở khóa đăng nhập: lifts the lock failed sign-ins put on the user's login. */
export function useUnlockLogin() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (userId: string) => callApi(unlockUserLogin, { params: { id: userId } }),
    onSuccess: invalidate,
  });
}

/** Đặt lại xác thực hai bước: removes the user's authenticator and recovery codes, ends their sessions. */
export function useResetTwoFactor() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (userId: string) => callApi(resetUserTwoFactor, { params: { id: userId } }),
    onSuccess: invalidate,
  });
}

/** Cấp vai trò in an organisation. */
export function useGrantRole() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: { userId: string; body: EndpointBody<typeof grantRole> }) =>
      callApi(grantRole, { params: { id: input.userId }, body: input.body }),
    onSuccess: invalidate,
  });
}

/** Thu hồi vai trò. */
export function useRevokeRole() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: { userId: string; grantId: string }) =>
      callApi(revokeRole, { params: { id: input.userId, grantId: input.grantId } }),
    onSuccess: invalidate,
  });
}
