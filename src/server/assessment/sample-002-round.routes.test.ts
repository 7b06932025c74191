// Acceptance, sample 002 end to end: a round for the department framework (the shipped
// par-index-department-2023) with Văn phòng UBND tỉnh and 19 other departments. The focal opens
// the round through the API; Văn phòng's editor fills every criterion through the API with the
// rule's inputs and evidence (or an explanation), its leader submits; an appraiser of the province
// sets the 13 scores the council changed (with comments), confirms the unit and signs off, so
// Văn phòng's appraised entries sum to 61,2. The other 19 departments are seeded by factories. The
// survey part is imported from an .xlsx built here through the import endpoint (Văn phòng:
// leaders' survey 17,5 + citizens' survey 9,39 = 26,89); finalising writes the results, and both
// the round's results and the existing ranking say 88,09, rank 4/20, one place lower than 2022
// ("giảm 01 bậc"), as sample 002 reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import type { Framework, FrameworkNode } from '@domain/frameworks/framework';
import { roundPoints } from '@domain/frameworks/points';
import type { SelfNodeDto } from '@contract/assessment-self';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import { auditEvents } from '../db/schema';
import type { OrganisationRow } from '../organisations/organisation.repository';
import type { FrameworkRow } from '../frameworks/framework.repository';
import type { UserRow } from '../users/user.repository';
import {
  createTestApp,
  multipartFile,
  TEST_TODAY,
  TestClient,
  type TestApp,
} from '../../../test/test-app';
import { buildFrameworkRow, buildUnitResult } from '../../../test/framework-factories';
import {
  buildEntries,
  markUnitsAppraised,
  shippedFramework,
} from '../../../test/assessment-results-factories';
import {
  appraiseUnit,
  fillSelfAssessment,
  moveRound,
  openRound,
  signOffRound,
  submitSelfAssessment,
  type AppraisedScore,
  type EvidencePlan,
} from '../../../test/assessment-api-steps';
import { pdfBytes } from '../../../test/report-fixtures';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const DEPARTMENTS = [
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài chính',
  'Sở Công Thương',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Giao thông vận tải',
  'Sở Xây dựng',
  'Sở Tài nguyên và Môi trường',
  'Sở Thông tin và Truyền thông',
  'Sở Lao động – Thương binh và Xã hội',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Khoa học và Công nghệ',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Thanh tra tỉnh',
  'Ban Dân tộc',
  'Sở Ngoại vụ',
  'Ban Quản lý các khu công nghiệp',
];

/**
 * The share of each leaf's max the other departments reach: three above Văn phòng (95,66; 93,06;
 * 90,46 with their «Có / không» criteria in full), sixteen below (86,99 down to 74,0).
 */
const SHARES = [0.95, 0.92, 0.89, ...Array.from({ length: 16 }, (_, index) => 0.85 - index * 0.01)];

/**
 * Văn phòng UBND tỉnh 2023, appraised: every appraised leaf self-scored at its max and appraised
 * in full except these (area 1 loses 4,81: plan −1, inspection −0,3, initiatives −2, plan of
 * communication −0,5, dialogue −1, reform report −0,01; area 2 −0,49; 4 −0,33; 5 −0,2; 6 −0,12;
 * 7 −3,35: IT application −2, internal applications −1,3, online services −0,05) = 61,2 of 70,5.
 * The council says why each differs from the self score.
 */
