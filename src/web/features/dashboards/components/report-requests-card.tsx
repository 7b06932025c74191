/**
 * Yêu cầu báo cáo đột xuất of a plan: each request with its question, due date and where each
 * asked unit stands (a link to its report); the plan's managers get the button that opens the
 * request modal.
 */
import { useState } from 'react';
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReportingOverview } from '@contract/reports';
import { CELL_STATUS_COLOURS, reportPathOf } from './heatmap-options';
import { formatViDate } from '@contract/vi-format';
import { formatDataWindow } from './period-text';
import { ReportRequestModal } from './report-request-modal';

export function ReportRequestsCard({ overview }: { overview: ReportingOverview }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const canAsk = overview.abilities.canRequestReport && overview.units.length > 0;
  return (
    <Card
      size="small"
      title={t('dashboardScreens.requests.title')}
      data-testid="report-requests"
      extra={
        overview.abilities.canRequestReport && (
          <Button
            icon={<PlusOutlined />}
            disabled={!canAsk}
            title={canAsk ? undefined : t('dashboardScreens.requests.noUnits')}
            onClick={() => setIsOpen(true)}
            data-testid="report-request-open"
          >
            {t('dashboardScreens.requests.create')}
          </Button>
        )
      }
    >
      {overview.requests.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('dashboardScreens.requests.empty')}
        />
      ) : (
        <List
          itemLayout="vertical"
          dataSource={overview.requests}
          renderItem={(request) => (
            <List.Item key={request.id} data-testid={`report-request-${request.id}`}>
              <Flex vertical gap={4}>
                <Typography.Text strong>{request.title}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('dashboardScreens.reporting.due')}: {formatViDate(request.due)}
                  {' · '}
                  {t('dashboardScreens.reporting.window')}: {formatDataWindow(request)}
                </Typography.Text>
                <Typography.Paragraph
                  style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}
                  ellipsis={{ rows: 3, expandable: 'collapsible' }}
                >
                  {request.question}
                </Typography.Paragraph>
                <Flex gap={8} wrap align="center">
                  <Typography.Text type="secondary">
                    {t('dashboardScreens.requests.unitStatus')}:
                  </Typography.Text>
                  {request.units.map((unit) => (
                    <Link
                      key={unit.organisation.id}
                      to={reportPathOf(overview.planId, {
                        periodKey: request.periodKey,
                        organisationId: unit.organisation.id,
                      })}
                    >
                      <Tag color={CELL_STATUS_COLOURS[unit.status]}>
                        {unit.organisation.name}: {t(`dashboardScreens.cellStatus.${unit.status}`)}
                      </Tag>
                    </Link>
                  ))}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {isOpen && <ReportRequestModal overview={overview} onClose={() => setIsOpen(false)} />}
    </Card>
  );
}
