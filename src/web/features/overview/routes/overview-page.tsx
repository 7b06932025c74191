/** Tổng quan: who the user is, where they work, their roles, and what is coming. */
import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '@web/lib/current-user';
import { RolesTable } from '../components/roles-table';
import { ComingModules } from '../components/coming-modules';

export function OverviewPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const { user, tenant, homeOrganisation } = me;

  return (
    <Flex vertical gap={24}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('overview.greeting', { name: user.fullName })}
      </Typography.Title>
      <Card title={t('overview.account')}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'login', label: t('overview.login'), children: user.login },
            { key: 'email', label: t('overview.email'), children: user.email ?? t('common.empty') },
            {
              key: 'homeUnit',
              label: t('overview.homeUnit'),
              children: `${homeOrganisation.name} (${t(`organisationType.${homeOrganisation.type}`)})`,
            },
            { key: 'tenant', label: t('overview.tenant'), children: tenant.name },
          ]}
        />
      </Card>
      <Card title={t('overview.rolesTitle')}>
        <RolesTable roles={me.roles} />
      </Card>
      <div>
        <Typography.Title level={4}>{t('overview.comingTitle')}</Typography.Title>
        <ComingModules />
      </div>
    </Flex>
  );
}
