// Loads every result on a framework for one unit type, rolls each up and ranks them: the data
// behind rankings and gap analyses (peers = same framework, same unit type, same tenant).
import type { Framework } from '@domain/frameworks/framework';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { rankUnits } from '@domain/results/ranking';
import { rollUpResult, type RolledUpResult } from '@domain/results/roll-up';
import type { Database } from '../db/client';
import { frameworkOf } from '../frameworks/framework-presenter';
import { findFramework, type FrameworkRow } from '../frameworks/framework.repository';
import * as repo from './result.repository';
import { toNodeResult } from './result.service';

/** A unit's rolled-up result and its rank among the peers (null when nothing applies to it). */
export interface RankedPeer {
  unit: repo.ResultUnitRow;
  rolledUp: RolledUpResult;
  rank: number | null;
}

/** Peers on one framework, and how many of them are ranked (the "20" of "4/20"). */
export interface PeerResults {
  framework: Framework;
  peers: RankedPeer[];
  rankedCount: number;
  byUnitId: Map<string, RankedPeer>;
}

/** Every result on the framework for units of `unitType`, rolled up and ranked with ties shared. */
export async function loadPeerResults(
  db: Database,
  tenantId: string,
  row: FrameworkRow,
  unitType: string,
): Promise<PeerResults> {
  const framework = frameworkOf(row);
  const results = await repo.listFrameworkResultsOfType(db, tenantId, row.id, unitType);
  const nodes = await repo.listResultNodes(
    db,
    tenantId,
    results.map(({ result }) => result.id),
  );
  const nodesByResult = new Map<string, repo.ResultNodeRow[]>();
  for (const node of nodes) {
    const list = nodesByResult.get(node.resultId);
    if (list) list.push(node);
    else nodesByResult.set(node.resultId, [node]);
  }
  const rolled = results.map(({ result, unit }) => ({
    unit,
    rolledUp: rollUpResult(framework, (nodesByResult.get(result.id) ?? []).map(toNodeResult), {
      unitType: unitType as OrganisationType,
    }),
  }));
  const ranks = new Map(
    rankUnits(
      rolled
        .filter(({ rolledUp }) => rolledUp.totals.indexPercent !== null)
        .map(({ unit, rolledUp }) => ({
          unitId: unit.id,
          indexPercent: rolledUp.totals.indexPercent!,
        })),
    ).map((ranked) => [ranked.unitId, ranked.rank]),
  );
  const peers = rolled.map((peer) => ({ ...peer, rank: ranks.get(peer.unit.id) ?? null }));
  return {
    framework,
    peers,
    rankedCount: ranks.size,
    byUnitId: new Map(peers.map((peer) => [peer.unit.id, peer])),
  };
}

/** The previous year's framework (the one this was copied from) and its peers, if any. */
export async function loadPreviousPeerResults(
  db: Database,
  tenantId: string,
  row: FrameworkRow,
  unitType: string,
): Promise<{ row: FrameworkRow; results: PeerResults } | null> {
  if (!row.copiedFromId) return null;
  const previous = await findFramework(db, tenantId, row.copiedFromId);
  if (!previous) return null;
  return { row: previous, results: await loadPeerResults(db, tenantId, previous, unitType) };
}

/** How far back a rank history walks: the framework and at most this many it was copied from. */
export const RANK_HISTORY_STEPS = 10;

/**
 * The framework and the ones it was copied from (copied_from_id, same tenant, at most `steps`
 * back, stopping at a cycle), oldest first, each with its peers. `loaded` holds peers already
 * loaded by framework id, so they are not read twice.
 */
export async function loadPeerResultsChain(
  db: Database,
  tenantId: string,
  row: FrameworkRow,
  unitType: string,
  loaded: ReadonlyMap<string, PeerResults> = new Map(),
  steps = RANK_HISTORY_STEPS,
): Promise<{ row: FrameworkRow; results: PeerResults }[]> {
  const chain = [row];
  const seen = new Set([row.id]);
  let current = row;
  while (chain.length <= steps && current.copiedFromId && !seen.has(current.copiedFromId)) {
    const previous = await findFramework(db, tenantId, current.copiedFromId);
    if (!previous) break;
    chain.push(previous);
    seen.add(previous.id);
    current = previous;
  }
  const years = [];
  for (const each of chain.reverse()) {
    const results = loaded.get(each.id) ?? (await loadPeerResults(db, tenantId, each, unitType));
    years.push({ row: each, results });
  }
  return years;
}
