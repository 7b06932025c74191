/**
 * Chỉ số của đơn vị: the latest index of each of the user's units — index, rank, change since
 * last year — and this year's projected range (cận dưới – cận trên) with the projected rank.
 */
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { IndexCard } from '@contract/overview';
import { formatViNumber } from '@contract/vi-format';

const signed = (value: number) => `${value > 0 ? '+' : ''}${formatViNumber(value)}`;

/** "Dự báo năm 2026: chỉ số 84,5% – 94,5%, hạng 1 – 2/3", or why there is none. */
function projectionText(card: IndexCard, t: TFunction): string {
  const projection = card.projection;
  if (!projection || projection.pessimisticIndex === null || projection.optimisticIndex === null) {
    return t('assessmentProjection.cardNone');
  }
  const range = t('assessmentProjection.card', {
    year: projection.year,
    low: formatViNumber(projection.pessimisticIndex),
    high: formatViNumber(projection.optimisticIndex),
  });
  const { rank } = projection;
  if (!rank) return range;
  const rankText =
    rank.best === rank.worst
      ? t('assessmentProjection.rankSingle', rank)
      : t('assessmentProjection.rankRange', rank);
  return `${range}, ${t('assessmentProjection.cardRank', { rank: rankText })}`;
}

export function IndexCards({ cards }: { cards: readonly IndexCard[] }) {
  const { t } = useTranslation();
  if (cards.length === 0) return null;
  return (
    <Card size="small" title={t('homeScreens.indices')} data-testid="home-indices">
      <Row gutter={[16, 16]}>
        {cards.map((card) => (
          <Col key={`${card.framework.id}-${card.organisation.id}`} xs={24} lg={12}>
            <Card
              size="small"
              type="inner"
              title={`${card.framework.name} (${card.framework.code})`}
            >
              <Typography.Text type="secondary">{card.organisation.name}</Typography.Text>
              <Row gutter={16} style={{ marginTop: 8 }}>
                <Col span={12}>
                  <Statistic
                    title={t('homeScreens.indexLabel')}
                    value={
                      card.indexPercent === null
                        ? t('homeScreens.noIndex')
                        : `${formatViNumber(card.indexPercent)}%`
                    }
                  />
                </Col>
                <Col span={12}>
                  <Statistic title={t('homeScreens.rankLabel')} value={card.rankText ?? '—'} />
                </Col>
              </Row>
              {card.rankChange && (
                <div>{t('homeScreens.rankChange', { change: card.rankChange })}</div>
              )}
              {card.indexChange !== null && (
                <div>{t('homeScreens.indexChange', { change: signed(card.indexChange) })}</div>
              )}
              <Typography.Paragraph
                type="secondary"
                style={{ marginTop: 8, marginBottom: 0 }}
                data-testid="home-index-projection"
              >
                {projectionText(card, t)}
              </Typography.Paragraph>
              <Link to="/results">{t('overview.open')}</Link>
            </Card>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
