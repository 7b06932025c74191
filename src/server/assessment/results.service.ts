// Kết quả đợt đánh giá: the round's results computed by the domain from its entries (appraised
// part + survey part, index, rank among the taking-part units of a type, grade, change from last
// year), finalising them as the year's unit results, and publishing them under a decision.
import type { RoundPublication, RoundResults } from '@contract/assessment-results';
import type { AssessmentEntry, SelfScoringInput } from '@domain/assessment/assessment-entry';
import { finaliseProblems } from '@domain/assessment/finalise-check';
import {
  computeRoundResults,
  roundNodeResults,
  type PreviousYearResult,
  type RoundResultUnit,
  type UnitRoundResult,
} from '@domain/assessment/round-results';
import type { AppraisalStage, RoundState } from '@domain/assessment/round-state';
import { surveyLeaves } from '@domain/assessment/survey-nodes';
import { notApplicableCodes } from '@domain/assessment/unit-applicability';
import type { Framework } from '@domain/frameworks/framework';
import type { IndexKind } from '@domain/frameworks/index-kind';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { can } from '@domain/permissions/can';
import { formatRank } from '@domain/results/ranking';
import type { Database } from '../db/client';
import { conflict, notFound, versionMismatch } from '../http/app-error';
import type { ReadContext, ServiceContext } from '../http/service-context';
import { findOrganisation } from '../organisations/organisation.repository';
import { findFramework, type FrameworkRow } from '../frameworks/framework.repository';
import { frameworkOf, gradeBandsOf } from '../frameworks/framework-presenter';
import { loadPeerResults } from '../results/peer-results';
import * as resultRepo from '../results/result.repository';
import { toNodeValues } from '../results/result.service';
import * as repo from './results.repository';

/** The states in which survey scores may be entered: after the self-assessment, before publication. */
export const SURVEY_STATES: readonly RoundState[] = ['appraisal', 'explanation', 'final'];

/** A round with everything its results are computed from. */
export interface LoadedRound {
  round: repo.RoundRow;
  frameworkRow: FrameworkRow;
  framework: Framework;
  units: repo.RoundUnitRow[];
  entriesByUnit: Map<string, repo.EntryRow[]>;
}

/** The domain's view of a stored entry. */
export function toAssessmentEntry(row: repo.EntryRow): AssessmentEntry {
  return {
    nodeCode: row.nodeCode,
    selfInput: (row.selfInput as SelfScoringInput | null) ?? null,
    selfScore: row.selfScore,
    notApplicable: row.notApplicable,
    selfExplanation: row.selfExplanation,
    appraisedScore1: row.appraisedScore1,
    appraisalComment1: row.appraisalComment1,
    explanationRequest: row.explanationRequest,
    explanation: row.explanation,
    appraisedScore2: row.appraisedScore2,
    appraisalComment2: row.appraisalComment2,
    surveyScore: row.surveyScore,
  };
}

/** The round of the tenant with its framework, units and entries; 404 when there is none. */
export async function loadRound(
  db: Database,
  tenantId: string,
  roundId: string,
): Promise<LoadedRound> {
  const round = await repo.findRound(db, tenantId, roundId);
  if (!round) throw notFound('Không tìm thấy đợt đánh giá.');
  const frameworkRow = await findFramework(db, tenantId, round.frameworkId);
  if (!frameworkRow) throw notFound('Không tìm thấy bộ chỉ số của đợt đánh giá.');
  const units = await repo.listRoundUnits(db, tenantId, roundId);
  const entriesByUnit = new Map<string, repo.EntryRow[]>();
  for (const entry of await repo.listRoundEntries(db, tenantId, roundId)) {
    const list = entriesByUnit.get(entry.organisationId);
    if (list) list.push(entry);
    else entriesByUnit.set(entry.organisationId, [entry]);
  }
  return { round, frameworkRow, framework: frameworkOf(frameworkRow), units, entriesByUnit };
}

