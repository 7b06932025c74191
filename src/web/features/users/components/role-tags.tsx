/**
 * A user's roles as tags "Vai trò – Đơn vị"; closing a tag (when the server says the actor may
 * revoke that grant) revokes the role after a confirmation.
 */
import { App, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserListItem } from '@contract/users';
import { describeError } from '@web/lib/error-message';
import { useRevokeRole } from '../api/users-api';

const ROLE_COLOURS: Record<UserListItem['roles'][number]['role'], string> = {
  admin: 'red',
  focal: 'purple',
  editor: 'blue',
  leader: 'gold',
  viewer: 'default',
  appraiser: 'cyan',
};

export function RoleTags({ user }: { user: UserListItem }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const revoke = useRevokeRole();

  if (user.roles.length === 0)
    return <Typography.Text type="secondary">{t('users.noRoles')}</Typography.Text>;

  const confirmRevoke = (grant: UserListItem['roles'][number]) =>
    modal.confirm({
      title: t('users.revokeConfirm', {
        role: t(`role.${grant.role}`),
        unit: grant.organisationName,
      }),
      okText: t('users.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        revoke
          .mutateAsync({ userId: user.id, grantId: grant.id })
          .then(() => void message.success(t('users.revoked')))
          .catch((error: unknown) => void message.error(describeError(error, t))),
    });

  return (
    <Flex wrap gap={4}>
      {user.roles.map((grant) => (
        <Tag
          key={grant.id}
          color={ROLE_COLOURS[grant.role]}
          closable={grant.abilities.canRevoke}
          onClose={(event) => {
            event.preventDefault(); // the tag stays until the server has revoked the role
            confirmRevoke(grant);
          }}
        >
          {t(`role.${grant.role}`)} – {grant.organisationName}
        </Tag>
      ))}
    </Flex>
  );
}
