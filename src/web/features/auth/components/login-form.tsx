/** Tên đăng nhập + mật khẩu; shows the API's own message (wrong password, too many attempts). */
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Me, SecondStepChallenge } from '@contract/auth';
import { describeError } from '@web/lib/error-message';
import { useLogin, warmLoginEndpoint } from '../api/auth-api';

interface LoginValues {
  login: string;
  password: string;
}

export function LoginForm({
  onSignedIn,
  onSecondStep,
}: {
  onSignedIn: (me: Me) => void;
  /** The password was right; a code (or enrolment) is due before the session opens anything. */
  onSecondStep: (challenge: SecondStepChallenge) => void;
}) {
  const { t } = useTranslation();
  const loginMutation = useLogin();

  const submit = (values: LoginValues) =>
    loginMutation.mutate(values, {
      onSuccess: (result) => ('secondStep' in result ? onSecondStep(result) : onSignedIn(result)),
    });

  return (
    <Form<LoginValues>
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      // The first keystroke (or autofill) starts importing the login call's schemas, which the
      // form's bundle leaves out; a submit without it imports them beside the request anyway.
      onValuesChange={warmLoginEndpoint}
      disabled={loginMutation.isPending}
    >
      <Form.Item
        name="login"
        label={t('auth.username')}
        rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
      >
        <Input
          data-testid="login-username"
          prefix={<UserOutlined />}
          autoComplete="username"
          autoFocus
          size="large"
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password
          data-testid="login-password"
          prefix={<LockOutlined />}
          autoComplete="current-password"
          size="large"
        />
      </Form.Item>
      {loginMutation.isError && (
        <Alert
          type="error"
          showIcon
          title={describeError(loginMutation.error, t)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Button
        data-testid="login-submit"
        type="primary"
        htmlType="submit"
        size="large"
        block
        loading={loginMutation.isPending}
      >
        {t('auth.submit')}
      </Button>
    </Form>
  );
}
