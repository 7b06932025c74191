// Đọc phụ lục nhiệm vụ (owner: the appendix piece). PLACEHOLDER: reads nothing yet; the real
// reader takes real tables (any column order, merged group rows) and flattened ones (.txt/.pdf).
import type { ImportFramework, ImportWarning, ImportedTask } from './imported-plan';
import type { UnitMatcher } from './match-unit';
import type { Paragraph } from './paragraph';
import type { SourceDocument } from './source-document';

/** What the appendix reader is given. */
export interface AppendixContext {
  units: UnitMatcher;
  frameworks: readonly ImportFramework[];
  year: number | null;
}

/** Nhiệm vụ từ bảng: the tasks (origin 'table', area = the group row) and warnings. */
export interface AppendixReading {
  tasks: ImportedTask[];
  warnings: ImportWarning[];
}

/** Đọc bảng phụ lục: STT, Nội dung/Nhiệm vụ, Chủ trì, Phối hợp, Sản phẩm, Thời gian in any order. */
export function readAppendix(
  _appendix: readonly Paragraph[],
  _doc: SourceDocument,
  _ctx: AppendixContext,
): AppendixReading {
  return { tasks: [], warnings: [] };
}
