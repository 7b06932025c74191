// Báo cáo tổng hợp mẫu: a small consolidated-report input the domain and .docx tests share.
import type { PlanContent } from '../plans/plan';
import { newTarget } from '../plans/plan-targets';
import type { ConsolidatedInput } from './consolidated-report';

/** A district plan (45/KH-UBND of Lấp Vò) with three targets, signed KT. by a vice-chair. */
export function fixturePlanContent(): PlanContent {
  return {
    parentBody: 'Ủy ban nhân dân tỉnh Đồng Tháp',
    issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ',
    number: '45',
    symbol: 'KH-UBND',
    place: 'Lấp Vò',
    issuedOn: '2024-03-22',
    year: 2024,
    title: 'Thực hiện công tác cải cách hành chính năm 2024',
    preamble: '',
    basis: [],
    purpose: '',
    requirements: '',
    targets: [
      newTarget({
        id: 't1',
        metric: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        kind: 'number',
        value: 98,
        unit: '%',
      }),
      newTarget({
        id: 't2',
        metric: 'Xếp hạng Chỉ số CCHC',
        kind: 'rank_top',
        value: 5,
        unit: 'huyện',
      }),
      newTarget({
        id: 't3',
        metric: 'Số cuộc kiểm tra CCHC',
        kind: 'number',
        value: 2,
        unit: 'cuộc',
      }),
    ],
    frameworkIds: [],
    sections: [],
    appendixTable: true,
    implementation: '',
    reportingDuties: '',
    recipients: ['Sở Nội vụ', 'Lưu: VT, NV'],
    signature: {
      mode: 'KT',
      authority: 'Chủ tịch',
      signerTitle: 'Phó Chủ tịch',
      signerName: 'Trần Văn B',
    },
  };
}

/** Two areas, four tasks; three units: A accepted on time, B submitted 3 days late, C missing. */
export function consolidatedFixture(): ConsolidatedInput {
  return {
    plan: { content: fixturePlanContent(), documentNumber: '45/KH-UBND' },
    period: {
      key: '2024-Q1',
      label: 'Quý I/2024',
      kind: 'quarter',
      from: '2023-12-15',
      to: '2024-03-14',
      due: '2024-03-15',
    },
    tasks: [
      {
        id: 't1',
        area: 'Cải cách thể chế',
        content: 'Rà soát văn bản quy phạm pháp luật',
        leadName: 'Phòng Tư pháp',
        coordinatingNames: ['UBND xã A'],
        timeframeText: 'Quý I/2024',
        outputDescription: 'Báo cáo rà soát',
        pointsAtStake: 0.5,
        status: 'done',
      },
      {
        id: 't2',
        area: 'Cải cách thể chế',
        content: 'Kiểm tra việc thi hành pháp luật',
        leadName: 'UBND xã A',
        coordinatingNames: [],
        timeframeText: 'Quý II/2024',
        outputDescription: 'Báo cáo kiểm tra',
        pointsAtStake: 1,
        status: 'in_progress',
      },
      {
        id: 't3',
        area: 'Cải cách thủ tục hành chính',
        content: 'Công khai thủ tục hành chính',
        leadName: 'UBND xã A',
        coordinatingNames: [],
        timeframeText: 'Thường xuyên',
        outputDescription: '',
        pointsAtStake: 0,
        status: 'done',
      },
      {
        id: 't4',
        area: 'Cải cách thủ tục hành chính',
        content: 'Số hóa hồ sơ',
        leadName: 'UBND xã C',
        coordinatingNames: [],
        timeframeText: 'Tháng 6/2024',
        outputDescription: '',
        pointsAtStake: 0.25,
        status: 'not_started',
      },
    ],
    submissions: [
      {
        organisationName: 'UBND xã A',
        status: 'accepted',
        daysLate: 0,
        difficulties: 'Thiếu công chức chuyên trách.\n- Trang thiết bị xuống cấp',
        proposals: 'Đề nghị bổ sung kinh phí số hóa.',
        kpiValues: [
          { targetIndex: 0, value: 99 },
          { targetIndex: 2, value: null },
        ],
        entries: [
          {
            taskId: 't1',
            role: 'coordinator',
            status: 'done',
            progress: 100,
            result: 'Đã gửi danh mục văn bản',
            reason: '',
            documentRefs: [],
            evidenceCount: 0,
          },
          {
            taskId: 't2',
            role: 'lead',
            status: 'in_progress',
            progress: 60,
            result: 'Đã kiểm tra 3/5 ấp',
            reason: 'Thiếu nhân lực',
            documentRefs: [
              { number: '12/BC-UBND', date: '2024-03-05', issuer: 'UBND xã A', summary: '' },
            ],
            evidenceCount: 2,
          },
          {
            taskId: 't3',
            role: 'lead',
            status: 'done',
            progress: 100,
            result: 'Niêm yết đủ 100% thủ tục',
            reason: '',
            documentRefs: [
              {
                number: 'Quyết định số 3/QĐ-UBND',
                date: null,
                issuer: '',
                summary: 'về công khai TTHC',
              },
            ],
            evidenceCount: 0,
          },
        ],
      },
      {
        organisationName: 'UBND xã B',
        status: 'submitted',
        daysLate: 3,
        difficulties: 'Không được trích dẫn vì chưa tiếp nhận',
        proposals: '',
        kpiValues: [{ targetIndex: 0, value: 90 }],
        entries: [],
      },
    ],
    lateOrMissing: [
      { organisationName: 'UBND xã B', status: 'late', daysLate: 3 },
      { organisationName: 'UBND xã C', status: 'missing', daysLate: null },
    ],
    reportingUnitCount: 3,
  };
}
