/** Dấu "Cần xem lại": shown beside any reading below the confidence bar or carrying a flag, its reasons in the tooltip. */
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProvenanceDto } from '@contract/plan-imports';
import { formatViNumber } from '@contract/vi-format';
import { isMarked } from './import-review';

export function ReviewMark(props: { provenance: ProvenanceDto | undefined }) {
  const { t } = useTranslation();
  const { provenance } = props;
  if (!provenance || !isMarked(provenance)) return null;
  const reasons = [
    t('planImportScreens.review.confidence', {
      percent: formatViNumber(Math.round(provenance.confidence * 100)),
    }),
    ...provenance.flags.map((flag) => t(`planImportScreens.review.flags.${flag}`)),
  ];
  return (
    <Tooltip title={reasons.join(' · ')}>
      <Tag color="orange" data-review-mark="true">
        {t('planImportScreens.review.mark')}
      </Tag>
    </Tooltip>
  );
}
