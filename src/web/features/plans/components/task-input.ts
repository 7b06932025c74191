/**
 * Nhiệm vụ mới từ hộp thoại: the add-task form's values (lead mode, linked criteria as picker keys)
 * as the contract's task input — một đơn vị, nhiều đơn vị, tất cả đơn vị loại … thuộc …, ghi bằng
 * chữ, or không nêu.
 */
import type { OutputKind, TaskKind } from '@contract/plan-labels';
import type { EndpointBody } from '@contract/endpoint';
import type { addTask } from '@contract/plans';
import type { OrganisationTypeValue } from '@web/lib/contract-values';

type NewTask = EndpointBody<typeof addTask>;

/** Cách ghi chủ trì. */
export const LEAD_MODES = ['unit', 'units', 'units_of_type', 'text', 'none'] as const;

/** Cách ghi chủ trì: one of LEAD_MODES. */
export type LeadMode = (typeof LEAD_MODES)[number];

/** The add-task form as it holds its values. */
export interface AddTaskValues {
  content: string;
  sectionId?: string | null;
  kind: TaskKind;
  area?: string;
  leadMode: LeadMode;
  leadOrganisationId?: string;
  leadOrganisationIds?: string[];
  leadOrganisationType?: OrganisationTypeValue;
  leadUnderOrganisationId?: string;
  leadSuggestion?: string;
  coordinatingOrganisationIds?: string[];
  /** Tiêu chí liên kết as picker keys (see nodeLinkKey). */
  nodeLinks?: string[];
  timeframeText?: string;
  outputKind: OutputKind;
  outputDescription?: string;
}

/** The picker key of a framework node: framework id and node code in one string. */
export function nodeLinkKey(frameworkId: string, code: string): string {
  return `${frameworkId}|${code}`;
}

/** A picker key back as the contract's node link. */
export function fromNodeLinkKey(key: string): { frameworkId: string; code: string } {
  const at = key.indexOf('|');
  return { frameworkId: key.slice(0, at), code: key.slice(at + 1) };
}

/** Who leads, as the contract's three fields: exactly one of them says it (or none: không nêu). */
function toLead(
  values: AddTaskValues,
): Pick<NewTask, 'leadOrganisationId' | 'leadGroup' | 'leadSuggestion'> {
  const none = { leadOrganisationId: null, leadGroup: null, leadSuggestion: '' };
  switch (values.leadMode) {
    case 'unit':
      return { ...none, leadOrganisationId: values.leadOrganisationId ?? null };
    case 'units': {
      const ids = values.leadOrganisationIds ?? [];
      // One unit picked in "nhiều đơn vị" is simply that unit.
      if (ids.length === 1) return { ...none, leadOrganisationId: ids[0] ?? null };
      return { ...none, leadGroup: { kind: 'units', organisationIds: ids } };
    }
    case 'units_of_type':
      return {
        ...none,
        leadGroup: {
          kind: 'units_of_type',
          organisationType: values.leadOrganisationType ?? 'commune',
          underOrganisationId: values.leadUnderOrganisationId ?? '',
        },
      };
    case 'text':
      return { ...none, leadSuggestion: values.leadSuggestion?.trim() ?? '' };
    case 'none':
      return none;
  }
}

/** The body of "Thêm nhiệm vụ": empty timeframe = không nêu, output defaults to không nêu. */
export function toNewTask(values: AddTaskValues): NewTask {
  return {
    content: values.content.trim(),
    sectionId: values.sectionId ?? null,
    kind: values.kind,
    area: values.area?.trim() ?? '',
    ...toLead(values),
    coordinatingOrganisationIds: values.coordinatingOrganisationIds ?? [],
    nodeLinks: (values.nodeLinks ?? []).map(fromNodeLinkKey),
    timeframeText: values.timeframeText?.trim() ?? '',
    outputKind: values.outputKind,
    outputDescription: values.outputDescription?.trim() ?? '',
  };
}
