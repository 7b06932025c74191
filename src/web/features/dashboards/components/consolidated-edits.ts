/** Nội dung báo cáo tổng hợp đã sửa: what a save sends for the sections on screen. */
import type { EndpointBody } from '@contract/endpoint';
import type { saveConsolidatedReport } from '@contract/reports';

type Section = { key: string; text: string; edited: boolean };

/**
 * Every section's edit: the text typed when it changed; an untouched edited section keeps its
 * edit; an untouched generated one sends '' so it stays generated (and follows new reports). An
 * emptied section sends '' too, which restores the generated text.
 */
export function buildSectionEdits(
  sections: readonly Section[],
  drafts: Readonly<Record<string, string>>,
): EndpointBody<typeof saveConsolidatedReport> {
  const edits: Record<string, string> = {};
  for (const section of sections) {
    const draft = drafts[section.key];
    if (draft !== undefined && draft !== section.text) edits[section.key] = draft;
    else edits[section.key] = section.edited ? section.text : '';
  }
  return { sections: edits };
}

/** True when some typed text differs from what was loaded. */
export function hasSectionChanges(
  sections: readonly Section[],
  drafts: Readonly<Record<string, string>>,
): boolean {
  return sections.some(
    (section) => drafts[section.key] !== undefined && drafts[section.key] !== section.text,
  );
}
