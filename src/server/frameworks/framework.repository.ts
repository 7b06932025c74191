// SQL for a tenant's frameworks (bộ chỉ số). The node tree is one jsonb document per framework.
import { and, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { frameworks } from '../db/schema';

/** A framework row. */
export type FrameworkRow = typeof frameworks.$inferSelect;
/** The columns a new framework needs. */
export type NewFrameworkRow = Omit<
  typeof frameworks.$inferInsert,
  'id' | 'version' | 'createdAt' | 'updatedAt'
>;
/** A framework row without its nodes, with how many it has (for lists). */
export type FrameworkListRow = Omit<FrameworkRow, 'nodes' | 'codeMapping'> & { nodeCount: number };

export async function findFramework(
  db: Database,
  tenantId: string,
  id: string,
): Promise<FrameworkRow | null> {
  const [row] = await db
    .select()
    .from(frameworks)
    .where(and(eq(frameworks.tenantId, tenantId), eq(frameworks.id, id)));
  return row ?? null;
}

export async function findFrameworkByCode(
  db: Database,
  tenantId: string,
  code: string,
): Promise<FrameworkRow | null> {
  const [row] = await db
    .select()
    .from(frameworks)
    .where(and(eq(frameworks.tenantId, tenantId), eq(frameworks.code, code)));
  return row ?? null;
}

/** The tenant's frameworks, newest year first, optionally of one kind, year or unit type. */
export async function listFrameworks(
  db: Database,
  tenantId: string,
  filter: { indexKind?: string; year?: number; unitType?: string },
): Promise<FrameworkListRow[]> {
  const conditions: SQL[] = [eq(frameworks.tenantId, tenantId)];
  if (filter.indexKind) conditions.push(eq(frameworks.indexKind, filter.indexKind));
  if (filter.year) conditions.push(eq(frameworks.year, filter.year));
  if (filter.unitType) conditions.push(sql`${filter.unitType} = ANY(${frameworks.unitTypes})`);
  const { nodes: _nodes, codeMapping: _codeMapping, ...columns } = getTableColumns(frameworks);
  return db
    .select({ ...columns, nodeCount: sql<number>`jsonb_array_length(${frameworks.nodes})::int` })
    .from(frameworks)
    .where(and(...conditions))
    .orderBy(desc(frameworks.year), frameworks.indexKind, frameworks.code);
}

export async function insertFramework(db: Database, row: NewFrameworkRow): Promise<FrameworkRow> {
  const [created] = await db.insert(frameworks).values(row).returning();
  if (!created) throw new Error('insert framework returned nothing');
  return created;
}

/** Replaces the framework's definition when `version` still matches; null on a version clash. */
export async function updateFrameworkIfVersion(
  db: Database,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<
    Pick<
      FrameworkRow,
      | 'code'
      | 'indexKind'
      | 'name'
      | 'year'
      | 'unitTypes'
      | 'decision'
      | 'illustrative'
      | 'note'
      | 'description'
      | 'scale'
      | 'gradeBands'
      | 'nodes'
    >
  >,
): Promise<FrameworkRow | null> {
  const [row] = await db
    .update(frameworks)
    .set({ ...changes, version: sql`${frameworks.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(frameworks.tenantId, tenantId),
        eq(frameworks.id, id),
        eq(frameworks.version, version),
      ),
    )
    .returning();
  return row ?? null;
}
