/** A "Xuất Excel" / "Tải .docx" button: downloads one file endpoint and shows the error under it. */
import { useState, type ReactNode } from 'react';
import { Button, Flex } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';

interface DownloadButtonProps {
  label: string;
  icon: ReactNode;
  testId: string;
  download: () => Promise<void>;
}

export function DownloadButton({ label, icon, testId, download }: DownloadButtonProps) {
  const [isDownloading, setDownloading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const start = async () => {
    setDownloading(true);
    setError(null);
    try {
      await download();
    } catch (failure) {
      setError(failure);
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Flex vertical gap={8}>
      <Button icon={icon} data-testid={testId} loading={isDownloading} onClick={() => void start()}>
        {label}
      </Button>
      {error !== null && <ErrorAlert error={error} />}
    </Flex>
  );
}
