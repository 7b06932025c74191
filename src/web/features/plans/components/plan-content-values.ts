/**
 * Between the plan content as the API sends it and the content form: dates as pickers, recipients
 * one per line, targets with only the fields their kind uses. The section tree is not in the form:
 * it is saved through the outline endpoint (section-tree.tsx), so the PATCH leaves `sections` out.
 */
import type { Dayjs } from 'dayjs';
import type { TargetKind } from '@contract/plan-labels';
import type { EndpointBody } from '@contract/endpoint';
import type { PlanContentDto, updatePlan } from '@contract/plans';
import { fromIsoDate, toIsoDate } from '@web/lib/dates';

type LegalReference = PlanContentDto['basis'][number];

/** Chỉ tiêu as the contract carries it. */
export type PlanTargetValue = PlanContentDto['targets'][number];

/** The content form's values: number and date are set when issuing, sections in the tree editor. */
export type PlanContentFormValues = Omit<
  PlanContentDto,
  'number' | 'issuedOn' | 'basis' | 'recipients' | 'sections'
> & {
  basis: (Omit<LegalReference, 'date'> & { date: Dayjs | null })[];
  /** Nơi nhận, one per line. */
  recipientsText: string;
};

/** The form's starting values for a plan's content. */
export function toContentFormValues(content: PlanContentDto): PlanContentFormValues {
  const {
    number: _number,
    issuedOn: _issuedOn,
    sections: _sections,
    basis,
    recipients,
    ...rest
  } = content;
  return {
    ...rest,
    basis: basis.map((reference) => ({
      ...reference,
      date: reference.date === null ? null : fromIsoDate(reference.date),
    })),
    recipientsText: recipients.join('\n'),
  };
}

/** Which number fields each target kind uses (the others are sent empty). */
const USES: Record<TargetKind, { value: boolean; comparator: boolean; unit: boolean }> = {
  number: { value: true, comparator: true, unit: true },
  rank_top: { value: true, comparator: false, unit: true },
  rank_up: { value: true, comparator: false, unit: false },
  rank_not_down: { value: false, comparator: false, unit: false },
  above_last_year: { value: false, comparator: false, unit: false },
  grade: { value: false, comparator: false, unit: false },
  bonus: { value: false, comparator: false, unit: false },
  subindex_share: { value: true, comparator: true, unit: true },
  // A KPI is a percentage: the unit is implied ("≥ 97 %"), never typed.
  kpi: { value: true, comparator: true, unit: false },
  free_text: { value: false, comparator: false, unit: false },
};

/** A fresh target: "≥ …%" on the whole plan, the kind the user most often writes. */
export function blankTarget(id: string): PlanTargetValue {
  return {
    id,
    sectionId: null,
    frameworkId: null,
    nodeCode: null,
    metric: '',
    kind: 'number',
    comparator: 'gte',
    value: null,
    unit: '%',
    grade: null,
    sharePercent: null,
    kpiKey: null,
  };
}

/** A target as the form holds it (fields of other kinds may linger), cleaned for its kind. */
export function normaliseTarget(
  target: Partial<PlanTargetValue> & { id: string },
): PlanTargetValue {
  const kind = target.kind ?? 'number';
  const uses = USES[kind];
  const frameworkId = target.frameworkId ?? null;
  return {
    id: target.id,
    sectionId: target.sectionId ?? null,
    frameworkId,
    // A node means nothing without its index.
    nodeCode: frameworkId === null ? null : (target.nodeCode ?? null),
    metric: (target.metric ?? '').trim(),
    kind,
    comparator: uses.comparator ? (target.comparator ?? 'gte') : 'gte',
    value: uses.value ? (target.value ?? null) : null,
    unit: uses.unit ? (target.unit ?? '').trim() : '',
    grade: kind === 'grade' ? (target.grade ?? null) : null,
    sharePercent: kind === 'subindex_share' ? (target.sharePercent ?? 100) : null,
    kpiKey: kind === 'kpi' ? (target.kpiKey ?? null) : null,
  };
}

/** The update body: every content field but number, date and sections; blank recipient lines dropped. */
export function toContentPatch(values: PlanContentFormValues): EndpointBody<typeof updatePlan> {
  const { basis, recipientsText, ...rest } = values;
  return {
    ...rest,
    basis: (basis ?? []).map((reference) => ({
      ...reference,
      date: reference.date ? toIsoDate(reference.date) : null,
    })),
    frameworkIds: rest.frameworkIds ?? [],
    appendixTable: rest.appendixTable ?? true,
    targets: (rest.targets ?? []).map(normaliseTarget),
    recipients: recipientsText
      .split('\n')
      .map((line) => line.trim().replace(/^-\s*/, '').replace(/[;.]$/, '').trim())
      .filter((line) => line !== ''),
  };
}
