// Thẩm định một đơn vị: the council reads a unit's self-assessment criterion by criterion with its
// evidence, sets the appraised score of the round's current stage (a comment when it differs),
// asks for explanations (đề nghị giải trình, noticed to the unit), the unit answers, and the
// council confirms the unit (untouched criteria keep the score before). Every write is audited
// with the score before and after; a stale entry version gets 412, never a silent overwrite.
import type { Actor } from '@domain/permissions/can';
import { can } from '@domain/permissions/can';
import type { Role } from '@domain/permissions/role';
import type { Framework, FrameworkNode } from '@domain/frameworks/framework';
import { frameworkTree, isLeafCode } from '@domain/frameworks/framework-tree';
import { SCORING_RULE_LABELS } from '@domain/frameworks/scoring-rule';
import { notApplicableCodes } from '@domain/assessment/unit-applicability';
import {
  appraisalClosedProblem,
  appraisedScoreProblem,
  explanationClosedProblem,
  isOwnUnit,
  missingCommentProblem,
  OWN_UNIT_REFUSAL,
  scoreBeforeStage,
} from '@domain/assessment/appraisal-rules';
import {
  appraisedLeafCodes,
  confirmationPlan,
  countingAppraisedScore,
  surveyCodes,
} from '@domain/assessment/appraised-score';
import { councilBoardRows, withoutSurveyNodes } from '@domain/assessment/council-board';
import type { AppraisalStage, RoundState } from '@domain/assessment/round-state';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import type { AppraisalEntryDto, UnitAppraisalDto } from '@contract/assessment-appraisal';
import type { Database } from '../db/client';
import type { ReadContext, ServiceContext } from '../http/service-context';
import type { RouteTarget } from '../http/route';
import { AppError, notFound, validationError, versionMismatch } from '../http/app-error';
import { ERROR_CODES } from '@contract/common';
import { findOrganisationPath } from '../organisations/organisation-path.repository';
import { notifyEvent } from '../notifications/event-notices';
import * as repo from './appraisal.repository';
import { findUnitInRound } from './self.repository';
import * as entryRepo from './entry.repository';
import { findRoundUnit } from './round.repository';

/** One unit in one round, as the routes name it. */
export interface RoundUnitParams {
  id: string;
  organisationId: string;
}

const TARGET = 'assessment_unit';

/** 403 with the own-unit rule's reason (the policy allowed the action; the council rule did not). */
export const ownUnitRefused = () => new AppError(403, ERROR_CODES.forbidden, OWN_UNIT_REFUSAL);

/** Where an action on a unit of a round is authorised: the unit; 404 when the round or the unit is not there. */
export async function unitTarget(
  db: Database,
  actor: Actor,
  params: RoundUnitParams,
): Promise<RouteTarget> {
  const key = {
    tenantId: actor.tenantId,
    roundId: params.id,
    organisationId: params.organisationId,
  };
  const unit = await findRoundUnit(db, key);
  return {
    objectType: TARGET,
    objectId: params.id,
    organisationId: unit ? params.organisationId : null,
  };
}

/**
 * The round, the unit and the framework, or 404. `lock` (council writes) first takes the unit's
 * row, as the self-assessment's writes do: a confirmation and a score on the same unit then take
 * turns, so a score saved meanwhile is never replaced by the confirmation's fill, and a score
 * after it meets the confirmed unit.
 */
export async function loadUnit(
  db: Database,
  tenantId: string,
  params: RoundUnitParams,
  options: { lock?: boolean } = {},
) {
  if (options.lock) await findUnitInRound(db, tenantId, params.id, params.organisationId, options);
  const round = await repo.findRound(db, tenantId, params.id);
  const key = { tenantId, roundId: params.id, organisationId: params.organisationId };
  const unit = round ? await findRoundUnit(db, key) : null;
  if (!round || !unit) throw notFound('Không tìm thấy đơn vị trong đợt đánh giá.');
  const nodes = round.framework.nodes as FrameworkNode[];
  const exempt = notApplicableCodes({ nodes }, unit.type as OrganisationType, unit.exemptNodeCodes);
  return { round, unit, key, nodes, exempt };
}

type Loaded = Awaited<ReturnType<typeof loadUnit>>;

const stageOf = (round: Loaded['round']): AppraisalStage => (round.appraisalStage === 2 ? 2 : 1);
const isConfirmed = (unit: Loaded['unit'], stage: AppraisalStage) =>
  (stage === 1 ? unit.appraisal1DoneAt : unit.appraisal2DoneAt) !== null;

