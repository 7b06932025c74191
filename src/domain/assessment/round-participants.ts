import type { Framework, FrameworkNode } from '../frameworks/framework';
import {
  ORGANISATION_TYPE_LABELS,
  type OrganisationType,
} from '../organisations/organisation-type';
import { existedInYear } from '../organisations/validity';

// Đơn vị tham gia đợt đánh giá: who takes part by default, and which "không áp dụng"
// exemptions the framework allows a single unit (e.g. a department with no administrative
// procedures of its own skips the area «Cải cách thủ tục hành chính»).

/** A unit below the round's owner, as the participant rules see it. */
export interface CandidateUnit {
  id: string;
  name: string;
  type: OrganisationType;
  validFrom: string;
  validTo: string | null;
}

/** Đơn vị tham gia as asked: the unit and the nodes it is exempt from. */
export interface ParticipantRequest {
  organisationId: string;
  exemptNodeCodes: readonly string[];
}

/** Lỗi đơn vị tham gia: the unit (and node) concerned and the Vietnamese reason. */
export interface ParticipantProblem {
  organisationId: string;
  nodeCode: string | null;
  message: string;
}

/**
 * Đơn vị tham gia mặc định: the units below the owner (`candidates`, the owner's subtree) whose
 * type the framework applies to and that existed in its year, in the order given.
 */
export function defaultParticipants<U extends CandidateUnit>(
  framework: Pick<Framework, 'unitTypes' | 'year'>,
  candidates: readonly U[],
): U[] {
  return candidates.filter(
    (unit) => framework.unitTypes.includes(unit.type) && existedInYear(unit, framework.year),
  );
}

/**
 * Được miễn áp dụng: a node a single unit may be declared "không áp dụng" for — marked
 * `applicability.exemptable`, or (older frameworks) carrying an applicability note.
 */
export function isExemptableNode(node: FrameworkNode): boolean {
  return node.applicability?.exemptable === true || Boolean(node.applicability?.note?.trim());
}

/** Các tiêu chí được miễn: the codes of the exemptable nodes, in framework order. */
export function exemptableNodeCodes(framework: Pick<Framework, 'nodes'>): string[] {
  return framework.nodes.filter(isExemptableNode).map((node) => node.code);
}

/**
 * Kiểm tra đơn vị tham gia: each requested unit must be one of `candidates` (below the owner),
 * of a type the framework applies to, existing in its year, listed once, and exempt only from
 * nodes of the framework that are exemptable. Empty when valid.
 */
export function checkParticipants(
  framework: Pick<Framework, 'unitTypes' | 'year' | 'nodes'>,
  candidates: readonly CandidateUnit[],
  requests: readonly ParticipantRequest[],
): ParticipantProblem[] {
  const problems: ParticipantProblem[] = [];
  const byId = new Map(candidates.map((unit) => [unit.id, unit]));
  const nodes = new Map(framework.nodes.map((node) => [node.code, node]));
  const seen = new Set<string>();
  for (const request of requests) {
    const problem = (message: string, nodeCode: string | null = null) =>
      problems.push({ organisationId: request.organisationId, nodeCode, message });
    const unit = byId.get(request.organisationId);
    if (!unit) {
      problem('Đơn vị không thuộc đơn vị chủ trì đợt đánh giá.');
      continue;
    }
    if (seen.has(unit.id)) problem(`${unit.name} được chọn hai lần.`);
    seen.add(unit.id);
    if (!framework.unitTypes.includes(unit.type)) {
      problem(
        `Bộ chỉ số không áp dụng cho ${unit.name} (loại đơn vị «${ORGANISATION_TYPE_LABELS[unit.type]}»).`,
      );
    } else if (!existedInYear(unit, framework.year)) {
      problem(`${unit.name} không hoạt động trong năm ${framework.year}.`);
    }
    for (const code of new Set(request.exemptNodeCodes)) {
      const node = nodes.get(code);
      if (!node) problem(`Bộ chỉ số không có tiêu chí «${code}».`, code);
      else if (!isExemptableNode(node)) {
        problem(
          `Tiêu chí «${code} ${node.name}» không được miễn áp dụng cho từng đơn vị (bộ chỉ số không cho phép).`,
          code,
        );
      }
    }
  }
  return problems;
}
