// Đề xuất từ dữ liệu hồ sơ: the proposals of a unit's KPI-reading criteria (their `kpiKey`) from
// the counts of its subtree over the round year so far (kpis/kpi-values: read from the rollups,
// summed, never averaged), and the check that a save claiming to come from the data carries
// exactly those counts.
import type { z } from 'zod';
import type * as contract from '@contract/assessment-kpi-proposals';
import type { SelfScoringInput } from '@domain/assessment/assessment-entry';
import {
  proposalWindow,
  proposeFromKpi,
  type KpiProposal,
  type KpiProposalWindow,
} from '@domain/assessment/kpi-proposal';
import { selfInputTypeOf } from '@domain/assessment/self-score';
import type { FrameworkNode } from '@domain/frameworks/framework';
import { isLeafCode, type FrameworkTree } from '@domain/frameworks/framework-tree';
import { formatViNumber } from '@domain/shared/vi-format';
import type { Database } from '../db/client';
import { validationError } from '../http/app-error';
import { subtreeCounts } from '../kpis/kpi-values';

type ProposalsDto = z.output<(typeof contract.listSelfKpiProposals)['response']>;

/** The unit, its round's year and framework as loadUnit gives them (structurally: no import cycle). */
interface UnitScope {
  tenantId: string;
  organisationId: string;
  year: number;
  nodes: readonly FrameworkNode[];
  tree: FrameworkTree;
  exempt: ReadonlySet<string>;
}

/** The criteria the unit scores itself by a ratio that name a KPI. */
const kpiNodesOf = (scope: UnitScope) =>
  scope.nodes.filter(
    (node) =>
      node.kpiKey !== undefined &&
      isLeafCode(scope.tree, node.code) &&
      !scope.exempt.has(node.code) &&
      selfInputTypeOf(node) === 'ratio',
  );

/** The proposals of `nodes` (all KPI-reading criteria when absent), one rollup read at most. */
export async function proposeForUnit(
  db: Database,
  scope: UnitScope,
  today: string,
  nodes: readonly FrameworkNode[] = kpiNodesOf(scope),
): Promise<{ window: KpiProposalWindow | null; proposals: KpiProposal[] }> {
  const window = proposalWindow(scope.year, today);
  if (nodes.length === 0) return { window, proposals: [] };
  const totals = window
    ? await subtreeCounts(db, {
        tenantId: scope.tenantId,
        organisationId: scope.organisationId,
        from: window.from,
        to: window.to,
      })
    : null;
  const proposals = nodes.flatMap((node) => {
    const proposal = proposeFromKpi({ node, totals, window });
    return proposal ? [proposal] : [];
  });
  return { window, proposals };
}

/** Presents the proposals. */
export function toProposalsDto(result: {
  window: KpiProposalWindow | null;
  proposals: KpiProposal[];
}): ProposalsDto {
  return {
    window: result.window,
    items: result.proposals.map((proposal) => ({
      nodeCode: proposal.nodeCode,
      kpiKey: proposal.kpiKey,
      kpiLabel: proposal.kpiLabel,
      status: proposal.status,
      window: proposal.window,
      numerator: proposal.status === 'counts' ? proposal.numerator : null,
      denominator: proposal.status === 'counts' ? proposal.denominator : null,
      value: proposal.status === 'none' ? null : proposal.value,
      score: proposal.status === 'none' ? null : proposal.score,
      reason: proposal.status === 'counts' ? null : proposal.reason,
    })),
  };
}

/**
 * A ratio saved as «từ dữ liệu hồ sơ» must be the data's counts for the node's KPI over the
 * current window: otherwise 400 (the page reloads the proposal), never a silent relabel.
 */
export async function assertFromDossierData(
  db: Database,
  scope: UnitScope,
  node: FrameworkNode,
  input: Extract<SelfScoringInput, { type: 'ratio' }>,
  today: string,
): Promise<void> {
  const source = input.source;
  if (!source) return;
  const refuse = (message: string) => validationError(message, [{ field: 'input', message }]);
  if (node.kpiKey === undefined || source.kpiKey !== node.kpiKey) {
    throw refuse(
      `Tiêu chí «${node.code}» không đọc KPI «${source.kpiKey}» nên không ghi nhận là số liệu từ dữ liệu hồ sơ.`,
    );
  }
  const { proposals } = await proposeForUnit(db, scope, today, [node]);
  const proposal = proposals[0];
  if (proposal?.status !== 'counts') {
    throw refuse(
      `Không có đề xuất từ dữ liệu hồ sơ cho tiêu chí «${node.code}»${proposal?.status === 'none' ? `: ${proposal.reason}` : '.'}`,
    );
  }
  const window = proposal.window!;
  if (
    window.from !== source.from ||
    window.to !== source.to ||
    proposal.numerator !== input.numerator ||
    proposal.denominator !== input.denominator
  ) {
    throw refuse(
      `Số liệu không khớp với dữ liệu hồ sơ hiện tại (${window.label}: ${formatViNumber(proposal.numerator, 0)} / ${formatViNumber(proposal.denominator, 0)}); hãy tải lại đề xuất hoặc nhập số liệu của đơn vị.`,
    );
  }
}
