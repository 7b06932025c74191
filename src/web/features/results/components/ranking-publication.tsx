/** Quyết định công bố: the decision that published the ranking's results, shown above the table. */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Ranking } from '@contract/results';
import { formatViDate } from '@contract/vi-format';

interface RankingPublicationProps {
  publication: Ranking['publication'];
}

export function RankingPublication({ publication }: RankingPublicationProps) {
  const { t } = useTranslation();
  if (!publication) return null;
  const values = {
    number: publication.decisionNumber,
    issuer: publication.issuer,
    date: publication.decisionDate ? formatViDate(publication.decisionDate) : '',
  };
  return (
    <Alert
      type="info"
      showIcon
      data-testid="ranking-publication"
      title={t(
        publication.decisionDate
          ? 'resultScreens.ranking.publication'
          : 'resultScreens.ranking.publicationNoDate',
        // Decision numbers carry slashes (123/QĐ-UBND): shown as typed, not HTML-escaped.
        { ...values, interpolation: { escapeValue: false } },
      )}
    />
  );
}
