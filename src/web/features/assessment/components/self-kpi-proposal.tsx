/**
 * Đề xuất từ dữ liệu hồ sơ under a criterion that reads a KPI: the counts of the unit's subtree
 * for the round year so far, the value and the score the rule gives, and one click to fill the
 * ratio's inputs with them (saved with their source; typing over them drops it). A KPI that is not
 * two counts shows its value only; no dossier shows why there is no proposal.
 */
import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiProposalDto } from '@contract/assessment-kpi-proposals';
import type { SelfScoringInputDto } from '@contract/assessment-self';
import { formatViNumber } from '@contract/vi-format';

interface Props {
  proposal: KpiProposalDto;
  value: SelfScoringInputDto | null;
  canEdit: boolean;
  onFill: (input: SelfScoringInputDto) => void;
}

const monthLabel = (month: string) => `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;

export function SelfKpiProposal({ proposal, value, canEdit, onFill }: Props) {
  const { t } = useTranslation();
  const testId = `self-kpi-proposal-${proposal.nodeCode}`;
  const source = value?.type === 'ratio' ? value.source : undefined;
  const title = t('assessmentSelf.kpiProposal.title');
  if (proposal.status === 'none' || proposal.window === null) {
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {title}: {t('assessmentSelf.kpiProposal.none', { reason: proposal.reason ?? '' })}
      </Typography.Text>
    );
  }
  const common = {
    kpi: proposal.kpiLabel,
    months: proposal.window.label,
    value: formatViNumber(proposal.value ?? 0, 2),
    score: formatViNumber(proposal.score ?? 0, 4),
  };
  if (proposal.status === 'value_only') {
    return (
      <Alert
        data-testid={testId}
        type="info"
        showIcon
        title={`${title}: ${t('assessmentSelf.kpiProposal.valueOnly', common)}`}
        description={proposal.reason}
      />
    );
  }
  const numerator = proposal.numerator ?? 0;
  const denominator = proposal.denominator ?? 0;
  const window = proposal.window;
  const filled =
    source !== undefined &&
    value?.type === 'ratio' &&
    value.numerator === numerator &&
    value.denominator === denominator &&
    source.from === window.from &&
    source.to === window.to;
  return (
    <Alert
      data-testid={testId}
      type="info"
      showIcon
      title={
        <Flex gap={8} align="center" wrap>
          <span>
            {title}:{' '}
            {t('assessmentSelf.kpiProposal.counts', {
              ...common,
              numerator: formatViNumber(numerator, 0),
              denominator: formatViNumber(denominator, 0),
            })}
          </span>
          {filled ? (
            <Tag color="green" data-testid={`${testId}-filled`}>
              {t('assessmentSelf.kpiProposal.filled', {
                from: monthLabel(source.from),
                to: monthLabel(source.to),
              })}
            </Tag>
          ) : (
            canEdit && (
              <Button
                size="small"
                data-testid={`${testId}-fill`}
                onClick={() =>
                  onFill({
                    type: 'ratio',
                    numerator,
                    denominator,
                    source: {
                      kind: 'dossier_data',
                      kpiKey: proposal.kpiKey,
                      from: window.from,
                      to: window.to,
                    },
                  })
                }
              >
                {t('assessmentSelf.kpiProposal.fill')}
              </Button>
            )
          )}
        </Flex>
      }
    />
  );
}
