/** Phân tích điểm bị trừ: totals, rank and change, charts by area and rank history (each with a table view) and the filtered node table. */
import { useMemo, useState, type ComponentProps, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Row,
  Select,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { DownloadOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { exportGapAnalysis, type GapAnalysis, type RankHistoryEntry } from '@contract/results';
import { formatViNumber } from '@contract/vi-format';
import { EChart } from '@web/components/echart';
import { ErrorAlert } from '@web/components/error-alert';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { downloadFile } from '@web/lib/api-client';
import { toGapQuery, useGapAnalysis, type GapFilters } from '../api/results-api';
import {
  buildAreaFigures,
  buildLostPointsBarOption,
  buildPercentRadarOption,
  buildRankHistoryLineOption,
  lostPointsChartHeight,
  type AreaFigure,
} from './gap-chart-options';
import { GapDraftPlanActions } from './gap-draft-plan-actions';
import { GapProjectionPanel } from './gap-projection-panel';

type GapRow = GapAnalysis['rows'][number];

interface GapAnalysisViewProps {
  frameworkId: string;
  organisationId: string;
}

const NO_FILTERS: GapFilters = { onlyLost: false, onlyDropped: false };

export function GapAnalysisView({ frameworkId, organisationId }: GapAnalysisViewProps) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<GapFilters>(NO_FILTERS);
  const [isExporting, setIsExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  // The charts and the area list read the whole analysis; the table reads the filtered one.
  const whole = useGapAnalysis(frameworkId, organisationId, NO_FILTERS);
  const filtered = useGapAnalysis(frameworkId, organisationId, filters);

  const figures = useMemo(() => buildAreaFigures(whole.data?.rows ?? []), [whole.data]);
  const barOption = useMemo(
    () => buildLostPointsBarOption(figures, t('resultScreens.gaps.lostSeries')),
    [figures, t],
  );
  const radarOption = useMemo(
    () =>
      buildPercentRadarOption(figures, {
        unit: t('resultScreens.gaps.unitSeries'),
        peers: t('resultScreens.gaps.peerSeries'),
      }),
    [figures, t],
  );
  const rankHistory = useMemo(() => whole.data?.rankHistory ?? [], [whole.data]);
  const rankOption = useMemo(
    () => buildRankHistoryLineOption(rankHistory, t('resultScreens.gaps.rankSeries')),
    [rankHistory, t],
  );

  if (whole.isPending) return <FullPageSpinner />;
  if (whole.isError) return <ErrorAlert error={whole.error} onRetry={() => void whole.refetch()} />;
  const analysis = whole.data;
  const empty = t('common.empty');
  const tableRows = [...(filtered.data?.rows ?? [])].sort((a, b) => b.lostPoints - a.lostPoints);

  const exportTable = async () => {
    setIsExporting(true);
    setExportError(null);
    try {
      await downloadFile(exportGapAnalysis, {
        params: { id: frameworkId, organisationId },
        query: toGapQuery(filters),
      });
    } catch (error) {
      setExportError(error);
    } finally {
      setIsExporting(false);
    }
  };

  return (
    <Flex vertical gap={16} data-testid="gap-analysis">
      <Card
        title={`${t('resultScreens.gapAnalysis')}: ${analysis.organisation.name}`}
        extra={
          <GapDraftPlanActions
            frameworkId={frameworkId}
            organisationId={organisationId}
            planYear={analysis.year + 1}
          />
        }
      >
        <Row gutter={[16, 16]}>
          <Col xs={12} md={5}>
            <Statistic
              title={t('resultScreens.gaps.totalScore')}
              value={
                analysis.totals.scoreState === 'scored'
                  ? `${formatViNumber(analysis.totals.score)} / ${formatViNumber(analysis.totals.applicableMaxPoints)}`
                  : analysis.totals.scoreState === 'partial'
                    ? t('resultScreens.gaps.partialScore', {
                        score: formatViNumber(analysis.totals.score),
                      })
                    : t('resultScreens.scoreState.unscored')
              }
            />
          </Col>
          <Col xs={12} md={5}>
            <Statistic
              title={t('resultScreens.gaps.indexPercent')}
              value={
                analysis.totals.indexPercent === null
                  ? empty
                  : `${formatViNumber(analysis.totals.indexPercent)}%`
              }
            />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('resultScreens.gaps.rank')} value={analysis.rankText ?? empty} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic
              title={t('resultScreens.gaps.change')}
              value={analysis.previous?.rankChange ?? empty}
            />
          </Col>
          <Col xs={12} md={5}>
            <Statistic
              title={t('resultScreens.gaps.grade')}
              value={analysis.grade?.label ?? empty}
            />
          </Col>
        </Row>
      </Card>

      <GapProjectionPanel frameworkId={frameworkId} organisationId={organisationId} />

      <Row gutter={[16, 16]}>
        <GapChartCard
          title={t('resultScreens.gaps.lostByArea')}
          testId="gap-chart-lost"
          option={barOption}
          height={lostPointsChartHeight(figures.length)}
          table={<AreaFiguresTable figures={figures} />}
        />
        <GapChartCard
          title={t('resultScreens.gaps.percentByArea')}
          testId="gap-chart-radar"
          option={radarOption}
          height={400}
          table={<AreaFiguresTable figures={figures} />}
        />
        <GapChartCard
          title={t('resultScreens.gaps.rankHistory')}
          testId="gap-chart-rank-history"
          option={rankOption}
          table={<RankHistoryTable history={rankHistory} />}
          notice={
            rankHistory.length < 2 && (
              <Alert type="info" showIcon title={t('resultScreens.gaps.noPrevious')} />
            )
          }
        />
      </Row>

      <Card size="small">
        <Flex vertical gap={12}>
          <Flex gap={12} wrap align="center" justify="space-between">
            <Flex gap={12} wrap align="center">
              <Select
                style={{ minWidth: 280 }}
                allowClear
                data-testid="gap-filter-area"
                placeholder={t('resultScreens.gaps.allAreas')}
                value={filters.area}
                onChange={(area?: string) => setFilters({ ...filters, area })}
                options={figures.map((figure) => ({
                  value: figure.code,
                  label: `${figure.code}. ${figure.name}`,
                }))}
              />
              <Checkbox
                data-testid="gap-filter-lost"
                checked={filters.onlyLost}
                onChange={(event) => setFilters({ ...filters, onlyLost: event.target.checked })}
              >
                {t('resultScreens.gaps.onlyLost')}
              </Checkbox>
              <Checkbox
                data-testid="gap-filter-dropped"
                checked={filters.onlyDropped}
                onChange={(event) => setFilters({ ...filters, onlyDropped: event.target.checked })}
              >
                {t('resultScreens.gaps.onlyDropped')}
              </Checkbox>
            </Flex>
            <Button
              icon={<DownloadOutlined />}
              loading={isExporting}
              data-testid="gap-export"
              onClick={() => void exportTable()}
            >
              {t('resultScreens.exportExcel')}
            </Button>
          </Flex>
          {exportError !== null && <ErrorAlert error={exportError} />}
          {filtered.isError && <ErrorAlert error={filtered.error} />}
          <GapTable rows={tableRows} isLoading={filtered.isFetching} />
        </Flex>
      </Card>
    </Flex>
  );
}

/** One chart of the gap analysis in its card, with the chart / data-table switch. */
function GapChartCard(props: {
  title: string;
  testId: string;
  option: ComponentProps<typeof EChart>['option'];
  height?: number;
  table: ReactNode;
  notice?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Col xs={24} lg={12} xxl={8}>
      <Card title={props.title} size="small">
        <Flex vertical gap={8}>
          {props.notice}
          <EChart
            testId={props.testId}
            ariaLabel={props.title}
            option={props.option}
            height={props.height}
            table={{
              chartLabel: t('resultScreens.gaps.chart'),
              tableLabel: t('resultScreens.gaps.table'),
              content: props.table,
            }}
          />
        </Flex>
      </Card>
    </Col>
  );
}

function formatOptional(value: number | null | undefined, empty: string): string {
  return value === null || value === undefined ? empty : formatViNumber(value);
}

function AreaFiguresTable({ figures }: { figures: AreaFigure[] }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  return (
    <Table<AreaFigure>
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={figures}
      columns={[
        { key: 'code', title: t('resultScreens.gaps.columns.code'), dataIndex: 'code' },
        { key: 'name', title: t('resultScreens.gaps.area'), dataIndex: 'name' },
        {
          key: 'lost',
          title: t('resultScreens.gaps.columns.lostPoints'),
          align: 'right',
          render: (_, figure) => formatViNumber(figure.lostPoints),
        },
        {
          key: 'percent',
          title: t('resultScreens.gaps.columns.percent'),
          align: 'right',
          render: (_, figure) => formatViNumber(figure.percent),
        },
        {
          key: 'peer',
          title: (
            <Tooltip title={t('resultScreens.gaps.columns.peerAverageHint')}>
              {t('resultScreens.gaps.peerSeries')}
            </Tooltip>
          ),
          align: 'right',
          render: (_, figure) => formatOptional(figure.peerPercent, empty),
        },
      ]}
    />
  );
}

function RankHistoryTable({ history }: { history: readonly RankHistoryEntry[] }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  return (
    <Table<RankHistoryEntry>
      size="small"
      rowKey="frameworkId"
      pagination={false}
      dataSource={[...history]}
      columns={[
        { key: 'year', title: t('resultScreens.gaps.columns.year'), dataIndex: 'year' },
        {
          key: 'rank',
          title: t('resultScreens.gaps.rank'),
          align: 'right',
          render: (_, year) => (year.rank === null ? empty : `${year.rank}/${year.of}`),
        },
        {
          key: 'index',
          title: t('resultScreens.gaps.indexPercent'),
          align: 'right',
          render: (_, year) =>
            year.indexPercent === null ? empty : `${formatViNumber(year.indexPercent)}%`,
        },
      ]}
    />
  );
}

function GapTable({ rows, isLoading }: { rows: GapRow[]; isLoading: boolean }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  const number = (key: keyof GapRow, title: ReactNode) => ({
    key,
    title,
    // Sticky lays the table out fixed: the figures have widths, the node's name takes the rest.
    width: 96,
    align: 'right' as const,
    render: (_: unknown, row: GapRow) =>
      formatOptional(row[key] as number | null | undefined, empty),
  });
  return (
    <Table<GapRow>
      size="small"
      data-testid="gap-table"
      loading={isLoading}
      sticky
      rowKey="code"
      dataSource={rows}
      // A framework has ~100 nodes: one page keeps the order by points lost readable at a glance.
      pagination={rows.length > 300 ? { pageSize: 300, showSizeChanger: false } : false}
      columns={[
        { key: 'code', title: t('resultScreens.gaps.columns.code'), dataIndex: 'code', width: 80 },
        { key: 'name', title: t('resultScreens.gaps.columns.name'), dataIndex: 'name' },
        number('maxPoints', t('resultScreens.gaps.columns.maxPoints')),
        {
          key: 'score',
          title: t('resultScreens.gaps.columns.score'),
          width: 120,
          align: 'right' as const,
          // Chưa có điểm is not 0: an empty node says so and loses nothing.
          render: (_: unknown, row: GapRow) =>
            row.scoreState === 'unscored' ? (
              <Tag data-testid={`gap-unscored-${row.code}`}>
                {t('resultScreens.scoreState.unscored')}
              </Tag>
            ) : row.scoreState === 'partial' ? (
              <Typography.Text type="secondary">
                {t('resultScreens.gaps.partialScore', { score: formatViNumber(row.score) })}
              </Typography.Text>
            ) : (
              formatViNumber(row.score)
            ),
        },
        {
          key: 'lostPoints',
          title: t('resultScreens.gaps.columns.lostPoints'),
          width: 96,
          align: 'right' as const,
          render: (_: unknown, row: GapRow) =>
            row.scoreState === 'unscored' ? empty : formatViNumber(row.lostPoints),
        },
        number('percent', t('resultScreens.gaps.columns.percent')),
        number('change', t('resultScreens.gaps.columns.change')),
        // Each comparison states whether it counts the unit itself (see domain gap-analysis.ts).
        number(
          'peerAverage',
          <Tooltip title={t('resultScreens.gaps.columns.peerAverageHint')}>
            <span data-testid="gap-column-peer-average">
              {t('resultScreens.gaps.columns.peerAverage')} <InfoCircleOutlined />
            </span>
          </Tooltip>,
        ),
        number(
          'bestPeer',
          <Tooltip title={t('resultScreens.gaps.columns.bestPeerHint')}>
            <span data-testid="gap-column-best">
              {t('resultScreens.gaps.columns.bestPeer')} <InfoCircleOutlined />
            </span>
          </Tooltip>,
        ),
      ]}
    />
  );
}
