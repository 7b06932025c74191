/** Nút "In": prints the page through the browser (window.print), laid out by the print stylesheet (A4, state header, no menu). */
import { Button, Tooltip } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export function PrintButton({ testId = 'print-button' }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('common.printHint')}>
      <Button icon={<PrinterOutlined />} data-testid={testId} onClick={() => window.print()}>
        {t('common.print')}
      </Button>
    </Tooltip>
  );
}
