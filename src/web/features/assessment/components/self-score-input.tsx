/**
 * Dữ liệu tự chấm của một tiêu chí: the input that fits its rule — Có/Không, a tier, the two
 * counts of a ratio (with the rate and points computed live), a count of violations, or points.
 * The score is computed, never typed (except points on a bonus or a node without a rule).
 */
import { useEffect, useState } from 'react';
import { Flex, InputNumber, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  computeSelfScore,
  type SelfNodeDto,
  type SelfScoringInputDto,
} from '@contract/assessment-self';
import { formatViNumber } from '@contract/vi-format';

interface Props {
  node: SelfNodeDto;
  value: SelfScoringInputDto | null;
  disabled: boolean;
  onChange: (input: SelfScoringInputDto | null) => void;
}

export function SelfScoreInput({ node, value, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const testId = `self-input-${node.code}`;
  switch (node.inputType) {
    case 'binary':
      return (
        <Switch
          data-testid={testId}
          checked={value?.type === 'binary' ? value.achieved : false}
          disabled={disabled}
          checkedChildren={t('assessmentSelf.input.achieved')}
          unCheckedChildren={t('assessmentSelf.input.notAchieved')}
          onChange={(achieved) => onChange({ type: 'binary', achieved })}
        />
      );
    case 'tiered':
      return (
        <Select
          data-testid={testId}
          style={{ minWidth: 280 }}
          placeholder={t('assessmentSelf.input.tier')}
          value={value?.type === 'tiered' ? value.tier : undefined}
          disabled={disabled}
          options={(node.rule?.type === 'tiered' ? node.rule.tiers : []).map((tier) => ({
            value: tier.label,
            label: `${tier.label} (${formatViNumber(tier.points, 4)})`,
          }))}
          onChange={(tier: string) => onChange({ type: 'tiered', tier })}
        />
      );
    case 'ratio':
      return <RatioInput node={node} value={value} disabled={disabled} onChange={onChange} />;
    case 'deduction':
      return (
        <CountInput
          testId={testId}
          label={t('assessmentSelf.input.events')}
          value={value?.type === 'deduction' ? value.events : null}
          disabled={disabled}
          onCommit={(events) => onChange(events === null ? null : { type: 'deduction', events })}
        />
      );
    case 'points':
      return (
        <CountInput
          testId={testId}
          label={t('assessmentSelf.input.points')}
          decimals
          value={value?.type === 'points' ? value.points : null}
          disabled={disabled}
          onCommit={(points) => onChange(points === null ? null : { type: 'points', points })}
        />
      );
    default:
      return null;
  }
}

/** A number saved when the field is left or Enter is pressed (not on every keystroke). */
function CountInput({
  testId,
  label,
  value,
  disabled,
  decimals = false,
  onCommit,
}: {
  testId: string;
  label: string;
  value: number | null;
  disabled: boolean;
  decimals?: boolean;
  onCommit: (value: number | null) => void;
}) {
  const [draft, setDraft] = useState<number | null>(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <InputNumber<number>
      data-testid={testId}
      aria-label={label}
      placeholder={label}
      value={draft}
      min={0}
      precision={decimals ? undefined : 0}
      decimalSeparator=","
      disabled={disabled}
      onChange={(next) => setDraft(next)}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}

/** Tử số / mẫu số with the rate and the points shown as they are typed. */
function RatioInput({ node, value, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const saved = value?.type === 'ratio' ? value : null;
  const [numerator, setNumerator] = useState<number | null>(saved?.numerator ?? null);
  const [denominator, setDenominator] = useState<number | null>(saved?.denominator ?? null);
  useEffect(() => {
    setNumerator(saved?.numerator ?? null);
    setDenominator(saved?.denominator ?? null);
  }, [saved?.numerator, saved?.denominator]);
  const draft =
    numerator !== null && denominator !== null
      ? ({ type: 'ratio', numerator, denominator } as const)
      : null;
  const outcome = draft
    ? computeSelfScore(
        {
          maxPoints: node.maxPoints,
          method: node.method ?? undefined,
          rule: node.rule ?? undefined,
        },
        draft,
      )
    : null;
  const commit = () => {
    if (!draft) return;
    if (saved && saved.numerator === draft.numerator && saved.denominator === draft.denominator) {
      return;
    }
    onChange(draft);
  };
  return (
    <Flex gap={8} align="center" wrap>
      <InputNumber<number>
        data-testid={`self-numerator-${node.code}`}
        aria-label={t('assessmentSelf.input.numerator')}
        placeholder={t('assessmentSelf.input.numerator')}
        value={numerator}
        min={0}
        precision={0}
        disabled={disabled}
        onChange={setNumerator}
        onBlur={commit}
        onPressEnter={commit}
      />
      <span>/</span>
      <InputNumber<number>
        data-testid={`self-denominator-${node.code}`}
        aria-label={t('assessmentSelf.input.denominator')}
        placeholder={t('assessmentSelf.input.denominator')}
        value={denominator}
        min={0}
        precision={0}
        disabled={disabled}
        onChange={setDenominator}
        onBlur={commit}
        onPressEnter={commit}
      />
      {outcome && (
        <Typography.Text
          data-testid={`self-live-${node.code}`}
          type={outcome.ok ? 'secondary' : 'danger'}
        >
          {outcome.ok
            ? `${t('assessmentSelf.rate', { rate: formatViNumber(outcome.rate ?? 0, 2) })} → ${formatViNumber(outcome.score, 4)}`
            : outcome.message}
        </Typography.Text>
      )}
    </Flex>
  );
}