const appraisalWindow = (round: Loaded['round']) => ({
  opensOn: round.appraisalOpensOn,
  closesOn: round.appraisalClosesOn,
});
const explanationWindow = (round: Loaded['round']) => ({
  opensOn: round.explanationOpensOn,
  closesOn: round.explanationClosesOn,
});

/** Why the council may not score this unit now (state, window, confirmed), or null. */
function closedProblem(loaded: Loaded, today: string): string | null {
  const stage = stageOf(loaded.round);
  return appraisalClosedProblem(
    {
      state: loaded.round.state as RoundState,
      appraisalStage: stage,
      appraisalWindow: appraisalWindow(loaded.round),
      unitConfirmed: isConfirmed(loaded.unit, stage),
    },
    today,
  );
}

/** Whether the actor belongs to the unit (never appraises it). */
async function ownsUnit(db: Database, actor: Actor, unitId: string): Promise<boolean> {
  const membership = await repo.findMembership(db, actor.tenantId, actor.userId);
  return isOwnUnit(
    {
      homePath: membership.homePath,
      grants: membership.grants.map((grant) => ({ ...grant, role: grant.role as Role })),
    },
    unitId,
  );
}

const INLINE_TYPES = /^(application\/pdf|image\/(png|jpeg|gif|webp))$/;

function toEntryDto(
  nodeCode: string,
  row: repo.EntryRow | undefined,
  evidence: readonly repo.EvidenceRow[],
): AppraisalEntryDto {
  return {
    nodeCode,
    version: row?.version ?? 0,
    selfInput: row?.selfInput ?? null,
    selfScore: row?.selfScore ?? null,
    notApplicable: row?.notApplicable ?? false,
    selfExplanation: row?.selfExplanation ?? '',
    appraisedScore1: row?.appraisedScore1 ?? null,
    appraisalComment1: row?.appraisalComment1 ?? '',
    explanationRequest: row?.explanationRequest ?? '',
    explanation: row?.explanation ?? '',
    explainedAt: row?.explainedAt?.toISOString() ?? null,
    appraisedScore2: row?.appraisedScore2 ?? null,
    appraisalComment2: row?.appraisalComment2 ?? '',
    countingScore: row
      ? countingAppraisedScore({
          appraisedScore1: row.appraisedScore1,
          appraisedScore2: row.appraisedScore2,
        })
      : null,
    evidence: evidence
      .filter((item) => item.nodeCode === nodeCode)
      .map((item) => {
        // Stored bytes (an upload, or a report's evidence file) open through the self part's endpoint.
        const hasBytes = item.kind === 'file' || item.kind === 'report_evidence';
        const inline = hasBytes && INLINE_TYPES.test(item.contentType ?? '');
        return {
          id: item.id,
          kind: item.kind,
          fileName: item.fileName,
          contentType: item.contentType,
          sizeBytes: item.sizeBytes,
          document: (item.document as AppraisalEntryDto['evidence'][number]['document']) ?? null,
          note: item.note,
          contentUrl: hasBytes
            ? `/api/assessment-evidence/${item.id}/content${inline ? '?inline=true' : ''}`
            : null,
          inline,
        };
      }),
  };
}

