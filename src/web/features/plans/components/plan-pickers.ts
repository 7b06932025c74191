/** Choices the plan editors offer: sections by printed title, linked indices and their criteria. */
import { orderSections, sectionTitle } from '@contract/plan-labels';
import type { PlanContentDto, PlanDetail } from '@contract/plans';

/** Chỉ số của kế hoạch as the server sends it (with its nodes). */
export type PlanFramework = PlanDetail['frameworks'][number];

/** A choice of a picker. */
export interface PickerOption {
  value: string;
  label: string;
}

/** The sections in document order, labelled as printed and indented by depth ("  1.1. …"). */
export function sectionOptions(sections: PlanContentDto['sections']): PickerOption[] {
  return orderSections(sections).map((entry) => ({
    value: entry.section.id,
    label: `${'\u00a0\u00a0'.repeat(entry.depth)}${sectionTitle(entry) || '…'}`,
  }));
}

/** "Chỉ số CCHC (2024)": a framework as pickers name it, the year added unless the name says it. */
export function frameworkLabel(framework: { name: string; year: number }): string {
  return framework.name.includes(String(framework.year))
    ? framework.name
    : `${framework.name} (${framework.year})`;
}

/** The criteria of one index, "2.7.1 Tên tiêu chí", in the framework's order. */
export function nodeOptions(framework: PlanFramework | undefined): PickerOption[] {
  return (framework?.nodes ?? []).map((node) => ({
    value: node.code,
    label: `${node.code} ${node.name}`,
  }));
}
