// Where a new draft's content comes from: a blank header for the unit, or "Lập kế hoạch khắc
// phục" — one task per sub-criterion that lost points in the unit's gap analysis, for one index
// or several at once (one block per index), into a new draft or an existing one.
import { randomUUID } from 'node:crypto';
import type { PlanDetail } from '@contract/plans';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { draftFromGaps, indexShortName, peerLabelOf } from '@domain/plans/draft-from-gaps';
import type { PlanSection, PlanTask } from '@domain/plans/plan';
import {
  committeeInSentence,
  draftImplementation,
  reportingOffices,
} from '@domain/plans/plan-implementation';
import { resultsBasis, type ResultsDecision } from '@domain/plans/results-basis';
import { MONTHLY_BY_2ND_AND_QUARTERLY_BY_15TH } from '@domain/reports/reporting-rule';
import { newSection } from '@domain/plans/plan-outline';
import { defaultTargets, type PlanTarget } from '@domain/plans/plan-targets';
import { existedInYear } from '@domain/organisations/validity';
import { formatViNumber } from '@domain/shared/vi-format';
import type { ServiceContext } from '../http/service-context';
import { notFound, validationError } from '../http/app-error';
import { getFrameworkRow } from '../frameworks/framework.service';
import { frameworkOf } from '../frameworks/framework-presenter';
import { findOrganisation, listOrganisationsUnder } from '../organisations/organisation.repository';
import { getGapAnalysis } from '../results/ranking.service';
import { findUnitResult } from '../results/result.repository';
import { appendToDraft, createDraft } from './plan.service';

/** Tạo dự thảo trống (optionally carrying out a parent plan). */
export function createBlankPlan(
  ctx: ServiceContext,
  input: { year: number; title: string; implementsPlanId: string | null },
): Promise<PlanDetail> {
  return createDraft(ctx, {
    ...input,
    seed: (content) => ({ content, tasks: [], sourceFrameworkId: null }),
  });
}

/** What one index contributes to a draft: its sections, targets, tasks and the purpose line. */
interface IndexDraft {
  frameworkId: string;
  indexName: string;
  resultsYear: number;
  sections: PlanSection[];
  targets: PlanTarget[];
  tasks: PlanTask[];
  purpose: string;
  /** Quyết định công bố the unit's results were entered with, if any (for "Căn cứ"). */
  decision: ResultsDecision | null;
  /** The units that may lead (the plan unit and below), for naming them in "Tổ chức thực hiện". */
  units: { id: string; name: string; parentId: string | null }[];
}

/**
 * Quyết định công bố kết quả: the number and date the unit's results were imported or entered
 * with, issued by the framework's owner (the province's committee: "Ủy ban nhân dân tỉnh Đồng Tháp").
 */
async function resultsDecisionOf(
  ctx: ServiceContext,
  framework: { id: string; ownerOrganisationId: string },
  organisationId: string,
): Promise<ResultsDecision | null> {
  const { db, actor } = ctx;
  const result = await findUnitResult(db, actor.tenantId, framework.id, organisationId);
  const source = result?.source as { decisionNumber?: string; decisionDate?: string | null } | null;
  if (!source?.decisionNumber?.trim()) return null;
  const owner = await findOrganisation(db, actor.tenantId, framework.ownerOrganisationId);
  const isCommittee = owner && ['province', 'district', 'commune'].includes(owner.type);
  const issuer = owner ? (isCommittee ? committeeInSentence(owner.name) : owner.name.trim()) : '';
  return {
    decisionNumber: source.decisionNumber,
    decisionDate: source.decisionDate ?? null,
    issuer,
  };
}

/**
 * One index's part of the draft. `asBlock` puts its areas under a block section "A. Chỉ số CCHC"
 * (a multi-index plan) with its targets there; otherwise the areas are top-level sections and the
 * targets the plan's general ones, as a single-index remediation plan has always been laid out.
 */
async function draftIndex(
  ctx: ServiceContext,
  input: { frameworkId: string; threshold: number; organisationId: string; asBlock: boolean },
): Promise<IndexDraft> {
  const { db, actor, today } = ctx;
  const row = await getFrameworkRow(db, actor.tenantId, input.frameworkId);
  const framework = frameworkOf(row);
  const unit = await findOrganisation(db, actor.tenantId, input.organisationId);
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  const gaps = await getGapAnalysis(ctx, {
    frameworkId: row.id,
    organisationId: unit.id,
    query: {},
  });
  const indexName = indexShortName(framework);
  const year = framework.year + 1;
  // Units that existed in the plan's year may lead (a 2024 plan of a district merged in 2025).
  const candidates = (
    await listOrganisationsUnder(db, actor.tenantId, [unit.id], { includeClosed: true, today })
  ).filter((candidate) => existedInYear(candidate, year));
  const block = input.asBlock
    ? newSection({
        id: randomUUID(),
        heading: indexName,
        numbering: 'upper_letter',
        frameworkId: row.id,
      })
    : null;
  const { tasks, sections } = draftFromGaps(framework, gaps.rows, {
    frameworkId: row.id,
    threshold: input.threshold,
    leadCandidates: candidates,
    newId: randomUUID,
    parentSectionId: block?.id ?? null,
  });
  // A total made of some entries only (chưa đủ điểm) is not the unit's result: not stated.
  const result =
    gaps.totals.scoreState === 'scored'
      ? ` (${formatViNumber(gaps.totals.score)}/${formatViNumber(gaps.totals.applicableMaxPoints)} điểm${gaps.rankText ? `, xếp hạng ${gaps.rankText}` : ''})`
      : '';
  return {
    frameworkId: row.id,
    indexName,
    resultsYear: framework.year,
    sections: block ? [block, ...sections] : sections,
    targets: defaultTargets(
      year,
      {
        indexName,
        frameworkId: row.id,
        index: gaps.totals.indexPercent,
        rank: gaps.rank,
        peerCount: gaps.rankedCount,
        peerLabel: peerLabelOf(unit.type as OrganisationType),
      },
      randomUUID,
      block?.id ?? null,
    ),
    tasks,
    decision: await resultsDecisionOf(ctx, row, unit.id),
    units: candidates.map(({ id, name, parentId }) => ({ id, name, parentId })),
    purpose: `Khắc phục những tồn tại, hạn chế trong kết quả ${indexName} năm ${framework.year} của ${unit.name}${result}; nâng cao kết quả ${indexName} năm ${year}.`,
  };
}