const VAN_PHONG_APPRAISED: Record<string, AppraisedScore> = {
  '1.1.2': { score: 0.5, comment: 'Hoàn thành 1/3 nhiệm vụ của kế hoạch CCHC năm.' },
  '1.3.2': { score: 0.2, comment: 'Kiểm tra được 2/5 đơn vị theo kế hoạch kiểm tra.' },
  '1.5': { score: 0, comment: 'Chưa có sáng kiến, giải pháp mới được công nhận và áp dụng.' },
  '1.4': { score: 0.5, comment: 'Có tuyên truyền nhưng chưa thực hiện đầy đủ kế hoạch.' },
  '1.6': { score: 0, comment: 'Không có biên bản, thông báo kết quả đối thoại.' },
  '1.8': { score: 1.49, comment: 'Một nhiệm vụ hoàn thành trễ hạn.' },
  '2.1.1': { score: 1.01, comment: 'Một số văn bản ban hành chậm so với kế hoạch.' },
  '4.1.2': { score: 1.17, comment: 'Còn đơn vị chưa sắp xếp theo quy định.' },
  '5.3.1': { score: 0.8, comment: 'Tỷ lệ công chức được đào tạo, bồi dưỡng đạt 80%.' },
  '6.3': { score: 2.38, comment: 'Tỷ lệ thực hiện chưa đạt 100%.' },
  '7.1.2': { score: 0, comment: 'Không có báo cáo kết quả thực hiện kế hoạch ứng dụng CNTT.' },
  '7.2.1': { score: 0.7, comment: 'Văn bản điện tử trên phần mềm quản lý văn bản đạt 35%.' },
  '7.3.4': { score: 0.95, comment: 'Hồ sơ trực tuyến toàn trình đạt 28,5%, dưới ngưỡng 30%.' },
};

/**
 * Văn phòng's evidence: the yearly CCHC plan uploaded as a PDF (without it the criterion counts
 * 0), a «trừ điểm» criterion with no violation explained (there is nothing to attach), every
 * other criterion backed by the document the framework asks for.
 */
function vanPhongEvidence(node: SelfNodeDto, index: number): EvidencePlan {
  if (node.zeroWithoutEvidence) {
    return {
      kind: 'file',
      fileName: `ke-hoach-${node.code}.pdf`,
      content: pdfBytes(node.evidenceText),
      contentType: 'application/pdf',
    };
  }
  if (node.rule?.type === 'deduction') {
    return { kind: 'explanation', explanation: 'Trong năm không có vi phạm nên không có văn bản.' };
  }
  return {
    kind: 'document',
    document: {
      number: `${index + 1}/VP-UBND`,
      date: '2023-11-30',
      issuer: 'Văn phòng UBND tỉnh',
      summary: node.evidenceText,
    },
  };
}

/** Văn phòng's survey scores: leaders' survey 17,5 of 19,5 over nine criteria, citizens' (SIPAS) 9,39 of 10. */
const VAN_PHONG_SURVEY: Record<string, number> = {
  '1.7': 1.89,
  '2.4': 3.6,
  '3.5': 1.5,
  '4.4': 2.8,
  '5.2': 1.4,
  '5.3.3': 0.45,
  '5.6': 2.8,
  '6.4': 1.86,
  '7.4': 1.2,
  '8.1': 9.39,
};

let t: TestApp;
let tenantId: string;
let province: OrganisationRow;
let vanPhong: OrganisationRow;
let others: OrganisationRow[];
let focal: TestClient;
let editor: TestClient;
let leader: TestClient;
let appraiser: TestClient;
let editorUser: UserRow;
let leaderUser: UserRow;
let appraiserUser: UserRow;
let framework: FrameworkRow;
let definition: Framework;

const leavesOf = (nodes: FrameworkNode[]) => {
  const parents = new Set(nodes.map((node) => node.parentCode));
  return nodes.filter((node) => !parents.has(node.code));
};
const isSurvey = (node: FrameworkNode) => node.method === 'survey';
const shareOf = (node: FrameworkNode, share: number) =>
  node.rule?.type === 'binary' ? node.maxPoints : roundPoints(node.maxPoints * share);

/**
 * The 19 other departments as their self-assessment and appraisal (thẩm định lần 1) left them,
 * written by the factories into the round opened through the API.
 */
async function seedOtherDepartments(roundId: string): Promise<void> {
  const appraisedLeaves = leavesOf(definition.nodes).filter((node) => !isSurvey(node));
  for (const [index, unit] of others.entries()) {
    await buildEntries(t.db, {
      tenantId,
      roundId,
      organisationId: unit.id,
      entries: appraisedLeaves.map((node) => ({
        nodeCode: node.code,
        selfScore: node.maxPoints,
        appraisedScore1: shareOf(node, SHARES[index]!),
      })),
    });
  }
  await markUnitsAppraised(t.db, {
    tenantId,
    roundId,
    organisationIds: others.map((unit) => unit.id),
  });
}

