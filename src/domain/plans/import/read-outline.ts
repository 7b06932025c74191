// Đọc cây mục và nhiệm vụ văn xuôi (owner: the outline piece). PLACEHOLDER: every "I." heading is a
// top-level section, everything else its body; no roles, no prose tasks.
import type { IndexKind } from '../../frameworks/index-kind';
import type { PlanSection } from '../plan';
import type { ImportFramework, ImportWarning, ImportedTask, Provenance } from './imported-plan';
import type { UnitMatcher } from './match-unit';
import { spansOf, type Paragraph, type TextReading } from './paragraph';

/** What the outline reader is given: frameworks to match headings, the unit matcher, and whether bullets become tasks (no appendix table held any). */
export interface OutlineContext {
  frameworks: readonly ImportFramework[];
  units: UnitMatcher;
  proseTasks: boolean;
  year: number | null;
}

/**
 * Cây mục đọc được: the content sections (under "NỘI DUNG, NHIỆM VỤ…"), with their printed labels,
 * index kinds and provenance ("section:<id>"); the texts of the parts PlanContent keeps apart
 * (mục đích, yêu cầu, tổ chức thực hiện) and the paragraphs the targets and reporting readers take;
 * and the tasks read from prose.
 */
export interface OutlineReading {
  sections: PlanSection[];
  sectionLabels: Record<string, string>;
  sectionIndexKinds: Record<string, IndexKind>;
  provenance: Record<string, Provenance>;
  purpose: TextReading | null;
  requirements: TextReading | null;
  /** Paragraphs under "CHỈ TIÊU" and the target-like ones of "MỤC ĐÍCH" ("Phấn đấu … đạt từ 85% trở lên"). */
  targetParagraphs: Paragraph[];
  implementation: TextReading | null;
  /** Paragraphs of "TỔ CHỨC THỰC HIỆN", for the reporting-duty reader. */
  implementationParagraphs: Paragraph[];
  tasks: ImportedTask[];
  warnings: ImportWarning[];
}

/** Đọc cây mục: numbering (I., A., 1., 1.1., a), -, +), headings vs body, index and node of each block, and prose tasks. */
export function readOutline(body: readonly Paragraph[], _ctx: OutlineContext): OutlineReading {
  const sections: PlanSection[] = [];
  const provenance: Record<string, Provenance> = {};
  const sectionLabels: Record<string, string> = {};
  for (const paragraph of body) {
    const heading = /^([IVX]+\.)\s+(.*)$/.exec(paragraph.text);
    const current = sections.at(-1);
    if (heading || !current) {
      const id = `s${sections.length + 1}`;
      sections.push({
        id,
        parentId: null,
        numbering: heading ? 'roman' : 'none',
        heading: heading?.[2] ?? paragraph.text,
        body: '',
        frameworkId: null,
        nodeCode: null,
      });
      sectionLabels[id] = heading?.[1] ?? '';
      provenance[`section:${id}`] = { confidence: 0.5, source: spansOf([paragraph]), flags: [] };
    } else current.body = current.body ? `${current.body}\n${paragraph.text}` : paragraph.text;
  }
  return {
    sections,
    sectionLabels,
    sectionIndexKinds: {},
    provenance,
    purpose: null,
    requirements: null,
    targetParagraphs: [],
    implementation: null,
    implementationParagraphs: [],
    tasks: [],
    warnings: [],
  };
}
