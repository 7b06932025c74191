// Đọc văn bản đã tải lên: the one place a stored source document becomes an ImportedPlan — for an
// upload read at once, the background job, "Đọc lại" with a person's overrides, and the CLI — with
// the tenant's units and frameworks to match, and the plan year settled.
import { importedPlanSchema } from '@contract/plan-imports';
import type { ImportContext, ImportedPlan, LineOverride } from '@domain/plans/import/imported-plan';
import { readPlanDocument } from '@domain/plans/import/read-plan-document';
import type { SourceDocument } from '@domain/plans/import/source-document';
import type { Database } from '../db/client';
import { listTenantFrameworks, listTenantUnits } from './plan-import.repository';

/** Up to this size a file is read during the upload; a larger one by the background job. */
export const PLAN_IMPORT_INLINE_MAX_BYTES = 300 * 1024;

/** Bối cảnh đọc: the tenant's units (with validity) and frameworks (with nodes), and who imports. */
export async function loadImportContext(
  db: Database,
  input: {
    tenantId: string;
    organisationId: string;
    year: number | null;
    overrides: LineOverride[];
  },
): Promise<ImportContext> {
  return {
    issuerOrganisationId: input.organisationId,
    year: input.year,
    units: await listTenantUnits(db, input.tenantId),
    frameworks: await listTenantFrameworks(db, input.tenantId),
    overrides: input.overrides,
  };
}

/** A reading the API cannot carry (a field past the contract's limits): the import fails with this. */
export class UnreadableResultError extends Error {}

/**
 * Đọc: readPlanDocument, then the plan year — as the person chose, else as the document says,
 * else this year with a warning (a draft needs one; the review screen lets the person change it).
 * The result is checked against the contract, so a stored reading can always be shown.
 */
export function readImportedPlan(
  source: SourceDocument,
  context: ImportContext,
  today: string,
): ImportedPlan {
  const plan = readPlanDocument(source, context);
  if (!plan.content.year) {
    const year = Number(today.slice(0, 4));
    plan.content = { ...plan.content, year };
    plan.warnings = [
      ...plan.warnings,
      {
        code: 'year_unread',
        message: `Không đọc được năm của kế hoạch; tạm lấy năm ${year}. Hãy kiểm tra trước khi tạo dự thảo.`,
        source: [],
      },
    ];
  }
  const checked = importedPlanSchema.safeParse(plan);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new UnreadableResultError(
      `kết quả đọc không hợp lệ ở ${issue?.path.join('.') ?? '?'} (${issue?.message ?? ''})`,
    );
  }
  return plan;
}
