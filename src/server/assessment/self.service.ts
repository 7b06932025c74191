// Tự đánh giá: one unit's self-assessment in a round — read it, save a criterion (autosave with
// If-Match per entry), khó khăn / kiến nghị, submit and withdraw, and every unit's completion.
// Writes only while the round is in self-assessment, today inside its window, and the unit has not
// submitted (it withdraws first).
import type { z } from 'zod';
import type * as contract from '@contract/assessment-self';
import type { SelfScoringInput } from '@domain/assessment/assessment-entry';
import { computeCompletion, type SelfEntryState } from '@domain/assessment/completion';
import {
  countedSelfScore,
  needsEvidence,
  needsExplanation,
  scoresZeroWithoutEvidence,
} from '@domain/assessment/evidence-requirement';
import { mayMarkNotApplicable } from '@domain/assessment/own-not-applicable';
import { ROUND_STATE_LABELS, type RoundState } from '@domain/assessment/round-state';
import { computeSelfScore, selfInputTypeOf } from '@domain/assessment/self-score';
import { notApplicableCodes } from '@domain/assessment/unit-applicability';
import type { UnitAssessmentStatus } from '@domain/assessment/unit-assessment-status';
import type { FrameworkNode } from '@domain/frameworks/framework';
import {
  frameworkTree,
  isLeafCode,
  listNodesInOrder,
  nodeLevel,
  type FrameworkTree,
} from '@domain/frameworks/framework-tree';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { can, type OrganisationResource } from '@domain/permissions/can';
import { formatViDate } from '@domain/shared/vi-format';
import type { Database } from '../db/client';
import { conflict, notFound, validationError, versionMismatch } from '../http/app-error';
import type { ReadContext, ServiceContext } from '../http/service-context';
import * as entryRepo from './entry.repository';
import type { EntryRow } from './entry.repository';
import { assertFromDossierData, proposeForUnit, toProposalsDto } from './self-kpi-proposal.service';
import * as repo from './self.repository';
import { PREVIEWABLE_TYPES } from '../reports/evidence.service';

type SelfAssessment = z.output<typeof contract.selfAssessmentSchema>;
type SelfEntry = z.output<typeof contract.selfEntrySchema>;
type Completion = z.output<typeof contract.selfCompletionSchema>;
type Evidence = z.output<typeof contract.assessmentEvidenceSchema>;

/** Rows by a key (Map.groupBy arrives with Node 21; the app runs on Node 20 too). */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Mỗi tiêu chí có tối đa 20 tài liệu kiểm chứng (files, documents and carried items together). */
export const EVIDENCE_PER_NODE_CAP = 20;

/** A unit's place in a round with its framework as the domain reads it. */
export interface LoadedUnit {
  place: repo.UnitInRound;
  nodes: FrameworkNode[];
  tree: FrameworkTree;
  /** Nodes not applicable to the unit in this round (its type, the round's exemptions). */
  exempt: Set<string>;
}

/** Loads the unit's place in the round (locked for writes); 404 when it does not take part. */
export async function loadUnit(
  db: Database,
  tenantId: string,
  roundId: string,
  organisationId: string,
  options: { lock?: boolean } = {},
): Promise<LoadedUnit> {
  const place = await repo.findUnitInRound(db, tenantId, roundId, organisationId, options);
  if (!place) throw notFound('Đơn vị không tham gia đợt đánh giá này.');
  const nodes = place.framework.nodes as FrameworkNode[];
  return {
    place,
    nodes,
    tree: frameworkTree(nodes),
    exempt: notApplicableCodes(
      { nodes },
      place.organisation.type as OrganisationType,
      place.unit.exemptNodeCodes,
    ),
  };
}

/** True when the round is in self-assessment and today is inside its window (both ends included). */
export function isSelfWindowOpen(
  round: { state: string; selfOpensOn: string | null; selfClosesOn: string | null },
  today: string,
): boolean {
  if (round.state !== 'self_assessment') return false;
  if (round.selfOpensOn && today < round.selfOpensOn) return false;
  return !(round.selfClosesOn && today > round.selfClosesOn);
}

/** 409 unless the round takes self-assessments today. */
export function assertWindowOpen(loaded: LoadedUnit, today: string): void {
  const { round } = loaded.place;
  if (round.state !== 'self_assessment') {
    throw conflict(
      `Đợt đánh giá đang ở giai đoạn «${ROUND_STATE_LABELS[round.state as RoundState] ?? round.state}», không nhận tự đánh giá.`,
    );
  }
  if (!isSelfWindowOpen(round, today)) {
    const from = round.selfOpensOn ? formatViDate(round.selfOpensOn) : '…';
    const to = round.selfClosesOn ? formatViDate(round.selfClosesOn) : '…';
    throw conflict(`Ngoài thời hạn tự đánh giá (từ ${from} đến ${to}).`);
  }
}