/** The survey file: the template's layout, Văn phòng's row typed with decimal commas. */
async function surveyWorkbook(): Promise<Buffer> {
  const surveyLeaves = leavesOf(definition.nodes).filter(isSurvey);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Điều tra XHH');
  sheet.addRow([
    'Mã đơn vị',
    'Tên đơn vị',
    ...surveyLeaves.map((node) => `${node.code} ${node.name}`),
  ]);
  sheet.addRow(['Điểm tối đa', null, ...surveyLeaves.map((node) => node.maxPoints)]);
  sheet.addRow([
    vanPhong.code,
    vanPhong.name,
    ...surveyLeaves.map((node) => String(VAN_PHONG_SURVEY[node.code]).replace('.', ',')),
  ]);
  others.forEach((unit, index) =>
    sheet.addRow([
      unit.code,
      unit.name,
      ...surveyLeaves.map((node) => shareOf(node, SHARES[index]!)),
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  tenantId = a.tenant.id;
  province = a.root;
  vanPhong = await buildOrganisation(t.db, {
    tenantId,
    parentId: province.id,
    code: 'VP-UBND',
    name: 'Văn phòng UBND tỉnh',
  });
  others = [];
  for (const [index, name] of DEPARTMENTS.entries()) {
    others.push(
      await buildOrganisation(t.db, {
        tenantId,
        parentId: province.id,
        code: `SO-${String(index + 1).padStart(2, '0')}`,
        name,
      }),
    );
  }
  focal = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId,
      homeOrganisationId: province.id,
      grants: [{ role: 'focal', organisationId: province.id }],
    }),
  );
  const signIn = async (role: 'editor' | 'leader' | 'appraiser', home: OrganisationRow) => {
    const user = await buildUser(t.db, {
      tenantId,
      homeOrganisationId: home.id,
      grants: [{ role, organisationId: home.id }],
    });
    return [user, await TestClient.signedInAs(t, user)] as const;
  };
  [editorUser, editor] = await signIn('editor', vanPhong);
  [leaderUser, leader] = await signIn('leader', vanPhong);
  // Hội đồng thẩm định: granted on the province, working there (not in Văn phòng).
  [appraiserUser, appraiser] = await signIn('appraiser', province);
  definition = shippedFramework('par-index-department-2023');
  // 2022: Văn phòng third behind the two best departments (sample 002: "thấp hơn 01 bậc").
  const previous = await buildFrameworkRow(t.db, {
    tenantId,
    ownerOrganisationId: province.id,
    code: 'PAR-SO-2022',
    year: 2022,
    nodes: definition.nodes,
  });
  framework = await buildFrameworkRow(t.db, {
    tenantId,
    ownerOrganisationId: province.id,
    code: definition.code,
    name: definition.name,
    year: 2023,
    nodes: definition.nodes,
    // Copied from last year's, as the focal prepares a new year: the ranking compares through it.
    copiedFromId: previous.id,
  });
  for (const [unit, share] of [
    [others[0]!, 0.96],
    [others[1]!, 0.94],
    [vanPhong, 0.93],
    [others[2]!, 0.8],
  ] as const) {
    await buildUnitResult(t.db, {
      framework: previous,
      organisationId: unit.id,
      entries: leavesOf(definition.nodes).map((node) => ({
        nodeCode: node.code,
        ...(isSurvey(node)
          ? { surveyScore: shareOf(node, share) }
          : { appraisedScore: shareOf(node, share) }),
      })),
    });
  }
});
afterAll(() => t.close());

