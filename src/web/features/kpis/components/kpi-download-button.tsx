/** "Xuất Excel" for a KPI view: downloads the file and shows a failure under the button. */
import { useState, type ReactNode } from 'react';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@web/components/error-alert';

export function KpiDownloadButton({
  testId,
  icon,
  download,
}: {
  testId: string;
  icon: ReactNode;
  download: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      await download();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={8}>
      <Button icon={icon} data-testid={testId} loading={busy} onClick={() => void start()}>
        {t('kpiScreens.exportXlsx')}
      </Button>
      {error !== null && <ErrorAlert error={error} />}
    </Flex>
  );
}