/** 409 unless the unit may still change its self-assessment (window open, not submitted). */
export function assertEditable(loaded: LoadedUnit, today: string): void {
  assertWindowOpen(loaded, today);
  if (loaded.place.unit.status === 'submitted') {
    throw conflict(
      'Đơn vị đã gửi bản tự đánh giá nên không sửa được; lãnh đạo đơn vị rút bản đã gửi (trong thời hạn tự đánh giá) để sửa.',
    );
  }
}

/** The leaf the unit scores itself, or a Vietnamese 400/404 saying why this node is not one. */
export function selfScoredNode(loaded: LoadedUnit, nodeCode: string): FrameworkNode {
  const node = loaded.tree.byCode.get(nodeCode);
  if (!node) throw notFound(`Bộ chỉ số không có tiêu chí «${nodeCode}».`);
  if (!isLeafCode(loaded.tree, nodeCode)) {
    throw validationError(`Tiêu chí «${nodeCode}» có tiêu chí con: hãy chấm từng tiêu chí con.`);
  }
  if (loaded.exempt.has(nodeCode)) {
    throw validationError(`Tiêu chí «${nodeCode}» không áp dụng cho đơn vị trong đợt này.`);
  }
  if (selfInputTypeOf(node) === null) {
    throw validationError('Tiêu chí chấm bằng điều tra xã hội học, không tự chấm.');
  }
  return node;
}

/** The score the stored input gives (null when none or no longer valid under the rule). */
function claimedOf(node: FrameworkNode, entry: EntryRow | null) {
  const input = (entry?.selfInput ?? null) as SelfScoringInput | null;
  if (!input || entry?.notApplicable) return { input, score: null, rate: null };
  const outcome = computeSelfScore(node, input);
  return outcome.ok
    ? { input, score: outcome.score, rate: outcome.rate }
    : { input, score: null, rate: null };
}

