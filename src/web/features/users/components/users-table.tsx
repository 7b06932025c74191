/** The user list: login, name, unit, roles, status, last sign-in, and the admin's actions. */
import { Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '@contract/users';
import { formatViDateTime } from '@contract/vi-format';
import { RoleTags } from './role-tags';
import { UnlockLoginButton } from './unlock-login-button';

interface UsersTableProps {
  users: User[];
  isLoading: boolean;
  canManage: boolean;
  onEdit: (user: User) => void;
  onGrantRole: (user: User) => void;
}

export function UsersTable({ users, isLoading, canManage, onEdit, onGrantRole }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <div data-testid="users-table">
      <Table<User>
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
            render: (_, user) => <RoleTags user={user} canRevoke={canManage} />,
          },
          {
            key: 'status',
            title: t('users.status'),
            render: (_, user) =>
              user.isActive ? (
                <Tag color="green">{t('users.active')}</Tag>
              ) : (
                <Tag>{t('users.inactive')}</Tag>
              ),
          },
          {
            key: 'lastLogin',
            title: t('users.lastLogin'),
            render: (_, user) =>
              user.lastLoginAt ? formatViDateTime(user.lastLoginAt) : t('users.neverLoggedIn'),
          },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, user: User) => (
                    <Space>
                      <Button size="small" onClick={() => onEdit(user)}>
                        {t('common.edit')}
                      </Button>
                      <Button size="small" onClick={() => onGrantRole(user)}>
                        {t('users.grantRole')}
                      </Button>
                      <UnlockLoginButton user={user} />
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
