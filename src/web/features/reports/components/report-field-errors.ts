/** Puts the server's per-field refusals of a report ("kpiValues.0.value", "kpiValues.1.overrideReason", "entries.2.progress") on the form's inputs. */
import type { ErrorDetail } from '@contract/common';
import type { EndpointBody } from '@contract/endpoint';
import type { saveSubmission } from '@contract/reports';

/** A form field path as antd names it, e.g. ['kpiValues', 3] or ['entries', 0, 'progress']. */
export type FormFieldPath = (string | number)[];

/** The field's messages where a field was found, and the messages that fit no input. */
export interface PlacedReportErrors {
  fields: { name: FormFieldPath; errors: string[] }[];
  unplaced: string[];
}

const ENTRY_FIELDS = new Set(['status', 'progress', 'result', 'reason', 'documentRefs']);
const REFERENCE_FIELDS = new Set(['number', 'date', 'issuer', 'summary']);

/**
 * Maps each detail to its input. KPI details count positions in the body sent, which are mapped
 * back to the target they carry; entries are sent in the form's order, so they map one to one.
 */
export function placeReportErrors(
  details: readonly ErrorDetail[],
  sent: Pick<EndpointBody<typeof saveSubmission>, 'kpiValues' | 'entries'>,
): PlacedReportErrors {
  const byField = new Map<string, { name: FormFieldPath; errors: string[] }>();
  const unplaced: string[] = [];
  for (const detail of details) {
    const name = toFormPath(detail.field ?? undefined, sent);
    if (name === null) {
      unplaced.push(detail.message);
      continue;
    }
    const key = name.join('.');
    const placed = byField.get(key) ?? { name, errors: [] };
    placed.errors.push(detail.message);
    byField.set(key, placed);
  }
  return { fields: [...byField.values()], unplaced };
}

function toFormPath(
  field: string | undefined,
  sent: Pick<EndpointBody<typeof saveSubmission>, 'kpiValues' | 'entries'>,
): FormFieldPath | null {
  if (!field) return null;
  const [head, indexText, child, refIndexText, refChild] = field.split('.');
  if (head === 'difficulties' || head === 'proposals') return [head];
  const index = Number(indexText);
  if (!Number.isInteger(index) || index < 0) return null;
  if (head === 'kpiValues') {
    const targetIndex = sent.kpiValues?.[index]?.targetIndex;
    if (targetIndex === undefined) return null;
    // A refused override lands on its reason box, under the figure.
    return child === 'overrideReason' ? ['kpiReasons', targetIndex] : ['kpiValues', targetIndex];
  }
  if (head !== 'entries' || index >= (sent.entries?.length ?? 0)) return null;
  if (child === undefined || !ENTRY_FIELDS.has(child)) return null;
  if (child !== 'documentRefs') return ['entries', index, child];
  const refIndex = Number(refIndexText);
  if (!Number.isInteger(refIndex) || refIndex < 0) return null;
  // A refusal of a whole reference lands on its number, the one required part.
  const part = refChild !== undefined && REFERENCE_FIELDS.has(refChild) ? refChild : 'number';
  return ['entries', index, 'documentRefs', refIndex, part];
}
