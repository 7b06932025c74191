// Nhiệm vụ từ một dòng bảng: turns the cells of one task row (however the table was read) into an
// ImportedTask — units matched, "Đề nghị …" leads as requests, the output kind, the timeframe as
// printed, and the provenance with the flags a person should look at.
import { foldVietnamese } from '../../shared/fold-vietnamese';
import { parseTimeframe } from '../parse-timeframe';
import { outputKindOf } from './output-kind';
import type { ImportFlag, ImportFramework, ImportedTask } from './imported-plan';
import { linkNodes } from './match-task-nodes';
import type { UnitMatcher } from './match-unit';
import type { SourceSpan } from './source-document';
import type { ColumnKind } from './table-columns';
import { coordinatingFields, leadFields } from './task-units';

/** Dòng nhiệm vụ đã cắt: a task row's cells by kind, where it sits, and how sure the cutting is. */
export interface TaskRowCells {
  key: string;
  area: string;
  cells: Partial<Record<ColumnKind, string>>;
  source: SourceSpan[];
  confidence: number;
  /** The cutting of a flattened row was unsure. */
  splitGuess: boolean;
}

/** Văn bản ô: the lines of a cell joined, spaces collapsed. */
export function cellText(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

// "Đề nghị Ủy ban MTTQ…": the plan asks a body it does not direct.
const REQUEST = /^de nghi\b[\s:]*/;

/** Nhiệm vụ từ dòng bảng: the ImportedTask of a row's cells. */
export function appendixTask(
  row: TaskRowCells,
  tools: { units: UnitMatcher; year: number | null; frameworks: readonly ImportFramework[] },
): ImportedTask {
  let leadPrinted = cellText(row.cells.lead);
  const request = REQUEST.exec(foldVietnamese(leadPrinted));
  if (request) leadPrinted = leadPrinted.slice(request[0].length).trim();
  const coordinatingPrinted = cellText(row.cells.coordinating);
  const lead = leadFields(leadPrinted, leadPrinted ? tools.units.manyLenient(leadPrinted) : []);
  const coordinating = coordinatingFields(
    coordinatingPrinted,
    coordinatingPrinted ? tools.units.manyLenient(coordinatingPrinted) : [],
  );
  const timeframeText = cellText(row.cells.timeframe);
  const outputDescription = cellText(row.cells.output);
  const flags = new Set<ImportFlag>([...lead.flags, ...coordinating.flags]);
  if (
    timeframeText &&
    parseTimeframe(timeframeText, tools.year ? { defaultYear: tools.year } : {}).kind === 'unknown'
  )
    flags.add('timeframe_unread');
  if (row.splitGuess) flags.add('content_split_guess');
  const content = cellText(row.cells.content).replace(/[;,]$/, '').trim();
  const nodes = linkNodes(content, tools.frameworks);
  if (nodes.guess) flags.add('node_guess');
  const { flags: _lead, ...leadRest } = lead;
  const { flags: _coordinating, ...coordinatingRest } = coordinating;
  return {
    key: row.key,
    area: row.area,
    sectionId: null,
    kind: request ? 'request' : 'assignment',
    content,
    solution: cellText(row.cells.solution),
    nodeLinks: nodes.links,
    ...leadRest,
    ...coordinatingRest,
    outputKind: outputKindOf(outputDescription),
    outputDescription,
    timeframeText,
    note: cellText(row.cells.note),
    origin: 'table',
    provenance: { confidence: row.confidence, source: row.source, flags: [...flags] },
  };
}
