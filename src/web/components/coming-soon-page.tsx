/** Placeholder for a module not built yet, clearly marked "Sắp có" with what will come. */
import { Result, Tag, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AppModuleKey } from '@web/lib/app-modules';

export function ComingSoonPage({ moduleKey }: { moduleKey: AppModuleKey }) {
  const { t } = useTranslation();
  const title = t(`modules.${moduleKey}.title`);
  return (
    <Result
      icon={<ClockCircleOutlined />}
      title={
        <>
          {title} <Tag color="gold">{t('common.comingSoon')}</Tag>
        </>
      }
      subTitle={
        <>
          <Typography.Paragraph>{t(`modules.${moduleKey}.description`)}</Typography.Paragraph>
          <Typography.Text type="secondary">{t('comingSoon.hint')}</Typography.Text>
        </>
      }
    />
  );
}
