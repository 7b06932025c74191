// SQL of the council board: every entry of a round, one row per unit with its scores as arrays
// (one set-based query: 700 units × 90 criteria come back as 700 rows, not 63 000). The arrays
// travel as JSON: the driver reads them with JSON.parse, where a PostgreSQL array literal is
// parsed character by character in JavaScript (5 × 63 000 values: most of the board's time).
// Scores stay numeric: a numeric goes into JSON as its decimal text (0.4500), which JSON.parse
// reads as the same double a float8 cast gives, without PostgreSQL converting each one first.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';

/** One unit's entries as parallel arrays (the aggregates of one group see its rows in one order). */
export interface BoardEntriesRow {
  organisationId: string;
  nodeCodes: string[];
  selfScores: (number | null)[];
  notApplicable: boolean[];
  appraised1: (number | null)[];
  appraised2: (number | null)[];
}

/** Every entry of the round, one row per unit taking part that has any (units with none are absent). */
export async function listBoardEntries(
  db: Database,
  tenantId: string,
  roundId: string,
): Promise<BoardEntriesRow[]> {
  const result = await db.execute<{
    organisation_id: string;
    node_codes: string[];
    self_scores: (number | null)[];
    not_applicable: boolean[];
    appraised_1: (number | null)[];
    appraised_2: (number | null)[];
  }>(sql`
    SELECT organisation_id,
           json_agg(node_code) AS node_codes,
           json_agg(self_score) AS self_scores,
           json_agg(not_applicable) AS not_applicable,
           json_agg(appraised_score_1) AS appraised_1,
           json_agg(appraised_score_2) AS appraised_2
    FROM assessment_entries
    WHERE tenant_id = ${tenantId} AND round_id = ${roundId}
    GROUP BY organisation_id`);
  return result.rows.map((row) => ({
    organisationId: row.organisation_id,
    nodeCodes: row.node_codes,
    selfScores: row.self_scores,
    notApplicable: row.not_applicable,
    appraised1: row.appraised_1,
    appraised2: row.appraised_2,
  }));
}
