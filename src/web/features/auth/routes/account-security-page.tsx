/**
 * Bảo mật tài khoản: two-factor status (turn on with the QR enrolment, new recovery codes, turn
 * off unless the role requires it) and the user's sessions ("Thiết bị này", end one, sign out
 * elsewhere). Reached from the user menu.
 */
import { useState } from 'react';
import { App, Button, Card, Flex, Modal, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatViDateTime } from '@contract/vi-format';
import type { SessionSummary } from '@contract/sessions';
import { useDocumentTitle } from '@web/lib/use-document-title';
import {
  useDisableTwoFactor,
  useEndSession,
  useMySessions,
  useRegenerateRecoveryCodes,
  useSignOutOtherSessions,
  useTwoFactorStatus,
} from '../api/two-factor-api';
import { RecoveryCodesList } from '../components/recovery-codes-list';
import { TwoFactorCodeForm } from '../components/two-factor-code-form';
import { TwoFactorEnrolment } from '../components/two-factor-enrolment';

type Dialog = 'enrol' | 'regenerate' | 'disable' | null;

export function AccountSecurityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('security.pageTitle'));
  return (
    <Flex vertical gap={16} data-testid="account-security-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('security.pageTitle')}
      </Typography.Title>
      <TwoFactorCard />
      <SessionsCard />
    </Flex>
  );
}

function TwoFactorCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const status = useTwoFactorStatus();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableTwoFactor();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => {
    setDialog(null);
    regenerate.reset();
    disable.reset();
    void status.refetch();
  };
  const data = status.data;

  return (
    <Card title={t('security.twoFactorTitle')} loading={status.isPending}>
      {data && (
        <Flex vertical gap={12}>
          <Typography.Text data-testid="two-factor-status">
            {data.isEnabled
              ? t('security.enabledSince', {
                  date: formatViDateTime(data.confirmedAt!),
                  count: data.recoveryCodesLeft,
                })
              : t('security.disabled')}
          </Typography.Text>
          {data.isRequired && <Tag color="blue">{t('security.required')}</Tag>}
          <Space wrap>
            {!data.isEnabled && (
              <Button
                type="primary"
                data-testid="two-factor-enable"
                onClick={() => setDialog('enrol')}
              >
                {t('security.enable')}
              </Button>
            )}
            {data.isEnabled && (
              <Button data-testid="two-factor-regenerate" onClick={() => setDialog('regenerate')}>
                {t('security.regenerate')}
              </Button>
            )}
            {data.isEnabled && !data.isRequired && (
              <Button danger data-testid="two-factor-disable" onClick={() => setDialog('disable')}>
                {t('security.disable')}
              </Button>
            )}
          </Space>
        </Flex>
      )}
      <Modal
        open={dialog !== null}
        title={
          dialog === 'enrol'
            ? t('security.enrolTitle')
            : dialog === 'regenerate'
              ? t('security.regenerate')
              : t('security.disable')
        }
        footer={null}
        onCancel={close}
        destroyOnHidden
      >
        {dialog === 'enrol' && <TwoFactorEnrolment onDone={close} />}
        {dialog === 'regenerate' &&
          (regenerate.data ? (
            <Flex vertical gap={12}>
              <RecoveryCodesList codes={regenerate.data.recoveryCodes} />
              <Button type="primary" onClick={close}>
                {t('security.continue')}
              </Button>
            </Flex>
          ) : (
            <TwoFactorCodeForm
              testId="regenerate"
              submitLabel={t('security.confirm')}
              isPending={regenerate.isPending}
              error={regenerate.error}
              onSubmit={(code) => regenerate.mutate(code)}
            />
          ))}
        {dialog === 'disable' && (
          <TwoFactorCodeForm
            testId="disable"
            submitLabel={t('security.disable')}
            isPending={disable.isPending}
            error={disable.error}
            onSubmit={(code) =>
              disable.mutate(code, {
                onSuccess: () => {
                  void message.success(t('security.disabledDone'));
                  close();
                },
              })
            }
          />
        )}
      </Modal>
    </Card>
  );
}

function SessionsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const sessions = useMySessions();
  const endSession = useEndSession();
  const signOutOthers = useSignOutOtherSessions();
  const unknown = t('security.unknown');

  return (
    <Card
      title={t('security.sessionsTitle')}
      extra={
        <Button
          data-testid="sign-out-others"
          loading={signOutOthers.isPending}
          onClick={() =>
            signOutOthers.mutate(undefined, {
              onSuccess: ({ ended }) =>
                void message.success(t('security.signedOutOthers', { count: ended })),
            })
          }
        >
          {t('security.signOutOthers')}
        </Button>
      }
    >
      <Table<SessionSummary>
        data-testid="sessions-table"
        rowKey="id"
        size="small"
        pagination={false}
        loading={sessions.isPending}
        dataSource={sessions.data?.items ?? []}
        columns={[
          {
            title: t('security.createdAt'),
            render: (_, row) => formatViDateTime(row.createdAt),
          },
          {
            title: t('security.lastSeenAt'),
            render: (_, row) => formatViDateTime(row.lastSeenAt),
          },
          { title: t('security.ip'), render: (_, row) => row.ip ?? unknown },
          {
            title: t('security.userAgent'),
            render: (_, row) => (
              <Typography.Text ellipsis style={{ maxWidth: 320 }}>
                {row.userAgent ?? unknown}
              </Typography.Text>
            ),
          },
          {
            key: 'action',
            render: (_, row) =>
              row.isCurrent ? (
                <Tag color="green" data-testid="this-device">
                  {t('security.thisDevice')}
                </Tag>
              ) : (
                <Button
                  size="small"
                  onClick={() =>
                    endSession.mutate(row.id, {
                      onSuccess: () => void message.success(t('security.sessionEnded')),
                    })
                  }
                >
                  {t('security.endSession')}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
