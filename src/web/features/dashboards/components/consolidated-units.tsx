/** Đơn vị trong báo cáo tổng hợp: those whose reports were accepted, and those late or missing (with days late). */
import { Card, Col, List, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsolidatedReport } from './consolidated-types';

export function ConsolidatedUnits({ report }: { report: ConsolidatedReport }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12}>
        <Card size="small" title={t('dashboardScreens.consolidated.acceptedUnits')}>
          <List
            size="small"
            data-testid="consolidated-accepted"
            dataSource={report.acceptedUnits}
            locale={{ emptyText: t('dashboardScreens.consolidated.noUnits') }}
            renderItem={(unit) => <List.Item>{unit.name}</List.Item>}
          />
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <Card size="small" title={t('dashboardScreens.consolidated.lateOrMissingUnits')}>
          <List
            size="small"
            data-testid="consolidated-late"
            dataSource={report.lateOrMissingUnits}
            locale={{ emptyText: t('dashboardScreens.consolidated.noUnits') }}
            renderItem={(row) => (
              <List.Item>
                {row.organisation.name}
                <span>
                  <Tag color={row.status === 'missing' ? 'red' : 'orange'}>
                    {t(`dashboardScreens.cellStatus.${row.status}`)}
                  </Tag>
                  {row.daysLate
                    ? t('dashboardScreens.reporting.daysLate', { days: row.daysLate })
                    : null}
                </span>
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
