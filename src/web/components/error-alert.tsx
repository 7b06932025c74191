/** An error banner with the API's message (plain text, never HTML) and an optional retry. */
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  // Trying again cannot help when the server refused the request itself (403, 404, 400…).
  const canRetry =
    onRetry !== undefined && !(isApiError(error) && error.status >= 400 && error.status < 500);
  return (
    <Alert
      type="error"
      showIcon
      title={describeError(error, t)}
      action={
        canRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