/** Thẩm định một đơn vị: the view of the appraisal page and of the unit's explanations page. */
export async function getUnitAppraisal(
  ctx: ReadContext,
  input: { params: RoundUnitParams },
): Promise<UnitAppraisalDto> {
  const { db, actor, today } = ctx;
  const loaded = await loadUnit(db, actor.tenantId, input.params);
  const { round, unit, key, nodes, exempt } = loaded;
  const [entries, evidence] = await Promise.all([
    entryRepo.listEntries(db, key.tenantId, key.roundId, key.organisationId),
    repo.listEvidence(db, key),
  ]);
  const tree = frameworkTree(nodes);
  const survey = surveyCodes(nodes);
  const byCode = new Map(entries.map((entry) => [entry.nodeCode, entry]));
  const path = (await findOrganisationPath(db, actor.tenantId, unit.organisationId)) ?? [];
  const resource = { tenantId: actor.tenantId, organisationId: unit.organisationId, path };
  const stage = stageOf(round);
  const mayAppraise = can(actor, 'assessment.appraise', resource);
  const own = mayAppraise && (await ownsUnit(db, actor, unit.organisationId));
  const closed = closedProblem(loaded, today);
  const appraiseRefusal = !mayAppraise ? null : own ? OWN_UNIT_REFUSAL : closed;
  const appraise = mayAppraise && appraiseRefusal === null;
  const explain =
    can(actor, 'assessment.self', resource) &&
    explanationClosedProblem(round.state as RoundState, explanationWindow(round), today) === null;

  const [row] = councilBoardRows(withoutSurveyNodes(frameworkOfRound(round, nodes)), [
    {
      organisationId: unit.organisationId,
      unitType: unit.type as OrganisationType,
      notApplicableCodes: exempt,
      entries: entries.map(scoresOf),
    },
  ]);
  return {
    round: roundSummary(round),
    unit: { id: unit.organisationId, code: unit.code, name: unit.name, type: unit.type },
    status: unit.status,
    submittedAt: unit.submittedAt?.toISOString() ?? null,
    appraisal1DoneAt: unit.appraisal1DoneAt?.toISOString() ?? null,
    appraisal2DoneAt: unit.appraisal2DoneAt?.toISOString() ?? null,
    version: unit.version,
    nodes: nodes.map((node) => ({
      code: node.code,
      parentCode: node.parentCode,
      name: node.name,
      maxPoints: node.maxPoints,
      isLeaf: isLeafCode(tree, node.code),
      ruleLabel: node.rule ? SCORING_RULE_LABELS[node.rule.type] : null,
      ruleType: node.rule?.type ?? null,
      evidenceText: node.evidence ?? '',
      survey: survey.has(node.code),
      applicable: !exempt.has(node.code),
    })),
    entries: nodes
      .filter((node) => isLeafCode(tree, node.code) || byCode.has(node.code))
      .map((node) => toEntryDto(node.code, byCode.get(node.code), evidence)),
    totals: { self: row?.total.self ?? null, appraised: row?.total.appraised ?? null },
    actions: {
      appraise,
      requestExplanation: appraise && stage === 1,
      confirm: appraise,
      explain,
      appraiseRefusal,
    },
  };
}

/** The round's framework as the domain's roll-up takes it (only the nodes matter there). */
export function frameworkOfRound(round: repo.AppraisalRoundRow, nodes: FrameworkNode[]): Framework {
  return {
    code: round.framework.code,
    indexKind: 'par_index',
    name: round.framework.name,
    year: round.year,
    unitTypes: [],
    decision: null,
    version: 1,
    illustrative: false,
    scale: { unit: 'points', maxTotal: null },
    nodes,
  };
}

/** The score fields the domain reads from an entry row. */
export const scoresOf = (entry: {
  nodeCode: string;
  selfScore: number | null;
  notApplicable: boolean;
  appraisedScore1: number | null;
  appraisedScore2: number | null;
}) => ({
  nodeCode: entry.nodeCode,
  selfScore: entry.selfScore,
  notApplicable: entry.notApplicable,
  appraisedScore1: entry.appraisedScore1,
  appraisedScore2: entry.appraisedScore2,
});

/** The round as the appraisal pages show it. */
export function roundSummary(round: repo.AppraisalRoundRow) {
  return {
    id: round.id,
    name: round.name,
    year: round.year,
    state: round.state,
    appraisalStage: stageOf(round),
    framework: round.framework,
    windows: { appraisal: appraisalWindow(round), explanation: explanationWindow(round) },
    signedOffAt: round.signedOffAt?.toISOString() ?? null,
    version: round.version,
  } as UnitAppraisalDto['round'];
}

/** The node the council scores: an appraised leaf that applies to the unit, else 400. */
function appraisedNode(
  loaded: Loaded,
  nodeCode: string,
  entry: repo.EntryRow | null,
): FrameworkNode {
  const node = loaded.nodes.find((each) => each.code === nodeCode);
  if (!node) throw notFound(`Bộ chỉ số không có tiêu chí ${nodeCode}.`);
  const tree = frameworkTree(loaded.nodes);
  if (!isLeafCode(tree, nodeCode)) {
    throw validationError(
      `Tiêu chí ${nodeCode} có tiêu chí thành phần: chấm điểm ở từng tiêu chí thành phần.`,
    );
  }
  if (surveyCodes(loaded.nodes).has(nodeCode)) {
    throw validationError(`Tiêu chí ${nodeCode} chấm bằng điều tra xã hội học, không thẩm định.`);
  }
  if (loaded.exempt.has(nodeCode) || entry?.notApplicable) {
    throw validationError(`Tiêu chí ${nodeCode} không áp dụng cho đơn vị.`);
  }
  return node;
}

/** Refuses the write unless the council may score this unit now. */
async function assertMayAppraise(ctx: ServiceContext, loaded: Loaded): Promise<void> {
  if (await ownsUnit(ctx.db, ctx.actor, loaded.unit.organisationId)) throw ownUnitRefused();
  const closed = closedProblem(loaded, ctx.today);
  if (closed) throw new AppError(409, ERROR_CODES.conflict, closed);
}

