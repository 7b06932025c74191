/** Cards for the modules still being built, each marked "Sắp có" with what it will do. */
import { Card, Col, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { APP_MODULES } from '@web/lib/app-modules';

export function ComingModules() {
  const { t } = useTranslation();
  const comingModules = APP_MODULES.filter((module) => !module.isReady);
  return (
    <Row gutter={[16, 16]}>
      {comingModules.map((module) => (
        <Col key={module.key} xs={24} md={12} xl={8}>
          <Card
            size="small"
            style={{ height: '100%' }}
            title={t(`modules.${module.key}.title`)}
            extra={<Tag color="gold">{t('common.comingSoon')}</Tag>}
            actions={[
              <Link key="open" to={module.path}>
                {t('overview.open')}
              </Link>,
            ]}
          >
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t(`modules.${module.key}.description`)}
            </Typography.Paragraph>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
