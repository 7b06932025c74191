// Rows → contract shapes: an import as the review screen polls it, with its totals when read.
import type { ImportedPlanDto, PlanImportDto } from '@contract/plan-imports';
import type { ImportedPlan } from '@domain/plans/import/imported-plan';
import { importTotals } from '@domain/plans/import/import-totals';
import type { SourceFormat } from '@domain/plans/import/source-document';
import type { PlanImportView } from './plan-import.repository';

/** The import as the API returns it; `canCreate` is whether the actor may create its draft. */
export function toPlanImportDto(row: PlanImportView, canCreate: boolean): PlanImportDto {
  const result = (row.result as ImportedPlanDto | null) ?? null;
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    year: row.year,
    fileName: row.fileName,
    format: row.format as SourceFormat,
    sizeBytes: row.sizeBytes,
    status: row.status as PlanImportDto['status'],
    progress: row.progress,
    error: row.error,
    planId: row.planId,
    overrides: row.overrides,
    lines: row.lines,
    result,
    totals: result ? importTotals(result as ImportedPlan) : null,
    createdAt: row.createdAt.toISOString(),
    can: { create: canCreate && row.status === 'ready' },
  };
}

/** MIME type of the stored original, from the format the reader detected (and .md kept as such). */
export function contentTypeOf(format: SourceFormat, fileName: string): string {
  if (format === 'docx')
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (format === 'pdf') return 'application/pdf';
  return /\.md$/i.test(fileName) ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8';
}
