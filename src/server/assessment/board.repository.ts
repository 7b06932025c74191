// SQL of the council board: every entry of a round, one row per unit with its scores as arrays
// (one set-based query: 700 units × 90 criteria come back as 700 rows, not 63 000).
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';

/** One unit's entries as parallel arrays (scores cast to float8 so the driver gives numbers). */
export interface BoardEntriesRow {
  organisationId: string;
  nodeCodes: string[];
  selfScores: (number | null)[];
  notApplicable: boolean[];
  appraised1: (number | null)[];
  appraised2: (number | null)[];
}

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
           array_agg(node_code) AS node_codes,
           array_agg(self_score::float8) AS self_scores,
           array_agg(not_applicable) AS not_applicable,
           array_agg(appraised_score_1::float8) AS appraised_1,
           array_agg(appraised_score_2::float8) AS appraised_2
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
