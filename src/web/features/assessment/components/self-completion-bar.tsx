/** Thanh tiến độ tự đánh giá: criteria scored of those applicable, with evidence, explained (reusable by the round page). */
import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SelfCompletionDto } from '@contract/assessment-self';

export function SelfCompletionBar({
  completion,
  compact = false,
}: {
  completion: Pick<
    SelfCompletionDto,
    'applicable' | 'scored' | 'withEvidence' | 'needingExplanation' | 'explained' | 'percent'
  >;
  /** Only the bar (tables): the detail goes to its tooltip-free title attribute. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const detail = t('assessmentSelf.completion.detail', completion);
  const isDone =
    completion.scored === completion.applicable &&
    completion.explained === completion.needingExplanation;
  return (
    <Flex vertical gap={2} data-testid="self-completion" title={compact ? detail : undefined}>
      <Progress
        percent={completion.percent}
        size="small"
        status={isDone ? 'success' : 'active'}
        aria-label={t('assessmentSelf.completion.label')}
      />
      {!compact && <Typography.Text type="secondary">{detail}</Typography.Text>}
    </Flex>
  );
}
