/** Người dùng: accounts filtered by unit and text, with creation, editing and role grants. */
import { useState } from 'react';
import { Button, Card, Flex, Input, Typography } from 'antd';
import { SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@web/components/error-alert';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { useDebouncedValue } from '@web/lib/use-debounced-value';
import { useUserList } from '../api/users-api';
import { UsersTable } from '../components/users-table';
import { CreateUserModal } from '../components/create-user-modal';
import { EditUserModal } from '../components/edit-user-modal';
import { GrantRoleModal } from '../components/grant-role-modal';

type OpenModal = { kind: 'create' } | { kind: 'edit' | 'grant'; userId: string } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const [organisationId, setOrganisationId] = useState<string | undefined>(undefined);
  const [searchText, setSearchText] = useState('');
  const q = useDebouncedValue(searchText.trim()) || undefined;
  const { data, isFetching, error, refetch } = useUserList({ organisationId, q });
  const users = data?.items ?? [];
  const [openModal, setOpenModal] = useState<OpenModal>(null);

  // Modals read the user from the latest list, so "Tải lại" after a 412 hands them the new version.
  const openUser =
    openModal && openModal.kind !== 'create'
      ? users.find((user) => user.id === openModal.userId)
      : undefined;
  const close = () => setOpenModal(null);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('users.pageTitle')}
        </Typography.Title>
        {data?.abilities.canCreate && (
          <Button
            type="primary"
            icon={<UserAddOutlined />}
            onClick={() => setOpenModal({ kind: 'create' })}
          >
            {t('users.add')}
          </Button>
        )}
      </Flex>
      <Card>
        <Flex vertical gap={16}>
          <Flex gap={12} wrap>
            <OrganisationTreeSelect
              style={{ minWidth: 320 }}
              placeholder={t('users.filterUnit')}
              value={organisationId}
              onChange={(value: string | undefined) => setOrganisationId(value)}
            />
            <Input
              data-testid="users-search"
              style={{ maxWidth: 320 }}
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('users.searchPlaceholder')}
              value={searchText}
              onChange={(event) => setSearchText(event.target.value)}
            />
          </Flex>
          {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          <UsersTable
            users={users}
            isLoading={isFetching}
            onEdit={(user) => setOpenModal({ kind: 'edit', userId: user.id })}
            onGrantRole={(user) => setOpenModal({ kind: 'grant', userId: user.id })}
          />
        </Flex>
      </Card>
      {openModal?.kind === 'create' && (
        <CreateUserModal defaultOrganisationId={organisationId} onClose={close} />
      )}
      {openModal?.kind === 'edit' && openUser && (
        <EditUserModal
          user={openUser}
          isReloading={isFetching}
          onReload={() => void refetch()}
          onClose={close}
        />
      )}
      {openModal?.kind === 'grant' && openUser && (
        <GrantRoleModal user={openUser} onClose={close} />
      )}
    </Flex>
  );
}
