/** Xác thực hai bước and phiên đăng nhập: the calls of the second step and "Bảo mật tài khoản". */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  getTwoFactorStatus,
  regenerateRecoveryCodes,
  startTwoFactorEnrolment,
  verifyTwoFactor,
} from '@contract/two-factor';
import { endMySession, listMySessions, signOutOtherSessions } from '@contract/sessions';
import { callApi } from '@web/lib/api-client';
import { rememberSignedInUser } from '@web/lib/current-user';

const statusKey = ['two-factor-status'] as const;
const sessionsKey = ['my-sessions'] as const;

/** The signed-in user's two-factor state. */
export function useTwoFactorStatus() {
  return useQuery({ queryKey: statusKey, queryFn: () => callApi(getTwoFactorStatus) });
}

/** A new secret and its QR code. */
export function useStartEnrolment() {
  return useMutation({ mutationFn: () => callApi(startTwoFactorEnrolment) });
}

/** The first code: two-factor on, recovery codes back (shown once). */
export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => callApi(confirmTwoFactorEnrolment, { body: { code } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: statusKey }),
  });
}

/** The second step of signing in; on success the client remembers the signed-in user. */
export function useVerifyTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => callApi(verifyTwoFactor, { body: { code } }),
    onSuccess: (me) => rememberSignedInUser(queryClient, me),
  });
}

/** New recovery codes (the old ones stop working). */
export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => callApi(regenerateRecoveryCodes, { body: { code } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: statusKey }),
  });
}

/** Turns two-factor off with a code. */
export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => callApi(disableTwoFactor, { body: { code } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: statusKey }),
  });
}

/** The user's signed-in sessions. */
export function useMySessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: () => callApi(listMySessions) });
}

/** Ends one session. */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(endMySession, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

/** Đăng xuất các phiên khác. */
export function useSignOutOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(signOutOtherSessions),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}