/** The entry row after a guarded write, or 412 with the current version. */
async function written(
  db: Database,
  key: repo.UnitKey,
  nodeCode: string,
  row: repo.EntryRow | null,
): Promise<repo.EntryRow> {
  if (row) return row;
  const current = await entryRepo.findEntry(db, { ...key, nodeCode });
  throw versionMismatch(current?.version ?? 0);
}

/** Chấm điểm thẩm định of the round's current stage. */
export async function setAppraisedScore(
  ctx: ServiceContext,
  input: {
    params: RoundUnitParams & { nodeCode: string };
    score: number;
    comment: string;
    version: number;
  },
): Promise<AppraisalEntryDto> {
  const { db, actor } = ctx;
  const loaded = await loadUnit(db, actor.tenantId, input.params, { lock: true });
  await assertMayAppraise(ctx, loaded);
  const { nodeCode } = input.params;
  const entry = await entryRepo.findEntry(db, { ...loaded.key, nodeCode });
  const node = appraisedNode(loaded, nodeCode, entry);
  const scoreProblem = appraisedScoreProblem(node, input.score);
  if (scoreProblem)
    throw validationError(scoreProblem, [{ field: 'score', message: scoreProblem }]);
  const stage = stageOf(loaded.round);
  const before = scoreBeforeStage(
    { selfScore: entry?.selfScore ?? null, appraisedScore1: entry?.appraisedScore1 ?? null },
    stage,
  );
  const commentProblem = missingCommentProblem(input.score, before, input.comment);
  if (commentProblem) {
    throw validationError(commentProblem, [{ field: 'comment', message: commentProblem }]);
  }
  const changes: repo.EntryChanges =
    stage === 1
      ? {
          appraisedScore1: input.score,
          appraisalComment1: input.comment,
          appraisedBy1: actor.userId,
          appraisedAt1: ctx.now,
        }
      : {
          appraisedScore2: input.score,
          appraisalComment2: input.comment,
          appraisedBy2: actor.userId,
          appraisedAt2: ctx.now,
        };
  const row = await written(
    db,
    loaded.key,
    nodeCode,
    await entryRepo.writeEntryIfVersion(db, { ...loaded.key, nodeCode }, input.version, {
      ...changes,
      updatedBy: actor.userId,
    }),
  );
  await ctx.audit({
    organisationId: loaded.unit.organisationId,
    action: 'assessment.appraise',
    objectType: 'assessment_entry',
    objectId: `${loaded.round.id}/${loaded.unit.organisationId}/${nodeCode}`,
    before: {
      stage,
      score: stage === 1 ? (entry?.appraisedScore1 ?? null) : (entry?.appraisedScore2 ?? null),
      comment: stage === 1 ? (entry?.appraisalComment1 ?? '') : (entry?.appraisalComment2 ?? ''),
      scoreBefore: before,
    },
    after: { stage, score: input.score, comment: input.comment },
  });
  return toEntryDto(nodeCode, row, await repo.listEvidence(db, loaded.key));
}

/** Đề nghị giải trình, bổ sung on one criterion (appraisal 1); the unit is told. */
export async function requestExplanation(
  ctx: ServiceContext,
  input: { params: RoundUnitParams & { nodeCode: string }; request: string; version: number },
): Promise<AppraisalEntryDto> {
  const { db, actor } = ctx;
  const loaded = await loadUnit(db, actor.tenantId, input.params, { lock: true });
  await assertMayAppraise(ctx, loaded);
  if (stageOf(loaded.round) !== 1) {
    throw new AppError(409, ERROR_CODES.conflict, 'Chỉ đề nghị giải trình trong thẩm định lần 1.');
  }
  const { nodeCode } = input.params;
  const entry = await entryRepo.findEntry(db, { ...loaded.key, nodeCode });
  appraisedNode(loaded, nodeCode, entry);
  const row = await written(
    db,
    loaded.key,
    nodeCode,
    await entryRepo.writeEntryIfVersion(db, { ...loaded.key, nodeCode }, input.version, {
      explanationRequest: input.request,
      explanationRequestedBy: actor.userId,
      updatedBy: actor.userId,
    }),
  );
  await ctx.audit({
    organisationId: loaded.unit.organisationId,
    action: 'assessment.appraise',
    objectType: 'assessment_explanation_request',
    objectId: `${loaded.round.id}/${loaded.unit.organisationId}/${nodeCode}`,
    before: { request: entry?.explanationRequest ?? '' },
    after: { request: input.request },
  });
  const [author] = await db.query.users.findMany({
    columns: { fullName: true },
    where: (users, { and, eq }) =>
      and(eq(users.tenantId, actor.tenantId), eq(users.id, actor.userId)),
  });
  await notifyEvent(ctx, {
    kind: 'assessment_explanation_request',
    round: { id: loaded.round.id, name: loaded.round.name },
    unit: { id: loaded.unit.organisationId, name: loaded.unit.name },
    nodeCode,
    version: row.version,
    authorName: author?.fullName ?? '',
    request: input.request,
  });
  return toEntryDto(nodeCode, row, await repo.listEvidence(db, loaded.key));
}