/** A taking-part unit as the domain computes its result. */
export function resultUnitOf(loaded: LoadedRound, unit: repo.RoundUnitRow): RoundResultUnit {
  return {
    organisationId: unit.organisation.id,
    unitType: unit.organisation.type as OrganisationType,
    exemptNodeCodes: unit.unit.exemptNodeCodes,
    entries: (loaded.entriesByUnit.get(unit.organisation.id) ?? []).map(toAssessmentEntry),
  };
}

/** Last year's index and rank of each taking-part unit, from the previous framework of its type. */
async function previousResults(
  db: Database,
  tenantId: string,
  loaded: LoadedRound,
): Promise<Map<string, PreviousYearResult>> {
  const previous = new Map<string, PreviousYearResult>();
  const types = new Set(loaded.units.map((unit) => unit.organisation.type));
  for (const type of types) {
    const row = await repo.findPreviousYearFramework(db, tenantId, loaded.frameworkRow, type);
    if (!row) continue;
    const peers = await loadPeerResults(db, tenantId, row, type);
    for (const peer of peers.peers) {
      previous.set(peer.unit.id, {
        indexPercent: peer.rolledUp.totals.indexPercent,
        rank: peer.rank,
        rankedCount: peers.rankedCount,
      });
    }
  }
  return previous;
}

/** Every taking-part unit's result, in the units' order. */
export async function computeLoadedResults(
  db: Database,
  tenantId: string,
  loaded: LoadedRound,
): Promise<UnitRoundResult[]> {
  return computeRoundResults(
    loaded.framework,
    loaded.units.map((unit) => resultUnitOf(loaded, unit)),
    {
      gradeBands: gradeBandsOf(loaded.frameworkRow),
      previous: await previousResults(db, tenantId, loaded),
    },
  );
}

/** Why the round cannot be finalised now (empty: it can). */
export function finaliseProblemsOf(loaded: LoadedRound) {
  return finaliseProblems(
    loaded.framework,
    {
      state: loaded.round.state as RoundState,
      appraisalStage: loaded.round.appraisalStage as AppraisalStage,
    },
    loaded.units.map((unit) => ({
      organisationId: unit.organisation.id,
      name: unit.organisation.name,
      unitType: unit.organisation.type as OrganisationType,
      exemptNodeCodes: unit.unit.exemptNodeCodes,
      appraisal1Done: unit.unit.appraisal1DoneAt !== null,
      appraisal2Done: unit.unit.appraisal2DoneAt !== null,
      entries: loaded.entriesByUnit.get(unit.organisation.id) ?? [],
    })),
  );
}

