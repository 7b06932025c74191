/** Thêm người dùng: login, name, e-mail, home unit and an initial password (checked by the server's policy). */
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@web/components/error-alert';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { useFormError } from '@web/lib/use-form-error';
import { useCreateUser } from '../api/users-api';

interface CreateUserValues {
  login: string;
  fullName: string;
  email?: string;
  homeOrganisationId: string;
  password: string;
}

const FIELDS = ['login', 'fullName', 'email', 'homeOrganisationId', 'password'];

export function CreateUserModal({
  defaultOrganisationId,
  onClose,
}: {
  defaultOrganisationId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateUserValues>();
  const create = useCreateUser();
  const { bannerError, clearError, reportError } = useFormError(form, FIELDS);
  const required = { required: true, message: t('users.required') };

  const submit = (values: CreateUserValues) => {
    clearError();
    create.mutate(
      {
        login: values.login.trim(),
        fullName: values.fullName.trim(),
        email: values.email?.trim() || null,
        homeOrganisationId: values.homeOrganisationId,
        password: values.password,
      },
      {
        onSuccess: () => {
          void message.success(t('users.created'));
          onClose();
        },
        onError: reportError,
      },
    );
  };

  return (
    <Modal
      open
      title={t('users.add')}
      okText={t('common.add')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
    >
      <Form<CreateUserValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ homeOrganisationId: defaultOrganisationId }}
        autoComplete="off"
      >
        <Form.Item
          name="login"
          label={t('users.login')}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="fullName"
          label={t('users.fullName')}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="email" label={t('users.email')}>
          <Input type="email" maxLength={200} />
        </Form.Item>
        <Form.Item name="homeOrganisationId" label={t('users.homeUnit')} rules={[required]}>
          <OrganisationTreeSelect />
        </Form.Item>
        <Form.Item name="password" label={t('users.initialPassword')} rules={[required]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
