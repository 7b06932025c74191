// Plumbing: a table's row read as to_jsonb(row) (a set-based statement returning several tables'
// rows as json) turned back into the row Drizzle's own select returns — keys as the schema names
// them, each value through its column's driver mapping (a timestamp's ISO text → Date). Exact for
// text, integer, boolean, uuid, date (as text), timestamptz (to the millisecond, as the driver) and
// jsonb; a numeric or bigint column would come back as a json number, not the driver's string.
import { getTableColumns, type Table } from 'drizzle-orm';

/** The row of `table` from its to_jsonb() form (snake_case keys, json values). */
export function rowFromJson<T extends Table>(
  table: T,
  json: Record<string, unknown>,
): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T['$inferSelect'];
}