/** The round's results as the actor reads them, with what it may do. */
export async function getRoundResults(
  ctx: ReadContext & Pick<ServiceContext, 'resource'>,
  input: { roundId: string },
): Promise<RoundResults> {
  const { db, actor } = ctx;
  const tenantId = actor.tenantId;
  const loaded = await loadRound(db, tenantId, input.roundId);
  const { round, frameworkRow, framework } = loaded;
  const owner = await findOrganisation(db, tenantId, round.ownerOrganisationId);
  const results = await computeLoadedResults(db, tenantId, loaded);
  const surveyNodes = surveyLeaves(framework);
  const state = round.state as RoundState;
  const manage = ctx.resource !== null && can(actor, 'assessment.manage', ctx.resource);
  return {
    round: {
      id: round.id,
      name: round.name,
      year: round.year,
      state,
      appraisalStage: round.appraisalStage === 2 ? 2 : 1,
      framework: {
        id: frameworkRow.id,
        code: frameworkRow.code,
        name: frameworkRow.name,
        indexKind: frameworkRow.indexKind as IndexKind,
        year: frameworkRow.year,
      },
      owner: { id: round.ownerOrganisationId, name: owner?.name ?? '' },
      finalisedAt: round.finalisedAt?.toISOString() ?? null,
      publishedAt: round.publishedAt?.toISOString() ?? null,
      publication: (round.publication as RoundPublication | null) ?? null,
    },
    version: round.version,
    surveyNodes: surveyNodes.map((node) => ({
      code: node.code,
      name: node.name,
      maxPoints: node.maxPoints,
    })),
    units: loaded.units.map((unit, index) => {
      const result = results[index]!;
      const exempt = notApplicableCodes(
        framework,
        unit.organisation.type as OrganisationType,
        unit.unit.exemptNodeCodes,
      );
      const entries = new Map(
        (loaded.entriesByUnit.get(unit.organisation.id) ?? []).map((entry) => [
          entry.nodeCode,
          entry,
        ]),
      );
      return {
        organisation: {
          ...unit.organisation,
          type: unit.organisation.type as OrganisationType,
        },
        survey: surveyNodes.map((node) => {
          const entry = entries.get(node.code);
          return {
            nodeCode: node.code,
            points: entry?.surveyScore ?? null,
            version: entry?.version ?? 0,
            applicable: !exempt.has(node.code) && entry?.notApplicable !== true,
          };
        }),
        appraisedPart: result.appraisedPart,
        surveyPart: result.surveyPart,
        total: result.total,
        applicableMaxPoints: result.applicableMaxPoints,
        indexPercent: result.indexPercent,
        scoreState: result.scoreState,
        rank: result.rank,
        rankedCount: result.rankedCount,
        rankText: result.rank === null ? null : formatRank(result.rank, result.rankedCount),
        grade: result.grade ? { code: result.grade.code, label: result.grade.label } : null,
        previousIndexPercent: result.previous?.indexPercent ?? null,
        previousRank: result.previous?.rank ?? null,
        indexChange: result.indexChange,
        rankChange: result.rankChange,
      };
    }),
    finaliseProblems: finaliseProblemsOf(loaded),
    actions: {
      editSurvey: manage && SURVEY_STATES.includes(state),
      finalise: manage && (state === 'appraisal' || state === 'explanation'),
      publish: manage && state === 'final',
    },
  };
}

/** Nguồn of a unit result written by a round: the round, and its decision once published. */
function sourceOf(round: repo.RoundRow) {
  const publication = round.publication as RoundPublication | null;
  return {
    roundId: round.id,
    decisionNumber: publication?.decisionNumber ?? '',
    decisionDate: publication?.decisionDate ?? null,
    ...(publication ? { issuer: publication.issuer } : {}),
  };
}

/**
 * Writes the units' round results as their results on the round's framework — self, appraisal 1
 * and 2, survey, not applicable per node — replacing an earlier result of the same framework and
 * unit (its version + 1), each audited. `only` limits it to some units (a survey edit after
 * finalising).
 */
export async function writeUnitResults(
  ctx: ServiceContext,
  loaded: LoadedRound,
  only?: ReadonlySet<string>,
): Promise<number> {
  const { db, actor, audit } = ctx;
  const tenantId = actor.tenantId;
  const { round, frameworkRow, framework } = loaded;
  const source = sourceOf(round);
  let written = 0;
  for (const unit of loaded.units) {
    if (only && !only.has(unit.organisation.id)) continue;
    const nodes = roundNodeResults(framework, resultUnitOf(loaded, unit)).map(toNodeValues);
    const current = await resultRepo.findUnitResult(
      db,
      tenantId,
      frameworkRow.id,
      unit.organisation.id,
    );
    const saved = current
      ? await resultRepo.updateUnitResultIfVersion(db, tenantId, current.id, current.version, {
          source,
          givenTotals: null,
        })
      : await resultRepo.insertUnitResult(db, {
          tenantId,
          frameworkId: frameworkRow.id,
          organisationId: unit.organisation.id,
          year: frameworkRow.year,
          source,
          givenTotals: null,
        });
    if (!saved) throw versionMismatch((current?.version ?? 0) + 1);
    await resultRepo.replaceResultNodes(db, tenantId, saved.id, nodes);
    await audit({
      organisationId: unit.organisation.id,
      action: 'assessment.manage',
      objectType: 'unit_result',
      objectId: saved.id,
      before: current ? { version: current.version, source: current.source } : null,
      after: { roundId: round.id, frameworkId: frameworkRow.id, source, nodes: nodes.length },
    });
    written++;
  }
  return written;
}

