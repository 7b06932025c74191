/** Cấp vai trò: a role in one organisation (the role reaches that unit and, for reading, those below). */
import { App, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '@contract/users';
import { ErrorAlert } from '@web/components/error-alert';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { ROLE_VALUES, type RoleValue } from '@web/lib/contract-values';
import { useFormError } from '@web/lib/use-form-error';
import { useGrantRole } from '../api/users-api';

interface GrantRoleValues {
  role: RoleValue;
  organisationId: string;
}

const FIELDS = ['role', 'organisationId'];

export function GrantRoleModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<GrantRoleValues>();
  const grant = useGrantRole();
  const { bannerError, clearError, reportError } = useFormError(form, FIELDS);
  const required = { required: true, message: t('users.required') };

  const submit = (values: GrantRoleValues) => {
    clearError();
    grant.mutate(
      { userId: user.id, body: values },
      {
        onSuccess: () => {
          void message.success(t('users.granted'));
          onClose();
        },
        onError: reportError,
      },
    );
  };

  return (
    <Modal
      open
      title={t('users.grantRoleTitle', { name: user.fullName })}
      okText={t('users.grantRole')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={grant.isPending}
    >
      <Form<GrantRoleValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ organisationId: user.homeOrganisationId }}
      >
        <Form.Item name="role" label={t('users.role')} rules={[required]}>
          <Select
            options={ROLE_VALUES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          />
        </Form.Item>
        <Form.Item name="organisationId" label={t('users.roleUnit')} rules={[required]}>
          <OrganisationTreeSelect />
        </Form.Item>
      </Form>
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
