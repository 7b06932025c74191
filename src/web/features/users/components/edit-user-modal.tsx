/** Sửa người dùng: name, e-mail, may sign in, new password — saved with If-Match (412 → reload). */
import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EndpointBody } from '@contract/endpoint';
import type { User, updateUser } from '@contract/users';
import { ErrorAlert } from '@web/components/error-alert';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import { useFormError } from '@web/lib/use-form-error';
import { useUpdateUser } from '../api/users-api';

interface EditUserValues {
  fullName: string;
  email?: string | null;
  isActive: boolean;
  password?: string;
}

const FIELDS = ['fullName', 'email', 'isActive', 'password'];

function toFormValues(user: User): EditUserValues {
  return { fullName: user.fullName, email: user.email, isActive: user.isActive, password: '' };
}

function listChanges(user: User, values: EditUserValues): EndpointBody<typeof updateUser> {
  const changes: EndpointBody<typeof updateUser> = {};
  const email = values.email?.trim() || null;
  if (values.fullName.trim() !== user.fullName) changes.fullName = values.fullName.trim();
  if (email !== user.email) changes.email = email;
  if (values.isActive !== user.isActive) changes.isActive = values.isActive;
  if (values.password) changes.password = values.password;
  return changes;
}

interface EditUserModalProps {
  /** The user as currently cached; after "Tải lại" it carries the newer version. */
  user: User;
  isReloading: boolean;
  onReload: () => void;
  onClose: () => void;
}

export function EditUserModal({ user, isReloading, onReload, onClose }: EditUserModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditUserValues>();
  const update = useUpdateUser();
  const { bannerError, clearError, reportError } = useFormError(form, FIELDS);
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);

  // Once the reload brings a newer version, show it in the form and allow saving again.
  useEffect(() => {
    if (conflictVersion !== null && user.version !== conflictVersion) {
      form.setFieldsValue(toFormValues(user));
      setConflictVersion(null);
    }
  }, [user, conflictVersion, form]);

  const submit = (values: EditUserValues) => {
    clearError();
    const changes = listChanges(user, values);
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(
      { id: user.id, version: user.version, changes },
      {
        onSuccess: () => {
          void message.success(t('users.updated'));
          onClose();
        },
        onError: (error) =>
          isApiError(error, 412) ? setConflictVersion(user.version) : reportError(error),
      },
    );
  };

  return (
    <Modal
      open
      title={t('users.editTitle', { name: user.fullName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ disabled: conflictVersion !== null }}
      confirmLoading={update.isPending}
    >
      <Form<EditUserValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={toFormValues(user)}
      >
        <Form.Item
          name="fullName"
          label={t('users.fullName')}
          rules={[{ required: true, whitespace: true, message: t('users.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="email" label={t('users.email')}>
          <Input type="email" maxLength={200} />
        </Form.Item>
        <Form.Item name="isActive" label={t('users.isActive')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.newPassword')}
          extra={t('users.newPasswordHint')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
      {conflictVersion !== null && (
        <VersionConflictAlert
          title={t('users.conflict')}
          hint={t('users.conflictHint')}
          isReloading={isReloading}
          onReload={onReload}
        />
      )}
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