/** Presents one evidence row. */
export function toEvidenceDto(row: repo.EvidenceRow): Evidence {
  const file =
    row.kind === 'file' && row.fileName && row.contentType
      ? { fileName: row.fileName, contentType: row.contentType, sizeBytes: row.sizeBytes }
      : row.reportFile;
  const document = row.document as Evidence['document'] | null;
  return {
    id: row.id,
    kind: row.kind as Evidence['kind'],
    fileName: file?.fileName ?? null,
    contentType: file?.contentType ?? null,
    sizeBytes: file?.sizeBytes ?? null,
    previewable: file ? PREVIEWABLE_TYPES.has(file.contentType) : false,
    document: document
      ? {
          number: document.number,
          date: document.date ?? null,
          issuer: document.issuer ?? '',
          pointer: document.pointer ?? '',
          summary: document.summary ?? '',
        }
      : null,
    sourceTask:
      row.sourceTaskId && row.sourceTaskContent !== null
        ? { id: row.sourceTaskId, content: row.sourceTaskContent }
        : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Presents one criterion's entry (a node not saved yet has version 0). */
export function toEntryDto(
  node: FrameworkNode,
  entry: EntryRow | null,
  evidence: repo.EvidenceRow[],
): SelfEntry {
  const claimed = claimedOf(node, entry);
  const notApplicable = entry?.notApplicable ?? false;
  const evidenceCount = evidence.length;
  return {
    nodeCode: node.code,
    input: claimed.input,
    computedScore: claimed.score,
    selfScore: countedSelfScore(node, claimed.score, evidenceCount),
    rate: claimed.rate,
    notApplicable,
    selfExplanation: entry?.selfExplanation ?? '',
    needsExplanation: needsExplanation(node, {
      claimedScore: claimed.score,
      notApplicable,
      evidenceCount,
    }),
    zeroForMissingEvidence:
      claimed.score !== null &&
      claimed.score > 0 &&
      evidenceCount === 0 &&
      scoresZeroWithoutEvidence(node),
    version: entry?.version ?? 0,
    evidence: evidence.map(toEvidenceDto),
  };
}

/** The completion of one unit from its entries and evidence counts ("orgId|code" → count). */
export function completionOf(
  loaded: Pick<LoadedUnit, 'nodes'> & {
    organisationId: string;
    type: OrganisationType;
    exemptNodeCodes: string[];
  },
  entries: EntryRow[],
  evidenceCounts: Map<string, number>,
): Completion {
  const byCode = new Map(loaded.nodes.map((node) => [node.code, node]));
  const states: SelfEntryState[] = entries.flatMap((entry) => {
    const node = byCode.get(entry.nodeCode);
    if (!node) return [];
    return [
      {
        nodeCode: entry.nodeCode,
        claimedScore: claimedOf(node, entry).score,
        notApplicable: entry.notApplicable,
        selfExplanation: entry.selfExplanation,
        evidenceCount: evidenceCounts.get(`${loaded.organisationId}|${entry.nodeCode}`) ?? 0,
      },
    ];
  });
  // A node with evidence but no entry yet still counts its evidence.
  for (const [key, evidenceCount] of evidenceCounts) {
    const [organisationId, nodeCode] = key.split('|') as [string, string];
    if (organisationId !== loaded.organisationId) continue;
    if (states.some((state) => state.nodeCode === nodeCode)) continue;
    states.push({
      nodeCode,
      claimedScore: null,
      notApplicable: false,
      selfExplanation: '',
      evidenceCount,
    });
  }
  return computeCompletion({ nodes: loaded.nodes }, loaded.type, loaded.exemptNodeCodes, states);
}

/** The completion of the loaded unit, read now (inside the write's transaction when writing). */
export async function unitCompletion(db: Database, loaded: LoadedUnit): Promise<Completion> {
  const { tenantId, roundId, organisationId } = loaded.place.unit;
  // One after the other: inside a write this is the request's one transaction client.
  const entries = await entryRepo.listEntries(db, tenantId, roundId, organisationId);
  const counts = await repo.countEvidenceByNode(db, tenantId, roundId, organisationId);
  return completionOf(
    {
      nodes: loaded.nodes,
      organisationId,
      type: loaded.place.organisation.type as OrganisationType,
      exemptNodeCodes: loaded.place.unit.exemptNodeCodes,
    },
    entries,
    counts,
  );
}

/** What the actor may do now: edit, submit, withdraw. */
export function selfActions(
  ctx: Pick<ServiceContext, 'actor' | 'today'>,
  resource: OrganisationResource | null,
  loaded: LoadedUnit,
  status: string = loaded.place.unit.status,
) {
  const open = isSelfWindowOpen(loaded.place.round, ctx.today);
  const may = (action: 'assessment.self' | 'assessment.submit') =>
    resource !== null && can(ctx.actor, action, resource);
  return {
    edit: open && status !== 'submitted' && may('assessment.self'),
    submit: open && status !== 'submitted' && may('assessment.submit'),
    withdraw: open && status === 'submitted' && may('assessment.submit'),
  };
}

/** Xem bản tự đánh giá: the round, the unit, the tree, the entries with evidence, the completion. */
export async function getSelfAssessment(
  ctx: ReadContext & Pick<ServiceContext, 'resource'>,
  input: { roundId: string; organisationId: string },
): Promise<SelfAssessment> {
  const { db, actor } = ctx;
  const loaded = await loadUnit(db, actor.tenantId, input.roundId, input.organisationId);
  const { place, tree } = loaded;
  const [entries, evidence] = await Promise.all([
    entryRepo.listEntries(db, actor.tenantId, input.roundId, input.organisationId),
    repo.listEvidence(db, actor.tenantId, input.roundId, input.organisationId),
  ]);
  const entryByCode = new Map(entries.map((entry) => [entry.nodeCode, entry]));
  const evidenceByCode = groupBy(evidence, (row) => row.nodeCode);
  const ordered = listNodesInOrder(tree);
  const counts = new Map(
    [...evidenceByCode].map(([code, rows]) => [`${input.organisationId}|${code}`, rows.length]),
  );
  return {
    round: {
      id: place.round.id,
      name: place.round.name,
      year: place.round.year,
      state: place.round.state as RoundState,
      framework: { id: place.framework.id, code: place.framework.code, name: place.framework.name },
      window: { opensOn: place.round.selfOpensOn, closesOn: place.round.selfClosesOn },
      windowOpen: isSelfWindowOpen(place.round, ctx.today),
    },
    unit: {
      id: place.organisation.id,
      code: place.organisation.code,
      name: place.organisation.name,
      type: place.organisation.type as OrganisationType,
    },
    status: place.unit.status as UnitAssessmentStatus,
    submittedAt: place.unit.submittedAt?.toISOString() ?? null,
    exemptionNote: place.unit.exemptionNote,
    difficulties: place.unit.difficulties,
    recommendations: place.unit.recommendations,
    version: place.unit.version,
    nodes: ordered.map((node) => {
      const leaf = isLeafCode(tree, node.code);
      return {
        code: node.code,
        parentCode: node.parentCode,
        name: node.name,
        maxPoints: node.maxPoints,
        level: nodeLevel(tree, node),
        method: node.method ?? null,
        rule: node.rule ?? null,
        isLeaf: leaf,
        evidenceText: node.evidence ?? '',
        needsEvidence: needsEvidence(node),
        zeroWithoutEvidence: scoresZeroWithoutEvidence(node),
        applicable: !loaded.exempt.has(node.code),
        inputType: leaf ? selfInputTypeOf(node) : null,
        mayMarkNotApplicable: leaf && mayMarkNotApplicable(tree, node),
      };
    }),
    entries: ordered
      .filter(
        (node) =>
          isLeafCode(tree, node.code) &&
          !loaded.exempt.has(node.code) &&
          selfInputTypeOf(node) !== null,
      )
      .map((node) =>
        toEntryDto(node, entryByCode.get(node.code) ?? null, evidenceByCode.get(node.code) ?? []),
      ),
    completion: completionOf(
      {
        nodes: loaded.nodes,
        organisationId: input.organisationId,
        type: place.organisation.type as OrganisationType,
        exemptNodeCodes: place.unit.exemptNodeCodes,
      },
      entries,
      counts,
    ),
    actions: selfActions(ctx, ctx.resource, loaded),
  };
}

/**
 * Lưu điểm tự chấm một tiêu chí: the rule's inputs → the score (computed, never typed), the
 * unit's not-applicable flag where the framework allows it, and the explanation. If-Match is the
 * entry's version, 0 for a node never saved.
 */
export async function saveSelfEntry(
  ctx: ServiceContext,
  input: {
    roundId: string;
    organisationId: string;
    nodeCode: string;
    version: number;
    changes: {
      input?: SelfScoringInput | null;
      notApplicable?: boolean;
      selfExplanation?: string;
    };
  },
): Promise<SelfEntry & { completion: Completion }> {
  const { db, actor } = ctx;
  const key = {
    tenantId: actor.tenantId,
    roundId: input.roundId,
    organisationId: input.organisationId,
    nodeCode: input.nodeCode,
  };
  const loaded = await loadUnit(db, actor.tenantId, input.roundId, input.organisationId, {
    lock: true,
  });
  assertEditable(loaded, ctx.today);
  const node = selfScoredNode(loaded, input.nodeCode);
  const existing = await entryRepo.findEntry(db, key);
  const current = existing?.version ?? 0;
  if (current !== input.version) throw versionMismatch(current);

  const notApplicable = input.changes.notApplicable ?? existing?.notApplicable ?? false;
  if (notApplicable && !existing?.notApplicable && !mayMarkNotApplicable(loaded.tree, node)) {
    throw validationError(
      `Bộ chỉ số không cho đơn vị tự đánh dấu «không áp dụng» ở tiêu chí «${node.code}».`,
    );
  }
  // «Không áp dụng» clears the score: the item is left out of the index, not scored 0.
  const selfInput = notApplicable
    ? null
    : input.changes.input !== undefined
      ? input.changes.input
      : ((existing?.selfInput ?? null) as SelfScoringInput | null);
  // «Từ dữ liệu hồ sơ» is kept only when the counts are the data's (checked, never assumed).
  if (input.changes.input?.type === 'ratio' && input.changes.input.source) {
    await assertFromDossierData(db, scopeOf(loaded), node, input.changes.input, ctx.today);
  }
  let computed: number | null = null;
  if (selfInput) {
    const outcome = computeSelfScore(node, selfInput);
    if (!outcome.ok) {
      throw validationError(outcome.message, [{ field: 'input', message: outcome.message }]);
    }
    computed = outcome.score;
  }
  const evidence = await repo.listEvidence(
    db,
    key.tenantId,
    key.roundId,
    key.organisationId,
    key.nodeCode,
  );
  const values = {
    selfInput,
    selfScore: countedSelfScore(node, computed, evidence.length),
    notApplicable,
    selfExplanation: input.changes.selfExplanation ?? existing?.selfExplanation ?? '',
    updatedBy: actor.userId,
  };
  const saved = await entryRepo.writeEntryIfVersion(db, key, current, values);
  if (!saved) {
    const now = await entryRepo.findEntry(db, key);
    throw versionMismatch(now?.version ?? 0);
  }
  await repo.markUnitStarted(db, key.tenantId, key.roundId, key.organisationId);
  await ctx.audit({
    organisationId: input.organisationId,
    action: 'assessment.self',
    objectType: 'assessment_entry',
    // The same id the appraisal writes for this entry, so one query reads its whole history.
    objectId: `${input.roundId}/${input.organisationId}/${input.nodeCode}`,
    before: existing
      ? {
          selfInput: existing.selfInput,
          selfScore: existing.selfScore,
          notApplicable: existing.notApplicable,
          selfExplanation: existing.selfExplanation,
        }
      : null,
    after: {
      selfInput: values.selfInput,
      selfScore: values.selfScore,
      notApplicable,
      selfExplanation: values.selfExplanation,
    },
  });
  return {
    ...toEntryDto(node, saved, evidence),
    completion: await unitCompletion(db, loaded),
  };
}

/** The unit's scope as the KPI proposals read it. */
function scopeOf(loaded: LoadedUnit) {
  return {
    tenantId: loaded.place.unit.tenantId,
    organisationId: loaded.place.unit.organisationId,
    year: loaded.place.round.year,
    nodes: loaded.nodes,
    tree: loaded.tree,
    exempt: loaded.exempt,
  };
}

/**
 * Đề xuất từ dữ liệu hồ sơ: the proposals of the unit's criteria that read a KPI, from its
 * subtree's dossier counts for the round year so far.
 */
export async function listSelfKpiProposals(
  ctx: ReadContext,
  input: { roundId: string; organisationId: string },
) {
  const loaded = await loadUnit(ctx.db, ctx.actor.tenantId, input.roundId, input.organisationId);
  return toProposalsDto(await proposeForUnit(ctx.db, scopeOf(loaded), ctx.today));
}

/**
 * Điểm tính lại sau khi đổi minh chứng: a «không minh chứng thì 0 điểm» criterion's stored score
 * follows its evidence (first file → the claimed score, last one removed → 0); its version moves
 * only when the score does. Returns the entry as presented.
 */
export async function refreshEntryAfterEvidence(
  ctx: ServiceContext,
  loaded: LoadedUnit,
  node: FrameworkNode,
): Promise<SelfEntry> {
  const { db, actor } = ctx;
  const { roundId, organisationId } = loaded.place.unit;
  let entry = await entryRepo.findEntry(db, {
    tenantId: actor.tenantId,
    roundId,
    organisationId,
    nodeCode: node.code,
  });
  const evidence = await repo.listEvidence(db, actor.tenantId, roundId, organisationId, node.code);
  if (entry) {
    const counted = countedSelfScore(node, claimedOf(node, entry).score, evidence.length);
    if (counted !== entry.selfScore) {
      entry =
        (await entryRepo.writeEntryIfVersion(
          db,
          { tenantId: actor.tenantId, roundId, organisationId, nodeCode: node.code },
          entry.version,
          { selfScore: counted, updatedBy: actor.userId },
        )) ?? entry;
    }
  }
  await repo.markUnitStarted(db, actor.tenantId, roundId, organisationId);
  return toEntryDto(node, entry, evidence);
}

/** Khó khăn, kiến nghị: the free parts of the self-assessment report (If-Match: the unit's version). */
export async function updateSelfAssessment(
  ctx: ServiceContext,
  input: {
    roundId: string;
    organisationId: string;
    version: number;
    changes: { difficulties?: string; recommendations?: string };
  },
) {
  const loaded = await loadUnit(ctx.db, ctx.actor.tenantId, input.roundId, input.organisationId, {
    lock: true,
  });
  assertEditable(loaded, ctx.today);
  const { unit } = loaded.place;
  if (unit.version !== input.version) throw versionMismatch(unit.version);
  const saved = await repo.updateUnitIfVersion(
    ctx.db,
    { tenantId: ctx.actor.tenantId, roundId: input.roundId, organisationId: input.organisationId },
    input.version,
    {
      ...input.changes,
      ...(unit.status === 'not_started' ? { status: 'in_progress' } : {}),
    },
  );
  if (!saved) throw versionMismatch(unit.version);
  await ctx.audit({
    organisationId: input.organisationId,
    action: 'assessment.self',
    objectType: 'assessment_unit',
    objectId: input.roundId,
    before: { difficulties: unit.difficulties, recommendations: unit.recommendations },
    after: { difficulties: saved.difficulties, recommendations: saved.recommendations },
  });
  return {
    version: saved.version,
    difficulties: saved.difficulties,
    recommendations: saved.recommendations,
  };
}
