/** Quy tắc chấm điểm in words: the label and its parameters, e.g. "Tỷ lệ, ngưỡng 95 %". */
import type { TFunction } from 'i18next';
import type { FrameworkNodeDto } from '@contract/frameworks';
import { formatViNumber } from '@contract/vi-format';

type ScoringRule = NonNullable<FrameworkNodeDto['rule']>;

/** The rule as one short Vietnamese (or English) phrase with its numbers in Vietnamese form. */
export function describeScoringRule(rule: ScoringRule, t: TFunction): string {
  switch (rule.type) {
    case 'binary':
      return t('frameworkScreens.rule.binary');
    case 'tiered': {
      if (rule.tiers.length === 0) return t('frameworkScreens.rule.tiered');
      const tiers = rule.tiers
        .map((tier) => `${tier.label} ${formatViNumber(tier.points, 4)}`)
        .join('; ');
      return t('frameworkScreens.rule.tieredWith', { tiers });
    }
    case 'ratio':
      return t('frameworkScreens.rule.ratio');
    case 'ratio_threshold':
      return t('frameworkScreens.rule.ratio_threshold', {
        threshold: formatViNumber(rule.threshold, 4),
      });
    case 'deduction':
      return t('frameworkScreens.rule.deduction', {
        points: formatViNumber(rule.pointsPerEvent, 4),
      });
    case 'survey':
      return t('frameworkScreens.rule.survey');
    case 'bonus':
      return t('frameworkScreens.rule.bonus', { points: formatViNumber(rule.maxBonus, 4) });
  }
}
