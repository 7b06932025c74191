/** Chuông thông báo: the unread count (polled every minute), a popover of the latest notices, "mark all read" and the e-mail preferences. */
import { useState } from 'react';
import { Badge, Button, Empty, Flex, List, Popover, Typography, theme } from 'antd';
import { BellOutlined, SettingOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EndpointResponse } from '@contract/endpoint';
import type { listNotifications } from '@contract/reports';
import { formatViDateTime } from '@contract/vi-format';
import {
  formatUnreadCount,
  toInternalPath,
  useMarkNotificationsRead,
  useNotifications,
} from '@web/lib/notifications-api';
import { ErrorAlert } from './error-alert';
import { NotificationPreferencesModal } from './notification-preferences-modal';

type Notice = EndpointResponse<typeof listNotifications>['items'][number];

/** How many notices the popover lists (newest first). */
const LATEST_COUNT = 20;

export function NotificationBell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const notifications = useNotifications();
  const [isOpen, setOpen] = useState(false);
  const [isEditingPreferences, setEditingPreferences] = useState(false);
  const unread = notifications.data?.unreadCount ?? 0;

  return (
    <>
      <Popover
        open={isOpen}
        onOpenChange={setOpen}
        trigger="click"
        placement="bottomRight"
        title={t('dashboardScreens.notifications.bell')}
        content={
          <NoticeList
            notices={notifications.data?.items.slice(0, LATEST_COUNT) ?? []}
            unread={unread}
            error={notifications.error}
            onNavigate={() => setOpen(false)}
            onEditPreferences={() => {
              setOpen(false);
              setEditingPreferences(true);
            }}
          />
        }
      >
        <Button
          type="text"
          data-testid="notification-bell"
          aria-label={t('dashboardScreens.notifications.unread', { count: unread })}
          icon={
            <Badge
              size="small"
              offset={[4, -2]}
              count={
                unread > 0 ? (
                  <span
                    data-testid="notification-count"
                    style={{
                      background: token.colorError,
                      color: token.colorTextLightSolid,
                      borderRadius: 8,
                      minWidth: 16,
                      height: 16,
                      lineHeight: '16px',
                      fontSize: 11,
                      padding: '0 4px',
                      textAlign: 'center',
                      boxShadow: `0 0 0 1px ${token.colorBgContainer}`,
                    }}
                  >
                    {formatUnreadCount(unread)}
                  </span>
                ) : null
              }
            >
              <BellOutlined style={{ fontSize: 18 }} />
            </Badge>
          }
        />
      </Popover>
      {isEditingPreferences && (
        <NotificationPreferencesModal onClose={() => setEditingPreferences(false)} />
      )}
    </>
  );
}

interface NoticeListProps {
  notices: Notice[];
  unread: number;
  error: unknown;
  onNavigate: () => void;
  onEditPreferences: () => void;
}

function NoticeList({ notices, unread, error, onNavigate, onEditPreferences }: NoticeListProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const markRead = useMarkNotificationsRead();

  const open = (notice: Notice) => {
    if (notice.readAt === null) markRead.mutate([notice.id]);
    const path = toInternalPath(notice.link);
    if (path !== null) {
      onNavigate();
      void navigate(path);
    }
  };

  return (
    <Flex vertical gap={8} style={{ width: 380, maxWidth: '90vw' }} data-testid="notification-list">
      {error !== null && <ErrorAlert error={error} />}
      {notices.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('dashboardScreens.notifications.empty')}
        />
      ) : (
        <List<Notice>
          size="small"
          style={{ maxHeight: 420, overflowY: 'auto' }}
          dataSource={notices}
          renderItem={(notice) => (
            <List.Item
              data-testid="notification-item"
              style={{ cursor: 'pointer' }}
              onClick={() => open(notice)}
              actions={
                toInternalPath(notice.link) === null
                  ? []
                  : [
                      <Button
                        key="open"
                        type="link"
                        size="small"
                        onClick={(event) => {
                          // The row opens it too: one click, one "read" and one navigation.
                          event.stopPropagation();
                          open(notice);
                        }}
                      >
                        {t('dashboardScreens.notifications.open')}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <Typography.Text strong={notice.readAt === null}>
                    {notice.subject}
                  </Typography.Text>
                }
                description={
                  <Flex vertical>
                    {notice.body !== '' && <Typography.Text>{notice.body}</Typography.Text>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatViDateTime(notice.createdAt)}
                    </Typography.Text>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Flex justify="space-between" gap={8} wrap>
        <Button
          size="small"
          data-testid="notification-mark-all"
          disabled={unread === 0}
          loading={markRead.isPending}
          onClick={() => markRead.mutate(undefined)}
        >
          {t('dashboardScreens.notifications.markAllRead')}
        </Button>
        <Button
          size="small"
          icon={<SettingOutlined />}
          data-testid="notification-preferences"
          onClick={onEditPreferences}
        >
          {t('dashboardScreens.notifications.preferences')}
        </Button>
      </Flex>
    </Flex>
  );
}
