// The orchestrator's own rules: tasks from a task table wherever it sits (also a flattened one in
// the body under "NHIỆM VỤ CỤ THỂ", with no "Phụ lục" heading), its lines not read again as
// section text; and a document with no recognisable task still offered as a draft of sections,
// with a warning.
import { describe, expect, it } from 'vitest';
import type { ImportContext } from './imported-plan';
import { readPlanDocument } from './read-plan-document';
import { plainTextDocument } from './source-document';

const CONTEXT: ImportContext = {
  issuerOrganisationId: 'tm',
  year: 2025,
  units: [
    {
      id: 'tm',
      code: 'TM',
      name: 'Ủy ban nhân dân xã Tân Mỹ',
      type: 'commune',
      parentId: null,
      validFrom: '2015-01-01',
      validTo: null,
    },
    {
      id: 'vptk',
      code: 'VPTK',
      name: 'Công chức Văn phòng - Thống kê',
      type: 'sub_unit',
      parentId: 'tm',
      validFrom: '2015-01-01',
      validTo: null,
    },
    {
      id: 'tp',
      code: 'TP',
      name: 'Công chức Tư pháp - Hộ tịch',
      type: 'sub_unit',
      parentId: 'tm',
      validFrom: '2015-01-01',
      validTo: null,
    },
  ],
  frameworks: [],
  overrides: [],
};

const HEAD = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN MỸ Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND Tân Mỹ, ngày 15 tháng 01 năm 2025
KẾ HOẠCH
Cải cách hành chính năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng phục vụ người dân.`;

const BODY_TABLE = `${HEAD}
II. NHIỆM VỤ CỤ THỂ
STT Nội dung Đơn vị chủ trì Đơn vị phối hợp Thời gian
1 Rà soát, công bố danh mục thủ tục hành chính Công chức Văn phòng - Thống kê Công chức Tư pháp - Hộ tịch Quý I/2025
2 Tự kiểm tra văn bản quy phạm pháp luật sau khi ban hành Công chức Tư pháp - Hộ tịch Công chức Văn phòng - Thống kê Thường xuyên
III. TỔ CHỨC THỰC HIỆN
Các công chức triển khai thực hiện nghiêm túc kế hoạch này./.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Mỹ`;

const NO_TASKS = `${HEAD}
II. NỘI DUNG
1. Về cải cách thể chế
Văn bản ban hành đúng trình tự, thủ tục.
2. Về cải cách thủ tục hành chính
Niêm yết công khai thủ tục hành chính đầy đủ.
Nơi nhận:
- Lưu: VT.`;

describe('readPlanDocument', () => {
  it('reads a flattened task table in the body (no "Phụ lục" heading) and keeps its lines out of the sections', () => {
    const plan = readPlanDocument(plainTextDocument(BODY_TABLE), CONTEXT);
    expect(
      plan.tasks.map((task) => [
        task.content,
        task.leadOrganisationId,
        task.coordinatingOrganisationIds,
        task.timeframeText,
      ]),
    ).toEqual([
      ['Rà soát, công bố danh mục thủ tục hành chính', 'vptk', ['tp'], 'Quý I/2025'],
      ['Tự kiểm tra văn bản quy phạm pháp luật sau khi ban hành', 'tp', ['vptk'], 'Thường xuyên'],
    ]);
    expect(plan.content.appendixTable).toBe(true);
    const sectionText = plan.content.sections
      .map((section) => `${section.heading}\n${section.body}`)
      .join('\n');
    expect(sectionText).not.toContain('Rà soát, công bố danh mục');
    expect(plan.warnings.map((warning) => warning.code)).not.toContain('no_tasks');
  });

  it('offers a document with no recognisable task as sections, with a warning', () => {
    const plan = readPlanDocument(plainTextDocument(NO_TASKS), CONTEXT);
    expect(plan.tasks).toEqual([]);
    expect(plan.content.sections.map((section) => section.heading)).toEqual(
      expect.arrayContaining(['Về cải cách thể chế', 'Về cải cách thủ tục hành chính']),
    );
    expect(plan.warnings.map((warning) => warning.code)).toContain('no_tasks');
    expect(plan.content.number).toBe('12');
    expect(plan.content.issuedOn).toBe('2025-01-15');
  });
});
