/** Thông báo của tôi: the header bell's notices (polled every minute), marking them read and the e-mail preferences, over the contract. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EndpointBody } from '@contract/endpoint';
import {
  getNotificationPreferences,
  listNotifications,
  markNotificationsRead,
  saveNotificationPreferences,
} from '@contract/reports';
import { callApi } from './api-client';

/** Query keys of notification data. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: ['notifications', 'list'] as const,
  preferences: ['notifications', 'preferences'] as const,
};

/** How often the bell asks for new notices (ms). */
export const NOTIFICATION_POLL_MS = 60_000;

/** The user's notices, newest first, with the unread count; refreshed every minute. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.list,
    queryFn: ({ signal }) => callApi(listNotifications, { signal }),
    refetchInterval: NOTIFICATION_POLL_MS,
  });
}

/** Đánh dấu đã đọc: the given notices, or all of them without ids. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) =>
      callApi(markNotificationsRead, { body: ids === undefined ? {} : { ids } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.list }),
  });
}

/** Tùy chọn thông báo: which kinds also arrive by e-mail, the daily digest, whether e-mail works. */
export function useNotificationPreferences(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: ({ signal }) => callApi(getNotificationPreferences, { signal }),
    enabled,
  });
}

/** Lưu tùy chọn thông báo (If-Match: the preferences' version). */
export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      version: number;
      body: EndpointBody<typeof saveNotificationPreferences>;
    }) => callApi(saveNotificationPreferences, { body: input.body, ifMatch: input.version }),
    onSuccess: (preferences) => queryClient.setQueryData(notificationKeys.preferences, preferences),
  });
}

/** Where a notice's link leads inside the app: a path of this site, never another origin; null otherwise. */
export function toInternalPath(link: string | null): string | null {
  if (link === null) return null;
  // Browsers read "/\host" like "//host": another origin.
  return /^\/(?![/\\])/.test(link) ? link : null;
}

/** What the badge shows: the count, capped at "99+". */
export function formatUnreadCount(count: number): string {
  return count > 99 ? '99+' : String(count);
}
