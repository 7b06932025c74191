/**
 * The user list: login, name, unit, roles, status (with "Xác thực 2 bước" when it is on), last
 * sign-in, and what the actor may do with each.
 */
import { Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserListItem } from '@contract/users';
import { formatViDateTime } from '@contract/vi-format';
import { RoleTags } from './role-tags';
import { UnlockLoginButton } from './unlock-login-button';
import { ResetTwoFactorButton } from './reset-two-factor-button';

interface UsersTableProps {
  users: UserListItem[];
  isLoading: boolean;
  onEdit: (user: UserListItem) => void;
  onGrantRole: (user: UserListItem) => void;
}

const hasAnyAbility = ({ abilities }: UserListItem) =>
  abilities.canEdit || abilities.canGrantRole || abilities.canUnlock || abilities.canResetTwoFactor;

export function UsersTable({ users, isLoading, onEdit, onGrantRole }: UsersTableProps) {
  const { t } = useTranslation();
  // The column appears when the actor may do something with one of the listed accounts.
  const showActions = users.some(hasAnyAbility);
  return (
    <div data-testid="users-table">
      <Table<UserListItem>
        rowKey="id"
        size="middle"
        loading={isLoading}
        dataSource={users}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ x: 1150 }}
        columns={[
          { key: 'login', title: t('users.login'), dataIndex: 'login' },
          { key: 'fullName', title: t('users.fullName'), dataIndex: 'fullName' },
          { key: 'homeUnit', title: t('users.homeUnit'), dataIndex: 'homeOrganisationName' },
          {
            key: 'roles',
            title: t('users.roles'),
            render: (_, user) => <RoleTags user={user} />,
          },
          {
            key: 'status',
            title: t('users.status'),
            render: (_, user) => (
              <Space size={4} wrap>
                {user.isActive ? (
                  <Tag color="green">{t('users.active')}</Tag>
                ) : (
                  <Tag>{t('users.inactive')}</Tag>
                )}
                {user.twoFactorEnabled && (
                  <Tag color="blue" data-testid="two-factor-tag">
                    {t('users.twoFactorOn')}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            key: 'lastLogin',
            title: t('users.lastLogin'),
            render: (_, user) =>
              user.lastLoginAt ? formatViDateTime(user.lastLoginAt) : t('users.neverLoggedIn'),
          },
          ...(showActions
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, user: UserListItem) => (
                    <Space>
                      {user.abilities.canEdit && (
                        <Button size="small" onClick={() => onEdit(user)}>
                          {t('common.edit')}
                        </Button>
                      )}
                      {user.abilities.canGrantRole && (
                        <Button size="small" onClick={() => onGrantRole(user)}>
                          {t('users.grantRole')}
                        </Button>
                      )}
                      {user.abilities.canUnlock && <UnlockLoginButton user={user} />}
                      {user.abilities.canResetTwoFactor && <ResetTwoFactorButton user={user} />}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