/** Every index drafted from results of the same year (the plan is for the year after). */
function assertSameYear(drafts: readonly IndexDraft[]): number {
  const years = new Set(drafts.map((draft) => draft.resultsYear));
  if (years.size > 1) {
    throw validationError('Các bộ chỉ số phải cùng năm kết quả để lập chung một kế hoạch.', [
      {
        field: 'frameworkIds',
        message: drafts.map((draft) => `${draft.indexName}: năm ${draft.resultsYear}`).join('; '),
      },
    ]);
  }
  return (drafts[0]?.resultsYear ?? 0) + 1;
}

/**
 * Lập kế hoạch khắc phục: the plan for the year after the results (2023 results → 2024 plan),
 * titled after the indices, its targets from last year's index and rank, one section per area that
 * lost points and one task per sub-criterion that lost more than `threshold`. Several indices give
 * one block per index ("A. Chỉ số CCHC", "B. Chỉ số PAPI"); `planId` adds the blocks to an existing
 * draft of the same unit and year instead of creating one.
 */
export async function draftPlanFromGaps(
  ctx: ServiceContext,
  input: {
    frameworkIds: string[];
    threshold: number;
    implementsPlanId: string | null;
    planId: string | null;
  },
): Promise<PlanDetail> {
  const resource = ctx.resource!; // authorised on the plan's unit
  const frameworkIds = [...new Set(input.frameworkIds)];
  const asBlock = frameworkIds.length > 1 || input.planId !== null;
  const drafts: IndexDraft[] = [];
  for (const frameworkId of frameworkIds) {
    drafts.push(
      await draftIndex(ctx, {
        frameworkId,
        threshold: input.threshold,
        organisationId: resource.organisationId,
        asBlock,
      }),
    );
  }
  const year = assertSameYear(drafts);
  const sections = drafts.flatMap((draft) => draft.sections);
  const targets = drafts.flatMap((draft) => draft.targets);
  const tasks = drafts.flatMap((draft) => draft.tasks);
  const purpose = drafts.map((draft) => draft.purpose).join('\n');
  if (input.planId !== null) {
    return appendToDraft(ctx, {
      planId: input.planId,
      year,
      frameworkIds,
      sections,
      targets,
      tasks,
      purpose,
    });
  }
  const basis = resultsBasis(
    drafts.map((draft) => ({
      decision: draft.decision,
      index: { name: draft.indexName, year: draft.resultsYear },
    })),
  );
  const names = drafts.map((draft) => draft.indexName).join(', ');
  const unit = await findOrganisation(ctx.db, ctx.actor.tenantId, resource.organisationId);
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  const units = drafts[0]?.units ?? [];
  return createDraft(ctx, {
    year,
    title: `Khắc phục tồn tại, hạn chế ${names} năm ${year - 1}`,
    implementsPlanId: input.implementsPlanId,
    seed: (content) => ({
      content: {
        ...content,
        frameworkIds,
        purpose,
        requirements:
          'Các cơ quan, đơn vị được giao chủ trì, phối hợp triển khai đầy đủ, đúng thời gian các nhiệm vụ tại Phụ lục kèm theo; có sản phẩm và tài liệu kiểm chứng cụ thể.',
        targets,
        sections,
        appendixTable: true,
        basis: [...content.basis, ...basis],
        // Tổ chức thực hiện: who leads which task, the default reporting rule (sample 000's, the
        // Đồng Tháp practice; the focal sets the tracked rule on the reporting screen) and who collects.
        implementation: draftImplementation({
          tasks,
          names: new Map(units.map((candidate) => [candidate.id, candidate.name])),
          sections,
          appendixTable: true,
          reporting: MONTHLY_BY_2ND_AND_QUARTERLY_BY_15TH,
          ...reportingOffices(
            { id: unit.id, name: unit.name, type: unit.type as OrganisationType },
            units,
          ),
        }),
      },
      tasks: tasks.map((task, index) => ({ ...task, position: index + 1 })),
      sourceFrameworkId: frameworkIds[0] ?? null,
    }),
  });
}
