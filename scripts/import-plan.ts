// Nhập kế hoạch từ dòng lệnh: `npm run import-plan -- FILE --tenant CODE --unit CODE [--year N]
// [--dry-run]`. Reads the file as an upload would (same reader, same reading with the tenant's
// units and frameworks), prints the summary the review screen shows, and — without --dry-run —
// stores the import and creates the draft through the same service as POST
// /api/plan-imports/:id/plan, in one transaction, audited as the CLI (no user, request id
// "cli:import-plan"). Uses DATABASE_URL, or the embedded database under PARPLAN_DATA_DIR when the
// app is not running.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import type { ImportedPlan } from '../src/domain/plans/import/imported-plan';
import type { Clock } from '../src/server/clock';
import { loadConfig } from '../src/server/config';
import type { Database } from '../src/server/db/client';
import { tenants } from '../src/server/db/schema';
import { insertAuditEvent } from '../src/server/audit/audit.repository';
import { AppError } from '../src/server/http/app-error';
import type { ServiceContext } from '../src/server/http/service-context';
import { findOrganisationByCode } from '../src/server/organisations/organisation.repository';
import { findOrganisationPath } from '../src/server/organisations/organisation-path.repository';
import { readPlanSource } from '../src/server/documents/plan-source/read-plan-source';
import { listTenantUnits } from '../src/server/plan-imports/plan-import.repository';
import {
  loadImportContext,
  readImportedPlan,
} from '../src/server/plan-imports/plan-import-reading';
import { uploadPlanImport } from '../src/server/plan-imports/plan-import.service';
import { createPlanFromImport } from '../src/server/plan-imports/plan-import-draft.service';
import { withCliDatabase } from '../src/server/cli/cli-database';
import { importSummaryLines } from '../src/server/plan-imports/plan-import-summary';

const USAGE =
  'Cách dùng: npm run import-plan -- TỆP --tenant MÃ_TỈNH --unit MÃ_ĐƠN_VỊ [--year NĂM] [--dry-run]';

/** Người thực hiện của dòng lệnh: no user (the audit records none), the request id names the CLI. */
export const CLI_ACTOR_USER_ID = '00000000-0000-0000-0000-000000000000';
export const CLI_REQUEST_ID = 'cli:import-plan';

/** A refusal the CLI explains and exits 1 on. */
export class ImportPlanError extends Error {}

/** What one run did: the import stored and the draft created (both null on a dry run). */
export interface ImportPlanOutcome {
  importId: string | null;
  planId: string | null;
}

/** Runs the command on `argv` (the arguments after the script name) against `db`. */
export async function importPlan(
  argv: readonly string[],
  deps: { db: Database; clock: Clock; print: (line: string) => void },
): Promise<ImportPlanOutcome> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      tenant: { type: 'string' },
      unit: { type: 'string' },
      year: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  if (!file || !values.tenant || !values.unit || positionals.length > 1)
    throw new ImportPlanError(USAGE);
  const year = values.year === undefined ? null : Number(values.year);
  if (year !== null && !(Number.isInteger(year) && year >= 2000 && year <= 2100))
    throw new ImportPlanError(`Năm không hợp lệ: ${values.year}. ${USAGE}`);
  const { db, clock, print } = deps;
  const [tenant] = await db.select().from(tenants).where(eq(tenants.code, values.tenant));
  if (!tenant) throw new ImportPlanError(`Không có tỉnh mã «${values.tenant}».`);
  const unit = await findOrganisationByCode(db, tenant.id, values.unit);
  if (!unit) throw new ImportPlanError(`Tỉnh ${tenant.name} không có đơn vị mã «${values.unit}».`);
  const buffer = await readFile(file);
  const fileName = basename(file);
  const today = clock.today();
  const units = new Map((await listTenantUnits(db, tenant.id)).map((each) => [each.id, each.name]));
  const printSummary = (plan: ImportedPlan) => {
    print(`${fileName} → ${unit.name} (${tenant.name})`);
    for (const line of importSummaryLines(plan, (id) => units.get(id))) print(line);
  };

  if (values['dry-run']) {
    const source = await readPlanSource(buffer, fileName);
    const context = await loadImportContext(db, {
      tenantId: tenant.id,
      organisationId: unit.id,
      year,
      overrides: [],
    });
    printSummary(readImportedPlan(source, context, today));
    print('');
    print('Chạy thử (--dry-run): chưa ghi gì.');
    return { importId: null, planId: null };
  }

  const path = await findOrganisationPath(db, tenant.id, unit.id);
  return db.transaction(async (tx) => {
    const ctx: ServiceContext = {
      db: tx,
      actor: {
        userId: CLI_ACTOR_USER_ID,
        tenantId: tenant.id,
        grants: [{ role: 'admin', organisationId: unit.id }],
      },
      resource: { tenantId: tenant.id, organisationId: unit.id, path: path ?? [unit.id] },
      audit: (entry) =>
        insertAuditEvent(tx, {
          ...entry,
          tenantId: tenant.id,
          actorUserId: null,
          outcome: 'allowed',
          requestId: CLI_REQUEST_ID,
        }),
      today,
      now: clock.now(),
    };
    const { planImport } = await uploadPlanImport(ctx, {
      organisationId: unit.id,
      year,
      fileName,
      buffer,
      inline: true,
    });
    if (!planImport.result)
      throw new ImportPlanError(planImport.error ?? 'Không đọc được văn bản.');
    const result = planImport.result as ImportedPlan;
    printSummary(result);
    const { planId } = await createPlanFromImport(ctx, {
      importId: planImport.id,
      body: {
        content: result.content,
        tasks: result.tasks,
        reportingRule: result.reporting?.rule ?? null,
      },
    });
    print('');
    print(`Đã tạo dự thảo kế hoạch ${planId} (lần nhập ${planImport.id}).`);
    return { importId: planImport.id, planId };
  });
}

/** A refusal of the services, with its details, as lines to print. */
function explain(error: unknown): string {
  if (error instanceof AppError)
    return [
      error.message,
      ...(error.details ?? []).map((d) => `  - ${d.field}: ${d.message}`),
    ].join('\n');
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<void> {
  const config = loadConfig();
  await withCliDatabase(config, ({ db }) =>
    importPlan(process.argv.slice(2), {
      db,
      clock: config.clock,
      print: (line) => console.log(line),
    }),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(explain(error));
    process.exit(1);
  });
}
