// Tổ chức thực hiện của dự thảo: who leads which tasks of the appendix, how the units report and
// who follows up, worded as samples 000 and 002 close their plans ("Giao Phòng Nội vụ chủ trì …
// theo dõi, đôn đốc"; "Định kỳ báo cáo … về UBND Huyện (qua Phòng Nội vụ để tổng hợp)"), so the
// clerk edits a written section instead of an empty one.
import type { OrganisationType } from '../organisations/organisation-type';
import type { ReportingRule } from '../reports/reporting-rule';
import { foldVietnamese } from '../shared/fold-vietnamese';
import { unitNameInSentence } from '../organisations/unit-name-in-sentence';
import { reportingScheduleText } from '../reports/reporting-rule-text';
import type { PlanSection, PlanTask } from './plan';
import { appendixGroups } from './plan-document';
import type { GroupLeadNames, OrganisationNames } from './plan-task-lines';

/** What "Tổ chức thực hiện" is drafted from. */
export interface ImplementationInput {
  tasks: readonly PlanTask[];
  names: OrganisationNames;
  groupLeads?: GroupLeadNames;
  sections: readonly PlanSection[];
  /** Phụ lục bảng: tasks are cited by their appendix number ("I.2") when on. */
  appendixTable: boolean;
  /** Chế độ báo cáo the units follow. */
  reporting: ReportingRule;
  /** Nơi nhận báo cáo, as written inside a sentence: "Ủy ban nhân dân huyện Lấp Vò". */
  reportTo: string;
  /** Cơ quan tổng hợp: the office that collects the reports and follows up ("Phòng Nội vụ"), or null. */
  via: string | null;
}

/** Phân công of one unit: the tasks it leads and those it coordinates, by their numbers. */
interface UnitDuty {
  name: string;
  /** "Đề nghị" when every task it leads is a request to a body the issuer does not direct. */
  requestOnly: boolean;
  leads: string[];
  coordinates: string[];
}

/** "nhiệm vụ số I.1" / "các nhiệm vụ số I.1, I.2" (or "nhiệm vụ được giao" without numbers). */
function citeTasks(numbers: readonly string[], appendixTable: boolean): string {
  if (!appendixTable) return 'các nhiệm vụ được giao tại Kế hoạch này';
  const list = numbers.join(', ');
  return `${numbers.length > 1 ? 'các nhiệm vụ' : 'nhiệm vụ'} số ${list} tại Phụ lục kèm theo`;
}

/** Each lead and coordinating unit with its task numbers, leads first, in appendix order. */
function unitDuties(input: ImplementationInput): UnitDuty[] {
  const duties = new Map<string, UnitDuty>();
  const dutyOf = (name: string) => {
    const key = name.trim();
    const known = duties.get(key);
    if (known) return known;
    const created: UnitDuty = { name: key, requestOnly: true, leads: [], coordinates: [] };
    duties.set(key, created);
    return created;
  };
  const groups = appendixGroups(input.tasks, input.names, {
    groupLeads: input.groupLeads,
    sections: input.sections,
  });
  const coordinating: { names: string[]; number: string }[] = [];
  for (const group of groups) {
    group.tasks.forEach((printed, index) => {
      const number = group.numeral ? `${group.numeral}.${index + 1}` : String(index + 1);
      if (printed.lead !== '') {
        const duty = dutyOf(printed.lead);
        duty.leads.push(number);
        duty.requestOnly &&= printed.task.kind === 'request';
      }
      const names = printed.task.coordinatingOrganisationIds
        .map((id) => input.names.get(id)?.trim() ?? '')
        .filter((name) => name !== '' && name !== printed.lead);
      coordinating.push({ names, number });
    });
  }
  // Coordinating units after the leads, so the list reads "who leads" first.
  for (const { names, number } of coordinating) {
    for (const name of names) {
      const duty = dutyOf(name);
      if (!duty.coordinates.includes(number)) duty.coordinates.push(number);
    }
  }
  return [...duties.values()];
}

