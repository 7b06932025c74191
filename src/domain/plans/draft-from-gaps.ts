// Lập kế hoạch khắc phục: the first draft of a remediation plan, one task per scored
// sub-criterion (or area/criterion entered directly) that lost points, biggest loss first.
import type { Framework } from '../frameworks/framework';
import type { OrganisationType } from '../organisations/organisation-type';
import { ancestorCodes, frameworkTree } from '../frameworks/framework-tree';
import type { GapRow } from '../results/gap-analysis';
import { foldVietnamese } from '../shared/fold-vietnamese';
import { formatViNumber } from '../shared/vi-format';
import type { PlanSection, PlanTask } from './plan';
import { newSection, type NumberingStyle } from './plan-outline';

/** Đơn vị có thể chủ trì: an organisation the default lead unit text may name. */
export interface LeadCandidate {
  id: string;
  name: string;
}

/** Tùy chọn lập dự thảo: which framework the gaps come from, the loss threshold, and the units that may lead. */
export interface DraftFromGapsOptions {
  frameworkId: string;
  /** Ngưỡng điểm bị trừ: a leaf becomes a task when it lost more than this (default 0). */
  threshold?: number;
  /** The plan unit and the units below it; the framework's default lead text is matched against their names. */
  leadCandidates: readonly LeadCandidate[];
  /** Gives each drafted section its key. */
  newId: () => string;
  /** Khối chỉ số: the block section the area sections go under (a multi-index plan), or null for top level. */
  parentSectionId?: string | null;
  /** Numbering of the area sections: "1." at top level, "1." or "I." under a block. */
  numbering?: NumberingStyle;
}

/** Dự thảo từ điểm bị trừ: the tasks and one content section per area that lost points. */
export interface DraftFromGaps {
  tasks: PlanTask[];
  sections: PlanSection[];
}

/** Thời gian mặc định of a drafted task: ongoing, to be narrowed by the user. */
export const DEFAULT_DRAFT_TIMEFRAME = 'Thường xuyên';

/**
 * Tìm đơn vị chủ trì: the candidate whose name is the text, or starts with it and a space
 * ("Phòng Nội vụ" → "Phòng Nội vụ huyện Lấp Vò"), compared without accents or case. Null when
 * none or several match: an ambiguous name is left for the user, never guessed.
 */
export function matchLeadUnit(
  text: string | undefined,
  candidates: readonly LeadCandidate[],
): string | null {
  const wanted = foldVietnamese(text ?? '').trim();
  if (wanted === '') return null;
  const exact = candidates.filter((candidate) => foldVietnamese(candidate.name).trim() === wanted);
  if (exact.length === 1) return exact[0]?.id ?? null;
  if (exact.length > 1) return null;
  const prefixed = candidates.filter((candidate) =>
    foldVietnamese(candidate.name).trim().startsWith(`${wanted} `),
  );
  return prefixed.length === 1 ? (prefixed[0]?.id ?? null) : null;
}

/**
 * Đơn vị mặc định: reads the framework's default lead text. Several units separated by ";"
 * ("Phòng Văn hóa và Thông tin (nghiệp vụ kỹ thuật); Văn phòng HĐND và UBND (hướng dẫn chuyên
 * môn)") give the first as lead and the others as coordinating; a role note in brackets is
 * ignored for matching. The whole text stays as the suggestion when the lead matched no unit.
 */
export function assignDefaultUnits(
  text: string | undefined,
  candidates: readonly LeadCandidate[],
): Pick<PlanTask, 'leadOrganisationId' | 'leadSuggestion' | 'coordinatingOrganisationIds'> {
  const names = (text ?? '')
    .split(';')
    .map((part) => part.replace(/\([^)]*\)/g, '').trim())
    .filter((part) => part !== '');
  const [leadName, ...others] = names;
  const leadOrganisationId = matchLeadUnit(leadName, candidates);
  const coordinatingOrganisationIds = others
    .map((name) => matchLeadUnit(name, candidates))
    .filter((id): id is string => id !== null && id !== leadOrganisationId);
  return {
    leadOrganisationId,
    leadSuggestion: text?.trim() ?? '',
    coordinatingOrganisationIds: [...new Set(coordinatingOrganisationIds)],
  };
}

/**
 * Lập dự thảo từ điểm bị trừ: one task per non-bonus node whose score was entered there (a leaf,
 * or an area/criterion entered as a decision publishes it — one task for it, none for its empty
 * leaves) and whose lost points exceed the threshold; a node without a score (chưa có điểm) never
 * becomes a task. Ordered by points lost (then code, as `analyseGaps` sorts), each linked to its node with max,
 * score and points at stake, the framework's default lead unit (matched to an organisation when
 * one name fits), "Thường xuyên" and a suggested solution to edit. Sections list, per area in
 * framework order, what was lost ("trừ 0,5 điểm").
 */
