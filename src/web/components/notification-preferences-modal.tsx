/** Tùy chọn thông báo: which notices also arrive by e-mail and the daily digest; read-only with an explanation when the server cannot send e-mail. */
import { useState } from 'react';
import { Alert, App, Checkbox, Flex, Modal, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NOTICE_KINDS } from '@contract/reports';
import { isApiError } from '@web/lib/api-client';
import {
  useNotificationPreferences,
  useSaveNotificationPreferences,
} from '@web/lib/notifications-api';
import { ErrorAlert } from './error-alert';
import { FullPageSpinner } from './full-page-spinner';

type NoticeKind = (typeof NOTICE_KINDS)[number];

export function NotificationPreferencesModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const preferences = useNotificationPreferences(true);
  const save = useSaveNotificationPreferences();
  // Null until the user changes something: the form shows the server's values until then.
  const [emailKinds, setEmailKinds] = useState<NoticeKind[] | null>(null);
  const [dailyDigest, setDailyDigest] = useState<boolean | null>(null);
  const [hasConflict, setHasConflict] = useState(false);
  const data = preferences.data;
  const isDisabled = !data?.emailEnabled;

  const submit = () => {
    if (!data) return;
    setHasConflict(false);
    save.mutate(
      {
        version: data.version,
        body: {
          emailKinds: emailKinds ?? data.emailKinds,
          dailyDigest: dailyDigest ?? data.dailyDigest,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('dashboardScreens.notifications.saved'));
          onClose();
        },
        onError: (error) => {
          if (!isApiError(error, 412)) return;
          setHasConflict(true);
          setEmailKinds(null);
          setDailyDigest(null);
          void preferences.refetch();
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('dashboardScreens.notifications.preferences')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ disabled: isDisabled, loading: save.isPending }}
      destroyOnHidden
    >
      {preferences.isPending && <FullPageSpinner />}
      {preferences.isError && (
        <ErrorAlert error={preferences.error} onRetry={() => void preferences.refetch()} />
      )}
      {data && (
        <Flex vertical gap={12} data-testid="notification-preferences-form">
          {!data.emailEnabled && (
            <Alert type="info" showIcon title={t('dashboardScreens.notifications.emailDisabled')} />
          )}
          {hasConflict && (
            <Alert type="warning" showIcon title={t('dashboardScreens.notifications.conflict')} />
          )}
          {save.isError && !hasConflict && <ErrorAlert error={save.error} />}
          <Typography.Text strong>{t('dashboardScreens.notifications.emailKinds')}</Typography.Text>
          <Checkbox.Group<NoticeKind>
            disabled={isDisabled}
            value={emailKinds ?? data.emailKinds}
            onChange={(values) => setEmailKinds(values)}
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={NOTICE_KINDS.map((kind) => ({
              value: kind,
              label: t(`dashboardScreens.notifications.kind.${kind}`),
            }))}
          />
          <Flex gap={8} align="center">
            <Switch
              id="notification-daily-digest"
              disabled={isDisabled}
              checked={dailyDigest ?? data.dailyDigest}
              onChange={(checked) => setDailyDigest(checked)}
            />
            <label htmlFor="notification-daily-digest">
              {t('dashboardScreens.notifications.dailyDigest')}
            </label>
          </Flex>
        </Flex>
      )}
    </Modal>
  );
}
