// Where a new draft's content comes from: a blank header for the unit, or "Lập kế hoạch khắc
// phục" — one task per sub-criterion that lost points in the unit's gap analysis.
import type { PlanDetail } from '@contract/plans';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { draftFromGaps, indexShortName, peerLabelOf } from '@domain/plans/draft-from-gaps';
import { defaultTargets } from '@domain/plans/plan-targets';
import { existedInYear } from '@domain/organisations/validity';
import { formatViNumber } from '@domain/shared/vi-format';
import type { ServiceContext } from '../http/service-context';
import { notFound } from '../http/app-error';
import { getFrameworkRow } from '../frameworks/framework.service';
import { frameworkOf } from '../frameworks/framework-presenter';
import { findOrganisation, listOrganisationsUnder } from '../organisations/organisation.repository';
import { getGapAnalysis } from '../results/ranking.service';
import { createDraft } from './plan.service';

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

/**
 * Lập kế hoạch khắc phục: the plan for the year after the results (2023 results → 2024 plan),
 * titled after the index, its targets from last year's index and rank, one section per area that
 * lost points and one task per sub-criterion that lost more than `threshold`.
 */
export async function draftPlanFromGaps(
  ctx: ServiceContext,
  input: { frameworkId: string; threshold: number; implementsPlanId: string | null },
): Promise<PlanDetail> {
  const { db, actor, today } = ctx;
  const resource = ctx.resource!; // authorised on the new plan's unit
  const body = input;
  const row = await getFrameworkRow(db, actor.tenantId, body.frameworkId);
  const framework = frameworkOf(row);
  const unit = await findOrganisation(db, actor.tenantId, resource.organisationId);
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
  const { tasks, sections } = draftFromGaps(framework, gaps.rows, {
    frameworkId: row.id,
    threshold: body.threshold,
    leadCandidates: candidates,
  });
  // A total made of some entries only (chưa đủ điểm) is not the unit's result: not stated.
  const result =
    gaps.totals.scoreState === 'scored'
      ? ` (${formatViNumber(gaps.totals.score)}/${formatViNumber(gaps.totals.applicableMaxPoints)} điểm${gaps.rankText ? `, xếp hạng ${gaps.rankText}` : ''})`
      : '';
  return createDraft(ctx, {
    year,
    title: `Khắc phục tồn tại, hạn chế ${indexName} năm ${framework.year}`,
    implementsPlanId: body.implementsPlanId,
    seed: (content) => ({
      content: {
        ...content,
        purpose: `Khắc phục những tồn tại, hạn chế trong kết quả ${indexName} năm ${framework.year} của ${unit.name}${result}; nâng cao kết quả ${indexName} năm ${year}.`,
        requirements:
          'Các cơ quan, đơn vị được giao chủ trì, phối hợp triển khai đầy đủ, đúng thời gian các nhiệm vụ tại Phụ lục kèm theo; có sản phẩm và tài liệu kiểm chứng cụ thể.',
        targets: defaultTargets(year, {
          indexName,
          index: gaps.totals.indexPercent,
          rank: gaps.rank,
          peerCount: gaps.rankedCount,
          peerLabel: peerLabelOf(unit.type as OrganisationType),
        }),
        sections,
      },
      tasks: tasks.map((task, index) => ({ ...task, position: index + 1 })),
      sourceFrameworkId: row.id,
    }),
  });
}
