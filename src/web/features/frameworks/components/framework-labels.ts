/** Short on-screen words for a framework: its decision, unit types and a node's applicability. */
import type { TFunction } from 'i18next';
import type { FrameworkNodeDto, FrameworkSummary } from '@contract/frameworks';
import { formatViDate } from '@contract/vi-format';

/** "876/QĐ-BNV ngày 10/11/2022", or the empty mark. */
export function describeDecision(decision: FrameworkSummary['decision'], t: TFunction): string {
  if (!decision) return t('common.empty');
  return t('frameworkScreens.decisionText', {
    number: decision.number,
    date: formatViDate(decision.date),
  });
}

/** The unit types a framework applies to, by their regulation names. */
export function describeUnitTypes(unitTypes: FrameworkSummary['unitTypes'], t: TFunction): string {
  if (unitTypes.length === 0) return t('common.empty');
  return unitTypes.map((type) => t(`organisationType.${type}`)).join('; ');
}

/** "Tất cả", or the unit types exempt from the node and why. */
export function describeApplicability(node: FrameworkNodeDto, t: TFunction): string {
  const exempt = node.applicability?.exemptUnitTypes ?? [];
  const note = node.applicability?.note;
  const base =
    exempt.length === 0
      ? t('frameworkScreens.applicableAll')
      : t('frameworkScreens.exemptFor', { types: describeUnitTypes(exempt, t) });
  return note ? `${base} (${note})` : base;
}