/** Giải trình của đơn vị: the unit answers a request, in the explanation state and window. */
export async function answerExplanation(
  ctx: ServiceContext,
  input: { params: RoundUnitParams & { nodeCode: string }; explanation: string; version: number },
): Promise<AppraisalEntryDto> {
  const { db, actor } = ctx;
  const loaded = await loadUnit(db, actor.tenantId, input.params);
  const closed = explanationClosedProblem(
    loaded.round.state as RoundState,
    explanationWindow(loaded.round),
    ctx.today,
  );
  if (closed) throw new AppError(409, ERROR_CODES.conflict, closed);
  const { nodeCode } = input.params;
  const entry = await entryRepo.findEntry(db, { ...loaded.key, nodeCode });
  if (!entry || entry.explanationRequest.trim() === '') {
    throw validationError(`Hội đồng không đề nghị giải trình tiêu chí ${nodeCode}.`);
  }
  const row = await written(
    db,
    loaded.key,
    nodeCode,
    await entryRepo.writeEntryIfVersion(db, { ...loaded.key, nodeCode }, input.version, {
      explanation: input.explanation,
      explainedAt: ctx.now,
      updatedBy: actor.userId,
    }),
  );
  await ctx.audit({
    organisationId: loaded.unit.organisationId,
    action: 'assessment.self',
    objectType: 'assessment_explanation',
    objectId: `${loaded.round.id}/${loaded.unit.organisationId}/${nodeCode}`,
    before: { explanation: entry.explanation },
    after: { explanation: input.explanation },
  });
  return toEntryDto(nodeCode, row, await repo.listEvidence(db, loaded.key));
}

/** Xác nhận thẩm định đơn vị: untouched criteria take the score before; the stage is stamped done. */
export async function confirmUnitAppraisal(
  ctx: ServiceContext,
  input: { params: RoundUnitParams; version: number },
): Promise<UnitAppraisalDto> {
  const { db, actor } = ctx;
  const loaded = await loadUnit(db, actor.tenantId, input.params, { lock: true });
  await assertMayAppraise(ctx, loaded);
  if (loaded.unit.version !== input.version) throw versionMismatch(loaded.unit.version);
  const stage = stageOf(loaded.round);
  const entries = await entryRepo.listEntries(
    db,
    loaded.key.tenantId,
    loaded.key.roundId,
    loaded.key.organisationId,
  );
  const notApplicable = new Set([
    ...loaded.exempt,
    ...entries.filter((entry) => entry.notApplicable).map((entry) => entry.nodeCode),
  ]);
  const plan = confirmationPlan(
    appraisedLeafCodes(loaded.nodes, notApplicable),
    entries.map(scoresOf),
    stage,
  );
  if (plan.unscored.length > 0) {
    const message = `Chưa có điểm tự chấm hay thẩm định ở tiêu chí ${plan.unscored.join(', ')}: chấm điểm thẩm định các tiêu chí này trước khi xác nhận.`;
    throw validationError(message);
  }
  if (
    !(await repo.confirmUnitIfVersion(db, loaded.key, stage, input.version, actor.userId, ctx.now))
  ) {
    throw versionMismatch(loaded.unit.version + 1);
  }
  for (const write of plan.writes) {
    await repo.fillAppraisedScore(
      db,
      loaded.key,
      write.nodeCode,
      stage,
      write.score,
      actor.userId,
      ctx.now,
    );
  }
  await ctx.audit({
    organisationId: loaded.unit.organisationId,
    action: 'assessment.appraise',
    objectType: TARGET,
    objectId: loaded.round.id,
    before: { stage, confirmed: false },
    after: {
      stage,
      confirmed: true,
      filled: plan.writes.map((write) => ({ nodeCode: write.nodeCode, score: write.score })),
    },
  });
  return getUnitAppraisal(ctx, { params: input.params });
}
