/** One field for a code (6 digits or a recovery code) with its submit button and the API's message. */
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '@web/lib/error-message';

export function TwoFactorCodeForm({
  onSubmit,
  isPending,
  error,
  submitLabel,
  testId,
}: {
  onSubmit: (code: string) => void;
  isPending: boolean;
  error: Error | null;
  submitLabel: string;
  /** Prefix of the field's and button's test ids. */
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Form<{ code: string }>
      layout="vertical"
      requiredMark={false}
      disabled={isPending}
      onFinish={({ code }) => onSubmit(code.trim())}
    >
      <Form.Item
        name="code"
        label={t('security.codeLabel')}
        rules={[{ required: true, whitespace: true, message: t('security.codeRequired') }]}
      >
        <Input
          data-testid={`${testId}-code`}
          placeholder={t('security.codePlaceholder')}
          autoComplete="one-time-code"
          inputMode="text"
          autoFocus
          size="large"
        />
      </Form.Item>
      {error && (
        <Alert type="error" showIcon title={describeError(error, t)} style={{ marginBottom: 16 }} />
      )}
      <Button
        data-testid={`${testId}-submit`}
        type="primary"
        htmlType="submit"
        block
        size="large"
        loading={isPending}
      >
        {submitLabel}
      </Button>
    </Form>
  );
}