export function draftFromGaps(
  framework: Framework,
  gaps: readonly GapRow[],
  options: DraftFromGapsOptions,
): DraftFromGaps {
  const tree = frameworkTree(framework.nodes);
  const threshold = options.threshold ?? 0;
  const lost = gaps.filter((row) => !row.isBonus && row.isEntered && row.lostPoints > threshold);
  const areaOf = (code: string) => {
    const areaCode = ancestorCodes(tree, code).at(-1) ?? code;
    return tree.byCode.get(areaCode) ?? tree.byCode.get(code);
  };

  // One section per area that lost points, in framework order; each task sits under its area's.
  const areaCodes = new Map<string, string[]>();
  for (const row of lost) {
    const area = areaOf(row.code);
    if (!area) continue;
    areaCodes.set(area.code, [...(areaCodes.get(area.code) ?? []), row.code]);
  }
  const areasInOrder = [...areaCodes.keys()].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  const sectionIds = new Map(areasInOrder.map((code) => [code, options.newId()]));

  const tasks = lost.map((row): PlanTask => {
    const node = tree.byCode.get(row.code);
    const evidence = node?.evidence?.trim();
    const area = areaOf(row.code);
    return {
      area: area?.name ?? '',
      sectionId: (area && sectionIds.get(area.code)) ?? null,
      kind: 'assignment',
      leadGroup: null,
      groupId: null,
      content: `Khắc phục tồn tại, hạn chế tại tiêu chí ${row.code} “${row.name}”`,
      solution: [
        `Rà soát nguyên nhân bị trừ ${formatViNumber(row.lostPoints)} điểm (đạt ${formatViNumber(row.score)}/${formatViNumber(row.maxPoints)} điểm) và thực hiện đầy đủ yêu cầu của tiêu chí.`,
        evidence ? `Chuẩn bị đầy đủ tài liệu kiểm chứng: ${evidence}.` : '',
      ]
        .filter((line) => line !== '')
        .join('\n'),
      nodeLinks: [
        {
          frameworkId: options.frameworkId,
          frameworkCode: framework.code,
          indexKind: framework.indexKind,
          code: row.code,
          name: row.name,
          maxPoints: row.maxPoints,
          score: row.score,
          pointsAtStake: row.lostPoints,
        },
      ],
      ...assignDefaultUnits(node?.defaultLeadUnit, options.leadCandidates),
      coordinatingNote: '',
      outputKind: 'report',
      outputDescription: '',
      timeframeText: DEFAULT_DRAFT_TIMEFRAME,
      note: '',
      status: 'not_started',
    };
  });

  const sections: PlanSection[] = [];
  for (const areaCode of areasInOrder) {
    const area = tree.byCode.get(areaCode);
    const rows = lost
      .filter((row) => areaCodes.get(areaCode)?.includes(row.code))
      .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
    sections.push({
      ...newSection({ id: sectionIds.get(areaCode) ?? options.newId(), heading: '' }),
      parentId: options.parentSectionId ?? null,
      numbering: options.numbering ?? 'decimal',
      frameworkId: options.frameworkId,
      nodeCode: areaCode,
      heading: `Về ${area?.name ?? areaCode}`,
      body: [
        'Tồn tại, hạn chế:',
        ...rows.map(
          (row) =>
            `- ${row.code === areaCode ? '' : `Tiêu chí ${row.code} `}${row.code === areaCode ? row.name : `“${row.name}”`}: đạt ${formatViNumber(row.score)}/${formatViNumber(row.maxPoints)} điểm, trừ ${formatViNumber(row.lostPoints)} điểm.`,
        ),
      ].join('\n'),
    });
  }
  return { tasks, sections };
}

const INDEX_SHORT_NAMES: Partial<Record<Framework['indexKind'], string>> = {
  par_index: 'Chỉ số CCHC',
  sipas: 'Chỉ số SIPAS',
  papi: 'Chỉ số PAPI',
  ddci: 'Chỉ số DDCI',
  dti: 'Chỉ số DTI',
};

/** Tên ngắn của chỉ số, as plans write it ("Chỉ số CCHC"); other kinds use the framework's name. */
export function indexShortName(framework: Pick<Framework, 'indexKind' | 'name'>): string {
  return INDEX_SHORT_NAMES[framework.indexKind] ?? framework.name;
}

/** Nhóm so sánh: how a target names a unit's peers ("thuộc nhóm 8 huyện dẫn đầu"). */
export function peerLabelOf(type: OrganisationType): string {
  const labels: Record<OrganisationType, string> = {
    province: 'tỉnh, thành phố',
    department: 'sở, ban, ngành',
    district: 'huyện',
    commune: 'xã, phường',
    sub_unit: 'đơn vị',
  };
  return labels[type];
}