/** The round under the caller's version, locked for the rest of the transaction; 412 when stale. */
async function lockedRound(ctx: ServiceContext, roundId: string, version: number) {
  const tenantId = ctx.actor.tenantId;
  await repo.lockRound(ctx.db, tenantId, roundId);
  const loaded = await loadRound(ctx.db, tenantId, roundId);
  if (loaded.round.version !== version) throw versionMismatch(loaded.round.version);
  return loaded;
}

/**
 * Chốt kết quả: refused (409) with every reason while a unit is not confirmed for the current
 * appraisal or a survey score is missing; else writes the units' results and sets the round final.
 */
export async function finaliseRound(
  ctx: ServiceContext,
  input: { roundId: string; version: number },
): Promise<RoundResults> {
  const { db, actor, audit, now } = ctx;
  const loaded = await lockedRound(ctx, input.roundId, input.version);
  const problems = finaliseProblemsOf(loaded);
  if (problems.length > 0) {
    throw conflict(
      `Chưa chốt được kết quả: ${problems[0]!.message}${problems.length > 1 ? ` (và ${problems.length - 1} lý do khác)` : ''}`,
      problems.map((problem) => ({
        field: problem.organisationId,
        message: problem.message,
      })),
    );
  }
  const written = await writeUnitResults(ctx, loaded);
  const updated = await repo.updateRoundIfVersion(
    db,
    actor.tenantId,
    input.roundId,
    input.version,
    { state: 'final', finalisedAt: now, finalisedBy: actor.userId },
  );
  if (!updated) throw versionMismatch(input.version + 1);
  await audit({
    organisationId: loaded.round.ownerOrganisationId,
    action: 'assessment.manage',
    objectType: 'assessment_round',
    objectId: input.roundId,
    before: { state: loaded.round.state, version: loaded.round.version },
    after: { state: 'final', version: updated.version, unitResults: written },
  });
  return getRoundResults(ctx, { roundId: input.roundId });
}

/**
 * Công bố: a final round becomes published under the decision, stored on the round and in the
 * source of each unit result it wrote (so rankings show the decision).
 */
export async function publishRound(
  ctx: ServiceContext,
  input: { roundId: string; version: number; publication: RoundPublication },
): Promise<RoundResults> {
  const { db, actor, audit, now } = ctx;
  const loaded = await lockedRound(ctx, input.roundId, input.version);
  if (loaded.round.state !== 'final') {
    throw conflict(
      loaded.round.state === 'published'
        ? 'Kết quả của đợt đánh giá này đã được công bố.'
        : 'Chỉ công bố được kết quả đã chốt; hãy chốt kết quả trước.',
    );
  }
  const updated = await repo.updateRoundIfVersion(
    db,
    actor.tenantId,
    input.roundId,
    input.version,
    {
      state: 'published',
      publishedAt: now,
      publishedBy: actor.userId,
      publication: input.publication,
    },
  );
  if (!updated) throw versionMismatch(input.version + 1);
  await writeUnitResults(ctx, { ...loaded, round: updated });
  await audit({
    organisationId: loaded.round.ownerOrganisationId,
    action: 'assessment.manage',
    objectType: 'assessment_round',
    objectId: input.roundId,
    before: { state: loaded.round.state, version: loaded.round.version },
    after: { state: 'published', version: updated.version, publication: input.publication },
  });
  return getRoundResults(ctx, { roundId: input.roundId });
}
