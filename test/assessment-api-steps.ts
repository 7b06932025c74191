// A scoring round walked through the product's HTTP API, step by step as the people do it: the
// focal opens the round and moves it on, the unit's editor fills every criterion with the rule's
// inputs and evidence (or an explanation), its leader submits, the council appraises and confirms
// the unit and signs off. Each step checks the answer, so a refused step fails where it happens.
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { RoundDto, RoundUnitInput, RoundWindowsDto } from '@contract/assessment-rounds';
import type {
  SelfAssessmentDto,
  SelfCompletionDto,
  SelfEntryDto,
  SelfNodeDto,
  SelfScoringInputDto,
} from '@contract/assessment-self';
import type { UnitAppraisalDto } from '@contract/assessment-appraisal';
import type { RoundState } from '@domain/assessment/round-state';
import { multipartFile, type TestClient } from './test-app';

/** If-Match for a version, as the web sends it. */
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

/** The answer's JSON once its status is the expected one (the body is the failure message). */
function ok<T>(response: LightMyRequestResponse, status = 200): T {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

const roundUrl = (roundId: string) => `/api/assessment-rounds/${roundId}`;
const unitUrl = (roundId: string, organisationId: string) =>
  `${roundUrl(roundId)}/units/${organisationId}`;

/** Mở đợt đánh giá (POST /assessment-rounds) and move it into self-assessment. */
export async function openRound(
  focal: TestClient,
  input: {
    frameworkId: string;
    ownerOrganisationId: string;
    name: string;
    units: RoundUnitInput[];
    windows: RoundWindowsDto;
  },
): Promise<RoundDto> {
  const created = ok<RoundDto>(await focal.post('/api/assessment-rounds', input), 201);
  expect(created.state).toBe('draft');
  return moveRound(focal, created.id, 'self_assessment');
}

/** Chuyển trạng thái: reads the round's version and moves it to `to`. */
export async function moveRound(
  focal: TestClient,
  roundId: string,
  to: RoundState,
): Promise<RoundDto> {
  const current = ok<RoundDto>(await focal.get(roundUrl(roundId)));
  const moved = ok<RoundDto>(
    await focal.post(`${roundUrl(roundId)}/transition`, { to }, ifMatch(current.version)),
  );
  expect(moved.state).toBe(to);
  return moved;
}

/**
 * Dữ liệu tự chấm reaching the node's maximum under its rule: «Có», the best tier, every case
 * (a threshold rule: just the threshold, e.g. 190 of 200 for 95 %), no violation, full points.
 */
export function fullMarksInput(node: SelfNodeDto): SelfScoringInputDto {
  const rule = node.rule;
  switch (node.inputType) {
    case 'binary':
      return { type: 'binary', achieved: true };
    case 'tiered': {
      if (rule?.type !== 'tiered') throw new Error(`${node.code}: tiered input without tiers`);
      const best = rule.tiers.reduce((top, tier) => (tier.points > top.points ? tier : top));
      return { type: 'tiered', tier: best.label };
    }
    case 'ratio': {
      const denominator = 200;
      const numerator =
        rule?.type === 'ratio_threshold'
          ? Math.ceil((rule.threshold * denominator) / 100)
          : denominator;
      return { type: 'ratio', numerator, denominator };
    }
    case 'deduction':
      return { type: 'deduction', events: 0 };
    case 'points':
      return { type: 'points', points: node.maxPoints };
    default:
      throw new Error(`${node.code} is not self-scored`);
  }
}

/** How a criterion that needs evidence is backed: an issued document, an uploaded file, or a giải trình. */
export type EvidencePlan =
  | {
      kind: 'document';
      document: {
        number: string;
        date: string | null;
        issuer: string;
        pointer?: string;
        summary?: string;
      };
    }
  | { kind: 'file'; fileName: string; content: Buffer; contentType: string }
  | { kind: 'explanation'; explanation: string };

/** Every applicable self-scored criterion as the unit left it, and the completion the last save reported. */
export interface FilledSelfAssessment {
  form: SelfAssessmentDto;
  entries: SelfEntryDto[];
  completion: SelfCompletionDto;
}

/**
 * Điền bản tự đánh giá: reads the form, then for each applicable criterion it scores itself saves
 * the rule's inputs (`inputFor`, default full marks) with If-Match "0", and — when the framework
 * asks for evidence — attaches what `evidenceFor` gives (an explanation travels with the save).
 */
export async function fillSelfAssessment(
  editor: TestClient,
  input: {
    roundId: string;
    organisationId: string;
    evidenceFor: (node: SelfNodeDto) => EvidencePlan;
    inputFor?: (node: SelfNodeDto) => SelfScoringInputDto;
  },
): Promise<FilledSelfAssessment> {
  const url = unitUrl(input.roundId, input.organisationId);
  const form = ok<SelfAssessmentDto>(await editor.get(url));
  expect(form.actions.edit, 'the editor may fill the form').toBe(true);
  const nodes = new Map(form.nodes.map((node) => [node.code, node]));
  const entries: SelfEntryDto[] = [];
  let completion = form.completion;
  for (const blank of form.entries) {
    const node = nodes.get(blank.nodeCode)!;
    const plan = node.needsEvidence ? input.evidenceFor(node) : null;
    const saved = ok<SelfEntryDto & { completion: SelfCompletionDto }>(
      await editor.put(
        `${url}/entries/${node.code}`,
        {
          input: (input.inputFor ?? fullMarksInput)(node),
          ...(plan?.kind === 'explanation' ? { selfExplanation: plan.explanation } : {}),
        },
        ifMatch(blank.version),
      ),
    );
    let entry: SelfEntryDto = saved;
    completion = saved.completion;
    if (plan?.kind === 'document') {
      const added = ok<{ entry: SelfEntryDto; completion: SelfCompletionDto }>(
        await editor.post(`${url}/entries/${node.code}/evidence/document`, plan.document),
        201,
      );
      ({ entry, completion } = added);
    } else if (plan?.kind === 'file') {
      const { payload, headers } = multipartFile(plan.fileName, plan.content, plan.contentType);
      const added = ok<{ entry: SelfEntryDto; completion: SelfCompletionDto }>(
        await editor.request('POST', `${url}/entries/${node.code}/evidence`, {
          payload,
          headers,
        }),
        201,
      );
      ({ entry, completion } = added);
    }
    entries.push(entry);
  }
  return { form, entries, completion };
}

/** Gửi bản tự đánh giá: the leader submits under the unit's current version. */
export async function submitSelfAssessment(
  leader: TestClient,
  roundId: string,
  organisationId: string,
): Promise<{ status: string; version: number }> {
  const url = unitUrl(roundId, organisationId);
  const form = ok<SelfAssessmentDto>(await leader.get(url));
  expect(form.actions.submit, 'the leader may submit').toBe(true);
  return ok(await leader.post(`${url}/submit`, {}, ifMatch(form.version)));
}

/** Điểm thẩm định of one criterion and the council's nhận xét (required when it differs). */
export interface AppraisedScore {
  score: number;
  comment: string;
}

/**
 * Thẩm định một đơn vị: sets the given criteria's appraised scores (the round's current stage)
 * under each entry's version, then confirms the unit — criteria left untouched keep the score
 * before. Returns the unit's appraisal as confirmed.
 */
export async function appraiseUnit(
  appraiser: TestClient,
  input: { roundId: string; organisationId: string; scores: Record<string, AppraisedScore> },
): Promise<UnitAppraisalDto> {
  const url = `${unitUrl(input.roundId, input.organisationId)}/appraisal`;
  const view = ok<UnitAppraisalDto>(await appraiser.get(url));
  expect(view.actions.appraise, view.actions.appraiseRefusal ?? '').toBe(true);
  const versions = new Map(view.entries.map((entry) => [entry.nodeCode, entry.version]));
  for (const [nodeCode, appraised] of Object.entries(input.scores)) {
    ok(await appraiser.put(`${url}/${nodeCode}`, appraised, ifMatch(versions.get(nodeCode) ?? 0)));
  }
  const current = ok<UnitAppraisalDto>(await appraiser.get(url));
  return ok<UnitAppraisalDto>(await appraiser.post(`${url}/confirm`, {}, ifMatch(current.version)));
}

/** Hội đồng ký xác nhận: signs the board off under the round's version; the round after it. */
export async function signOffRound(appraiser: TestClient, roundId: string): Promise<RoundDto> {
  const round = ok<RoundDto>(await appraiser.get(roundUrl(roundId)));
  ok(await appraiser.post(`${roundUrl(roundId)}/sign-off`, {}, ifMatch(round.version)));
  return ok<RoundDto>(await appraiser.get(roundUrl(roundId)));
}
