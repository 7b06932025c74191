/**
 * Dự báo năm nay on the gap analysis: the projected index range (cận dưới – cận trên), the
 * projected rank range, the criteria that move it most, and "Vì sao?" beside every number opening
 * the lines that explain it.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  List,
  Modal,
  Row,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectionDto } from '@contract/assessment-projection';
import { formatViNumber } from '@contract/vi-format';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { describeError } from '@web/lib/error-message';
import { useProjection } from '../api/projection-api';

type Driver = ProjectionDto['drivers'][number];

/** The explanation shown in the modal: its title and its lines. */
interface Explanation {
  title: string;
  lines: string[];
}

const percent = (value: number | null) => (value === null ? '—' : `${formatViNumber(value)}%`);
const DRIVERS_SHOWN = 10;

export function GapProjectionPanel({
  frameworkId,
  organisationId,
}: {
  frameworkId: string;
  organisationId: string;
}) {
  const { t } = useTranslation();
  const projection = useProjection(frameworkId, organisationId);
  const [explanation, setExplanation] = useState<Explanation | null>(null);

  if (projection.isPending) return <FullPageSpinner />;
  if (projection.isError) {
    return (
      <Card size="small" title={t('assessmentProjection.unavailable')} data-testid="gap-projection">
        <Alert type="info" showIcon title={describeError(projection.error, t)} />
      </Card>
    );
  }
  const data = projection.data;
  const low = percent(data.pessimistic.indexPercent);
  const high = percent(data.optimistic.indexPercent);
  const why = (value: string, lines: string[], testId: string) => (
    <Button
      type="link"
      size="small"
      data-testid={testId}
      onClick={() =>
        setExplanation({ title: t('assessmentProjection.whyTitle', { value }), lines })
      }
    >
      {t('assessmentProjection.why')}
    </Button>
  );
  const rank = data.rank;
  const rankText = !rank
    ? t('assessmentProjection.noRank')
    : rank.best === rank.worst
      ? t('assessmentProjection.rankSingle', rank)
      : t('assessmentProjection.rankRange', rank);
  const score = (value: number | null) =>
    value === null ? t('assessmentProjection.notApplicable') : formatViNumber(value);

  return (
    <Card
      title={t('assessmentProjection.title', { year: data.year })}
      data-testid="gap-projection"
      extra={
        <Typography.Text type="secondary">
          {data.framework.name} ({data.framework.code})
        </Typography.Text>
      }
    >
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]}>
          <Col xs={24} md={10}>
            <Statistic title={t('assessmentProjection.range')} value={`${low} – ${high}`} />
            <Flex vertical>
              <Typography.Text type="secondary">
                {t('assessmentProjection.pessimistic')}: {low}
                {why(
                  low,
                  data.pessimistic.lines.map((line) => line.text),
                  'projection-why-low',
                )}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('assessmentProjection.optimistic')}: {high}
                {why(
                  high,
                  data.optimistic.lines.map((line) => line.text),
                  'projection-why-high',
                )}
              </Typography.Text>
            </Flex>
          </Col>
          <Col xs={24} md={6}>
            <Statistic title={t('assessmentProjection.rank')} value={rankText} />
            {rank && why(rankText, rank.lines, 'projection-why-rank')}
          </Col>
          <Col xs={24} md={8}>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              {data.baseline
                ? t('assessmentProjection.baseline', {
                    year: data.baseline.year,
                    score: formatViNumber(data.baseline.score),
                    index: percent(data.baseline.indexPercent).replace('%', ''),
                  })
                : t('assessmentProjection.noBaseline')}
            </Typography.Paragraph>
            {data.selfAssessmentStarted && (
              <Typography.Paragraph type="secondary">
                {t('assessmentProjection.selfStarted')}
              </Typography.Paragraph>
            )}
          </Col>
        </Row>
        <Table<Driver>
          size="small"
          rowKey="code"
          data-testid="projection-drivers"
          title={() => (
            <Typography.Text strong>{t('assessmentProjection.drivers')}</Typography.Text>
          )}
          pagination={false}
          locale={{ emptyText: t('assessmentProjection.noDrivers') }}
          dataSource={data.drivers.slice(0, DRIVERS_SHOWN)}
          columns={[
            { title: t('assessmentProjection.driverCode'), dataIndex: 'code', width: 80 },
            { title: t('assessmentProjection.driverName'), dataIndex: 'name' },
            {
              title: t('assessmentProjection.driverFrom'),
              dataIndex: 'from',
              align: 'right',
              render: (value: number | null) => (value === null ? '—' : formatViNumber(value)),
            },
            {
              title: t('assessmentProjection.driverPessimistic'),
              dataIndex: 'toPessimistic',
              align: 'right',
              render: score,
            },
            {
              title: t('assessmentProjection.driverOptimistic'),
              dataIndex: 'toOptimistic',
              align: 'right',
              render: score,
            },
            { title: t('assessmentProjection.driverWhy'), dataIndex: 'why' },
          ]}
        />
      </Flex>
      <Modal
        open={explanation !== null}
        title={explanation?.title}
        footer={null}
        onCancel={() => setExplanation(null)}
        width={720}
        styles={{ body: { maxHeight: '65vh', overflowY: 'auto' } }}
      >
        <List
          size="small"
          data-testid="projection-explanation"
          dataSource={explanation?.lines ?? []}
          renderItem={(line) => <List.Item>{line}</List.Item>}
        />
      </Modal>
    </Card>
  );
}