function dutyLine(duty: UnitDuty, appendixTable: boolean): string {
  const parts = [
    duty.leads.length > 0 ? `chủ trì thực hiện ${citeTasks(duty.leads, appendixTable)}` : '',
    duty.coordinates.length > 0
      ? `phối hợp thực hiện ${citeTasks(duty.coordinates, appendixTable)}`
      : '',
  ].filter((part) => part !== '');
  if (duty.leads.length > 0 && duty.requestOnly) {
    return `Đề nghị ${duty.name} ${parts.join('; ')}.`;
  }
  return `${duty.name}: ${parts.join('; ')}.`;
}

/**
 * Tổ chức thực hiện (dự thảo): numbered paragraphs — one per unit that leads or coordinates
 * ("1. Phòng Nội vụ: chủ trì thực hiện các nhiệm vụ số I.1, II.2 tại Phụ lục kèm theo; phối hợp
 * thực hiện nhiệm vụ số I.3."), the duty of every unit given a task, the reporting rule ("Định kỳ
 * hằng tháng (chậm nhất ngày 02 tháng sau) và hằng quý (…), các cơ quan, đơn vị … báo cáo … về Ủy ban
 * nhân dân huyện Lấp Vò (qua Phòng Nội vụ để tổng hợp)."), the follow-up office when there is
 * one, then the closing sentence on difficulties ending "./.". Unit names are printed as the tree
 * writes them, so "Văn phòng UBND tỉnh" keeps its capitals inside the sentence.
 */
export function draftImplementation(input: ImplementationInput): string {
  const { appendixTable, reportTo, via } = input;
  const lines = unitDuties(input).map((duty) => dutyLine(duty, appendixTable));
  lines.push(
    'Các cơ quan, đơn vị được giao chủ trì, phối hợp chủ động triển khai thực hiện đầy đủ, đúng thời gian các nhiệm vụ được giao; có sản phẩm và tài liệu kiểm chứng cụ thể.',
  );
  const schedule = reportingScheduleText(input.reporting);
  if (schedule !== '') {
    lines.push(
      `Định kỳ ${schedule}, các cơ quan, đơn vị được giao chủ trì báo cáo kết quả thực hiện Kế hoạch về ${reportTo}${via ? ` (qua ${via} để tổng hợp)` : ''}.`,
    );
  }
  if (via) {
    lines.push(
      `Giao ${via} theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này; tổng hợp, báo cáo ${reportTo} kết quả thực hiện.`,
    );
  }
  return [
    ...lines.map((line, index) => `${index + 1}. ${line}`),
    `Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo về ${reportTo}${via ? ` (qua ${via})` : ''} để được hướng dẫn, giải quyết./.`,
  ].join('\n');
}

/** Cơ quan tổng hợp by level: the interior office of a province or district, the commune's office clerk (sample 004). */
const FOLLOW_UP_OFFICES: readonly string[] = ['so noi vu', 'phong noi vu', 'cong chuc van phong'];

/**
 * Nơi nhận báo cáo: a level of government's units report to its people's committee ("Ủy ban nhân
 * dân huyện Lấp Vò") through the office directly under it that follows reform up (Sở Nội vụ,
 * Phòng Nội vụ, the commune's Công chức Văn phòng – Thống kê), when it has one; any other unit's
 * offices report to the unit itself.
 */
export function reportingOffices(
  unit: { id: string; name: string; type: OrganisationType },
  units: readonly { name: string; parentId: string | null }[],
): { reportTo: string; via: string | null } {
  if (!['province', 'district', 'commune'].includes(unit.type)) {
    return { reportTo: unitNameInSentence(unit.name), via: null };
  }
  const children = units.filter((candidate) => candidate.parentId === unit.id);
  const office = children.find((child) =>
    FOLLOW_UP_OFFICES.some((prefix) => foldVietnamese(child.name).startsWith(prefix)),
  );
  return {
    reportTo: committeeInSentence(unit.name),
    via: office ? unitNameInSentence(office.name) : null,
  };
}

/**
 * Ủy ban nhân dân trong câu: "Ủy ban nhân dân huyện Lấp Vò" from the level's name as the tree writes
 * it ("Huyện Lấp Vò"): only the level word is lowered, the place name keeps every capital it has
 * ("Thành phố Hồ Chí Minh" → "Ủy ban nhân dân thành phố Hồ Chí Minh"), by unitNameInSentence.
 */
export function committeeInSentence(levelName: string): string {
  return `Ủy ban nhân dân ${unitNameInSentence(levelName)}`;
}
