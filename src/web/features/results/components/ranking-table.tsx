/** Bảng xếp hạng: rank "4/20", unit, score, index %, grade, change since last year; a unit opens its analysis. */
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Ranking } from '@contract/results';
import { formatViNumber } from '@contract/vi-format';

type RankingEntry = Ranking['items'][number];

interface RankingTableProps {
  ranking: Ranking;
  onOpenGaps: (organisationId: string) => void;
  onOpenEntry: (organisationId: string) => void;
}

const numberOrEmpty = (value: number | null, empty: string) =>
  value === null ? empty : formatViNumber(value);

export function RankingTable({ ranking, onOpenGaps, onOpenEntry }: RankingTableProps) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  return (
    <Table<RankingEntry>
      size="small"
      data-testid="ranking-table"
      rowKey={(entry) => entry.organisation.id}
      dataSource={ranking.items}
      // Sticky lays the table out fixed: every column but the unit's has a width, the unit's
      // name takes the rest.
      sticky
      pagination={ranking.items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      columns={[
        {
          key: 'rank',
          title: t('resultScreens.ranking.rank'),
          width: 80,
          render: (_, entry) => entry.rankText ?? empty,
        },
        {
          key: 'unit',
          title: t('resultScreens.ranking.unit'),
          render: (_, entry) =>
            entry.rank === null ? (
              <Flex vertical>
                <span>{entry.organisation.name}</span>
                <Typography.Text type="secondary">
                  {entry.scoreState === 'partial'
                    ? t('resultScreens.ranking.partial')
                    : entry.scoreState === 'unscored'
                      ? t('resultScreens.scoreState.unscored')
                      : t('resultScreens.ranking.noResult')}
                </Typography.Text>
              </Flex>
            ) : (
              <Button
                type="link"
                style={{ padding: 0 }}
                data-testid={`ranking-unit-${entry.organisation.code}`}
                onClick={() => onOpenGaps(entry.organisation.id)}
              >
                {entry.organisation.name}
              </Button>
            ),
        },
        {
          key: 'score',
          width: 120,
          title: t('resultScreens.ranking.score'),
          align: 'right',
          // A total made of some areas only is not the unit's score: "Chưa đủ điểm".
          render: (_, entry) =>
            entry.scoreState === 'partial' || entry.scoreState === 'unscored'
              ? t(`resultScreens.scoreState.${entry.scoreState}`)
              : numberOrEmpty(entry.score, empty),
        },
        {
          key: 'index',
          width: 110,
          title: t('resultScreens.ranking.indexPercent'),
          align: 'right',
          render: (_, entry) => numberOrEmpty(entry.indexPercent, empty),
        },
        {
          key: 'grade',
          width: 150,
          title: t('resultScreens.ranking.grade'),
          render: (_, entry) => (entry.grade ? <Tag>{entry.grade.label}</Tag> : empty),
        },
        {
          key: 'change',
          width: 170,
          title: t('resultScreens.ranking.change'),
          render: (_, entry) =>
            entry.rankChange === null ? (
              empty
            ) : (
              <span>
                {entry.rankChange}
                {entry.indexChange !== null &&
                  ` (${entry.indexChange > 0 ? '+' : ''}${formatViNumber(entry.indexChange)})`}
              </span>
            ),
        },
        {
          key: 'actions',
          title: t('common.actions'),
          width: 120,
          render: (_, entry) => (
            <Button
              size="small"
              data-testid={`ranking-entry-${entry.organisation.code}`}
              onClick={() => onOpenEntry(entry.organisation.id)}
            >
              {t('resultScreens.enterResults')}
            </Button>
          ),
        },
      ]}
    />
  );
}
