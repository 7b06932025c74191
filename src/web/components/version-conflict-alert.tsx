/** Shown on 412: someone saved this record after it was read; "Tải lại" fetches their version. */
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

interface VersionConflictAlertProps {
  title: string;
  hint: string;
  isReloading: boolean;
  onReload: () => void;
}

export function VersionConflictAlert({
  title,
  hint,
  isReloading,
  onReload,
}: VersionConflictAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      data-testid="version-conflict"
      type="warning"
      showIcon
      title={title}
      description={hint}
      style={{ marginBottom: 16 }}
      action={
        <Button size="small" loading={isReloading} onClick={onReload}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
