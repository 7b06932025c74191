/**
 * Vai trò trên đơn vị đã kết thúc hoạt động (administrators only): each role still held on a unit
 * closed by the 2025 merger, with one button per successor unit to move it there.
 */
import { App, Button, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ClosedUnitGrant } from '@contract/overview';
import { formatViDate } from '@contract/vi-format';
import { describeError } from '@web/lib/error-message';
import { useMoveGrant } from '../api/overview-api';
import { TodoCard } from './todo-card';

export function ClosedUnitGrants({ grants }: { grants: readonly ClosedUnitGrant[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const move = useMoveGrant();
  return (
    <TodoCard
      title={t('homeScreens.closedUnitGrants')}
      items={grants}
      testId="home-closed-grants"
      rowKey={(grant) => grant.grantId}
      renderItem={(grant) => (
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          <span>
            <Typography.Text strong>{grant.user.fullName}</Typography.Text> ({grant.user.login}) —{' '}
            {t(`role.${grant.role}`)} · {grant.organisation.name} (
            {t('homeScreens.closedOn', { date: formatViDate(grant.organisation.validTo) })})
          </span>
          {grant.successors.length === 0 ? (
            <Typography.Text type="secondary">
              <Link to="/users">{t('homeScreens.noSuccessor')}</Link>
            </Typography.Text>
          ) : (
            <Space wrap>
              {grant.successors.map((successor) => (
                <Button
                  key={successor.id}
                  size="small"
                  type="primary"
                  loading={move.isPending && move.variables?.grantId === grant.grantId}
                  onClick={() =>
                    move.mutate(
                      { grantId: grant.grantId, successorId: successor.id },
                      {
                        onSuccess: () =>
                          void message.success(t('homeScreens.moved', { name: successor.name })),
                        onError: (error) => void message.error(describeError(error, t)),
                      },
                    )
                  }
                >
                  {t('homeScreens.moveTo', { name: successor.name })}
                </Button>
              ))}
            </Space>
          )}
        </Space>
      )}
    />
  );
}
