/** Vai trò của bạn: each role the user holds, in which unit and what kind of unit. */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '@contract/auth';

type RoleGrant = Me['roles'][number];

export function RolesTable({ roles }: { roles: RoleGrant[] }) {
  const { t } = useTranslation();
  return (
    <div data-testid="overview-roles">
      <Table<RoleGrant>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={roles}
        locale={{ emptyText: t('overview.noRoles') }}
        columns={[
          { key: 'role', title: t('overview.role'), render: (_, grant) => t(`role.${grant.role}`) },
          { key: 'unit', title: t('overview.unit'), dataIndex: 'organisationName' },
          {
            key: 'unitType',
            title: t('overview.unitType'),
            render: (_, grant) => t(`organisationType.${grant.organisationType}`),
          },
        ]}
      />
    </div>
  );
}
