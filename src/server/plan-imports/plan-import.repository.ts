// SQL for plan imports (lần nhập kế hoạch): the uploaded file with its readings, and what the
// importer matches against — the tenant's units (with validity) and frameworks (with nodes).
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { ImportFramework, ImportUnit, LineOverride } from '@domain/plans/import/imported-plan';
import type { SourceDocument } from '@domain/plans/import/source-document';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import type { IndexKind } from '@domain/frameworks/index-kind';
import type { FrameworkNode } from '@domain/frameworks/framework';
import type { Database } from '../db/client';
import { frameworks, organisations, planImports } from '../db/schema';

/** A plan import row; the jsonb columns typed as the domain's shapes. */
export type PlanImportRow = Omit<
  typeof planImports.$inferSelect,
  'overrides' | 'lines' | 'source' | 'result'
> & {
  overrides: LineOverride[];
  lines: string[];
  source: SourceDocument;
  /** The ImportedPlan (as JSON) once read. */
  result: unknown;
};

/** A plan import without its file bytes and source document (what the screen polls). */
export type PlanImportView = Omit<PlanImportRow, 'content' | 'source'> & {
  organisationName: string;
};

/** The columns a new import needs. */
export type NewPlanImportRow = Omit<
  typeof planImports.$inferInsert,
  'id' | 'version' | 'createdAt' | 'updatedAt'
>;

export async function insertPlanImport(db: Database, row: NewPlanImportRow): Promise<string> {
  const [created] = await db.insert(planImports).values(row).returning({ id: planImports.id });
  if (!created) throw new Error('insert plan import returned nothing');
  return created.id;
}

/** The import with its file and source, or null (another tenant's id too); `lock` holds the row. */
export async function findPlanImport(
  db: Database,
  tenantId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<PlanImportRow | null> {
  const query = db
    .select()
    .from(planImports)
    .where(and(eq(planImports.tenantId, tenantId), eq(planImports.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  return (row as PlanImportRow | undefined) ?? null;
}

/** The unit an import belongs to (for authorisation), or null. */
export async function findPlanImportUnit(
  db: Database,
  tenantId: string,
  id: string,
): Promise<string | null> {
  const [row] = await db
    .select({ organisationId: planImports.organisationId })
    .from(planImports)
    .where(and(eq(planImports.tenantId, tenantId), eq(planImports.id, id)));
  return row?.organisationId ?? null;
}

/** The import as the screen shows it: no file bytes, no source document, with its unit's name. */
export async function findPlanImportView(
  db: Database,
  tenantId: string,
  id: string,
): Promise<PlanImportView | null> {
  const { content: _content, source: _source, ...columns } = getTableColumns(planImports);
  const [row] = await db
    .select({ ...columns, organisationName: organisations.name })
    .from(planImports)
    .innerJoin(
      organisations,
      and(
        eq(organisations.tenantId, planImports.tenantId),
        eq(organisations.id, planImports.organisationId),
      ),
    )
    .where(and(eq(planImports.tenantId, tenantId), eq(planImports.id, id)));
  return (row as PlanImportView | undefined) ?? null;
}

/** The fields a reading, a job step or "Tạo dự thảo" changes. */
export type PlanImportChanges = Partial<
  Pick<PlanImportRow, 'status' | 'progress' | 'error' | 'overrides' | 'result' | 'planId'>
>;

/** Applies `changes` and raises the version; `onlyStatus` guards against a concurrent change of state. */
export async function updatePlanImport(
  db: Database,
  tenantId: string,
  id: string,
  changes: PlanImportChanges,
  onlyStatus?: string,
): Promise<boolean> {
  const conditions = [eq(planImports.tenantId, tenantId), eq(planImports.id, id)];
  if (onlyStatus) conditions.push(eq(planImports.status, onlyStatus));
  const rows = await db
    .update(planImports)
    .set({ ...changes, version: sql`${planImports.version} + 1`, updatedAt: sql`now()` })
    .where(and(...conditions))
    .returning({ id: planImports.id });
  return rows.length > 0;
}

/** Every unit of the tenant with its validity (closed ones too: a 2024 plan names 2024's units). */
export async function listTenantUnits(db: Database, tenantId: string): Promise<ImportUnit[]> {
  const rows = await db
    .select({
      id: organisations.id,
      code: organisations.code,
      name: organisations.name,
      type: organisations.type,
      parentId: organisations.parentId,
      validFrom: organisations.validFrom,
      validTo: organisations.validTo,
    })
    .from(organisations)
    .where(eq(organisations.tenantId, tenantId))
    .orderBy(organisations.name, organisations.code);
  return rows.map((row) => ({ ...row, type: row.type as OrganisationType }));
}

/** Every framework of the tenant with its nodes' codes, parents and names. */
export async function listTenantFrameworks(
  db: Database,
  tenantId: string,
): Promise<ImportFramework[]> {
  const rows = await db
    .select({
      id: frameworks.id,
      indexKind: frameworks.indexKind,
      name: frameworks.name,
      year: frameworks.year,
      nodes: frameworks.nodes,
    })
    .from(frameworks)
    .where(eq(frameworks.tenantId, tenantId))
    .orderBy(frameworks.year, frameworks.code);
  return rows.map((row) => ({
    id: row.id,
    indexKind: row.indexKind as IndexKind,
    name: row.name,
    year: row.year,
    nodes: (row.nodes as FrameworkNode[]).map((node) => ({
      code: node.code,
      parentCode: node.parentCode,
      name: node.name,
    })),
  }));
}