describe('sample 002 through a scoring round', () => {
  let roundId: string;
  const appraisedLeafCodes = () =>
    leavesOf(definition.nodes)
      .filter((node) => !isSurvey(node))
      .map((node) => node.code);

  it('the focal opens the round for the 20 departments and starts the self-assessment', async () => {
    const round = await openRound(focal, {
      frameworkId: framework.id,
      ownerOrganisationId: province.id,
      name: 'Đánh giá Chỉ số CCHC sở, ban, ngành năm 2023',
      units: [vanPhong, ...others].map((unit) => ({ organisationId: unit.id })),
      windows: {
        selfAssessment: { opensOn: '2026-06-01', closesOn: TEST_TODAY },
        appraisal: { opensOn: '2026-06-16', closesOn: '2026-06-30' },
        explanation: { opensOn: '2026-06-22', closesOn: '2026-06-26' },
      },
    });
    expect(round.state).toBe('self_assessment');
    expect(round.units.map((unit) => unit.organisation.code).sort()).toEqual(
      [vanPhong, ...others].map((unit) => unit.code).sort(),
    );
    roundId = round.id;
    await seedOtherDepartments(roundId);
  });

  it("Văn phòng's editor scores every criterion under its rule with evidence or an explanation; the leader submits", async () => {
    let issued = 0;
    const filled = await fillSelfAssessment(editor, {
      roundId,
      organisationId: vanPhong.id,
      evidenceFor: (node) => vanPhongEvidence(node, issued++),
    });
    // The rule's inputs give each criterion its maximum (a threshold rule at just its threshold).
    const maxOf = new Map(definition.nodes.map((node) => [node.code, node.maxPoints]));
    expect(filled.entries.map((entry) => entry.nodeCode)).toEqual(appraisedLeafCodes());
    for (const entry of filled.entries) {
      expect(entry.selfScore, entry.nodeCode).toBe(maxOf.get(entry.nodeCode));
    }
    expect(filled.entries.find((entry) => entry.nodeCode === '3.3.1')).toMatchObject({
      input: { type: 'ratio', numerator: 190, denominator: 200 },
      rate: 95,
      selfScore: 4,
    });
    expect(filled.completion).toEqual({
      applicable: 53,
      scored: 53,
      withEvidence: 50,
      needingExplanation: 3,
      explained: 3,
      percent: 100,
      unscoredCodes: [],
      unexplainedCodes: [],
    });

    const submitted = await submitSelfAssessment(leader, roundId, vanPhong.id);
    expect(submitted.status).toBe('submitted');
  });

  it('an appraiser of the province changes 13 scores with comments, confirms Văn phòng at 61,2 and signs off', async () => {
    // The self-assessment window closed yesterday; the focal opens the appraisal.
    t.setToday('2026-06-16');
    await moveRound(focal, roundId, 'appraisal');

    const confirmed = await appraiseUnit(appraiser, {
      roundId,
      organisationId: vanPhong.id,
      scores: VAN_PHONG_APPRAISED,
    });
    expect(confirmed.appraisal1DoneAt).not.toBeNull();
    expect(confirmed.totals).toEqual({ self: 70.5, appraised: 61.2 });
    const changed = confirmed.entries.filter((entry) => entry.nodeCode in VAN_PHONG_APPRAISED);
    expect(
      Object.fromEntries(
        changed.map((entry) => [
          entry.nodeCode,
          { score: entry.appraisedScore1, comment: entry.appraisalComment1 },
        ]),
      ),
    ).toEqual(VAN_PHONG_APPRAISED);

    const signed = await signOffRound(appraiser, roundId);
    expect(signed.signedOffAt).not.toBeNull();
  });

  it('imports the survey part, finalises 61,2 + 26,89 = 88,09 and ranks Văn phòng 4/20', async () => {
    const round = (await focal.get(`/api/assessment-rounds/${roundId}`)).json();
    const { payload, headers } = multipartFile(
      'dieu-tra-xa-hoi-hoc.xlsx',
      await surveyWorkbook(),
      XLSX_TYPE,
    );
    const imported = await focal.request(
      'POST',
      `/api/assessment-rounds/${roundId}/survey-import?dryRun=false`,
      { payload, headers },
    );
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().units).toHaveLength(20);
    expect(imported.json().units[0]).toMatchObject({
      organisation: { code: 'VP-UBND' },
      surveyPart: 26.89,
    });

    const finalised = await focal.post(
      `/api/assessment-rounds/${roundId}/finalise`,
      {},
      { 'if-match': `"${round.version}"` },
    );
    expect(finalised.statusCode, finalised.body).toBe(200);
    const own = finalised
      .json()
      .units.find((unit: { organisation: { id: string } }) => unit.organisation.id === vanPhong.id);
    expect(own).toMatchObject({
      appraisedPart: 61.2,
      surveyPart: 26.89,
      total: 88.09,
      applicableMaxPoints: 100,
      indexPercent: 88.09,
      rank: 4,
      rankedCount: 20,
      rankText: '4/20',
      grade: { label: 'Khá' },
      previousRank: 3,
      rankChange: 'giảm 01 bậc',
    });

    const ranking = await focal.get(
      `/api/frameworks/${framework.id}/ranking?organisationId=${province.id}`,
    );
    expect(ranking.statusCode, ranking.body).toBe(200);
    expect(ranking.json().rankedCount).toBe(20);
    const item = ranking
      .json()
      .items.find((each: { organisation: { id: string } }) => each.organisation.id === vanPhong.id);
    expect(item).toMatchObject({
      score: 88.09,
      indexPercent: 88.09,
      rank: 4,
      rankText: '4/20',
      rankChange: 'giảm 01 bậc',
    });
    expect(
      ranking
        .json()
        .items.slice(0, 4)
        .map((each: { indexPercent: number }) => each.indexPercent),
    ).toEqual([95.6625, 93.06, 90.4575, 88.09]);

    const gaps = await focal.get(
      `/api/frameworks/${framework.id}/results/${vanPhong.id}/gaps?level=area`,
    );
    expect(gaps.statusCode, gaps.body).toBe(200);
    const areaScores = Object.fromEntries(
      gaps.json().rows.map((row: { code: string; score: number }) => [row.code, row.score]),
    );
    expect(areaScores).toEqual({
      '1': 6.58,
      '2': 10.11,
      '3': 14,
      '4': 11.97,
      '5': 11.45,
      '6': 11.24,
      '7': 13.35,
      '8': 9.39,
    });
  });
  it("keeps every self-assessment and appraisal write of Văn phòng's entries in the audit log", async () => {
    const entryOf = (code: string) => `${roundId}/${vanPhong.id}/${code}`;
    const rows = await t.db
      .select({
        action: auditEvents.action,
        objectId: auditEvents.objectId,
        actorUserId: auditEvents.actorUserId,
      })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.tenantId, tenantId),
          eq(auditEvents.objectType, 'assessment_entry'),
          eq(auditEvents.organisationId, vanPhong.id),
          eq(auditEvents.outcome, 'allowed'),
        ),
      );
    const written = (action: string) =>
      rows
        .filter((row) => row.action === action)
        .map(({ objectId, actorUserId }) => ({
          objectId,
          actorUserId,
        }));
    expect(rows).toHaveLength(
      appraisedLeafCodes().length + Object.keys(VAN_PHONG_APPRAISED).length,
    );
    expect(written('assessment.self')).toEqual(
      expect.arrayContaining(
        appraisedLeafCodes().map((code) => ({
          objectId: entryOf(code),
          actorUserId: editorUser.id,
        })),
      ),
    );
    expect(written('assessment.appraise')).toEqual(
      expect.arrayContaining(
        Object.keys(VAN_PHONG_APPRAISED).map((code) => ({
          objectId: entryOf(code),
          actorUserId: appraiserUser.id,
        })),
      ),
    );

    // The unit's own steps: the leader's submission, the council's confirmation filling the rest.
    const unitSteps = await t.db
      .select({
        action: auditEvents.action,
        actorUserId: auditEvents.actorUserId,
        after: auditEvents.after,
      })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.tenantId, tenantId),
          eq(auditEvents.objectType, 'assessment_unit'),
          eq(auditEvents.objectId, roundId),
          eq(auditEvents.organisationId, vanPhong.id),
          eq(auditEvents.outcome, 'allowed'),
        ),
      )
      .orderBy(auditEvents.at);
    expect(unitSteps).toEqual([
      expect.objectContaining({ action: 'assessment.submit', actorUserId: leaderUser.id }),
      expect.objectContaining({ action: 'assessment.appraise', actorUserId: appraiserUser.id }),
    ]);
    const filled = (unitSteps[1]!.after as { filled: { nodeCode: string }[] }).filled;
    expect(filled.map((item) => item.nodeCode)).toEqual(
      appraisedLeafCodes().filter((code) => !(code in VAN_PHONG_APPRAISED)),
    );
  });
});
