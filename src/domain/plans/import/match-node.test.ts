import { describe, expect, it } from 'vitest';
import { SAMPLE_002_AREAS } from '../../results/sample-002.fixture';
import type { ImportFramework } from './imported-plan';
import { frameworkFor, matchNode } from './match-node';
import { matcherOf, paragraphsOf } from './outline.test-helper';
import { readOutline } from './read-outline';

// A department PAR Index 2023 cut down to a few areas and criteria (names as the shipped
// frameworks/par-index-department-2023.json gives them).
const PAR_2023: ImportFramework = {
  id: 'fw-par-2023',
  indexKind: 'par_index',
  name: 'Chỉ số CCHC sở, ban, ngành 2023',
  year: 2023,
  nodes: [
    ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính'],
    ['1.1', 'Kế hoạch cải cách hành chính năm'],
    ['1.4', 'Công tác tuyên truyền cải cách hành chính'],
    ['2', 'Cải cách thể chế'],
    ['2.3', 'Theo dõi thi hành pháp luật'],
    ['2.4', 'Chất lượng văn bản QPPL, văn bản áp dụng QPPL do tỉnh ban hành'],
    ['3', 'Cải cách thủ tục hành chính'],
    ['3.3', 'Kết quả giải quyết thủ tục hành chính'],
    ['4', 'Cải cách tổ chức bộ máy hành chính'],
    ['4.1', 'Sắp xếp, kiện toàn tổ chức bộ máy của cơ quan, đơn vị'],
    ['5', 'Cải cách chế độ công vụ'],
    ['7', 'Xây dựng và phát triển chính quyền điện tử, chính quyền số'],
  ].map(([code, name]) => ({
    code: code!,
    name: name!,
    parentCode: code!.includes('.') ? code!.split('.')[0]! : null,
  })),
};
const PAR_2022: ImportFramework = { ...PAR_2023, id: 'fw-par-2022', year: 2022 };
const PAR_2025: ImportFramework = { ...PAR_2023, id: 'fw-par-2025', year: 2025 };
const SIPAS_2023: ImportFramework = {
  id: 'fw-sipas',
  indexKind: 'sipas',
  name: 'SIPAS 2023',
  year: 2023,
  nodes: [],
};
// Sample 002's own area table as a framework.
const SAMPLE_002: ImportFramework = {
  id: 'fw-002',
  indexKind: 'par_index',
  name: 'PAR-VP-2023',
  year: 2023,
  nodes: SAMPLE_002_AREAS.map((area) => ({ code: area.code, name: area.name, parentCode: null })),
};

describe('frameworkFor', () => {
  it('takes the plan year or the latest before it: a 2024 plan remedies the 2023 results', () => {
    expect(frameworkFor('par_index', [PAR_2022, PAR_2023, PAR_2025], 2024)?.id).toBe('fw-par-2023');
    expect(frameworkFor('par_index', [PAR_2022, PAR_2025], 2024)?.id).toBe('fw-par-2022');
    expect(frameworkFor('par_index', [PAR_2025], 2024)?.id).toBe('fw-par-2025');
    expect(frameworkFor('par_index', [PAR_2022, PAR_2025], null)?.id).toBe('fw-par-2025');
    expect(frameworkFor('papi', [PAR_2023, SIPAS_2023], 2024)).toBeNull();
  });
});

describe('matchNode', () => {
  it.each([
    ['Tổ chức bộ máy hành chính', '4', 'name'],
    ['Công tác chỉ đạo điều hành cải cách hành chính', '1', 'name'],
    ['Về cải cách TTHC', '3', 'name'],
    ['Cải cách chế độ công vụ', '5', 'name'],
    ['Xây dựng chính quyền điện tử, chính quyền số', '7', 'name'],
    ['Khắc phục tiêu chí 2.4 về chất lượng văn bản', '2.4', 'code'],
    ['Lĩnh vực 3', '3', 'code'],
  ])('reads "%s" as node %s (by %s)', (heading, code, by) => {
    expect(matchNode(heading, PAR_2023, null)).toMatchObject({ code, by });
  });

  it('leaves a heading that names no node without one', () => {
    expect(matchNode('Kết quả đánh giá', PAR_2023, null)).toBeNull();
    expect(matchNode('Nhiệm vụ, giải pháp khắc phục tồn tại, hạn chế', PAR_2023, null)).toBeNull();
    expect(matchNode('Tiêu chí 9.9', PAR_2023, null)).toBeNull();
  });

  it("looks under the parent section's node first", () => {
    expect(matchNode('Theo dõi thi hành pháp luật', PAR_2023, '2')).toMatchObject({ code: '2.3' });
    expect(matchNode('Theo dõi thi hành pháp luật', PAR_2023, '3')).toBeNull();
  });

  it('gives a weak name match a confidence under 0.8', () => {
    const match = matchNode('Kiện toàn bộ máy hành chính', PAR_2023, null);
    expect(match?.code).toBe('4');
    expect(match!.confidence).toBeLessThan(0.8);
  });
});

describe('readOutline: index and node of each block', () => {
  const body = `
II. NỘI DUNG
1. Chỉ số Cải cách hành chính
1.1. Kết quả đánh giá
Năm 2023, Văn phòng UBND tỉnh xếp thứ 04/20 sở, ban, ngành.
1.2. Nhiệm vụ, giải pháp khắc phục tồn tại, hạn chế
1.2.1. Công tác chỉ đạo điều hành cải cách hành chính
1.2.3. Tổ chức bộ máy hành chính
1.2.4. Kiện toàn bộ máy hành chính
1.2.7. Tác động của CCHC đến người dân, tổ chức
2. Chỉ số hài lòng về sự phục vụ hành chính
2.1. Kết quả đánh giá
B. Chỉ số PAPI
`;
  const reading = readOutline(paragraphsOf(body), {
    frameworks: [SAMPLE_002, PAR_2025, SIPAS_2023],
    units: matcherOf(),
    proseTasks: false,
    year: 2024,
  });
  const byHeading = (start: string) =>
    reading.sections.find((section) => section.heading.startsWith(start))!;

  it('gives the block naming an index its framework, and its sections the kind', () => {
    expect(byHeading('Chỉ số Cải cách').frameworkId).toBe('fw-002');
    expect(byHeading('Chỉ số hài lòng').frameworkId).toBe('fw-sipas');
    expect(byHeading('Chỉ số PAPI').frameworkId).toBeNull();
    const kinds = reading.sectionIndexKinds;
    expect(kinds[byHeading('Tổ chức bộ máy').id]).toBe('par_index');
    expect(kinds[byHeading('Chỉ số hài lòng').id]).toBe('sipas');
    expect(kinds[byHeading('Chỉ số PAPI').id]).toBe('papi');
    expect(kinds[byHeading('Chỉ số PAPI').id]).toBe('papi');
  });

  it('matches criteria by name, never reading the plan\'s own "1.2.1." as a code', () => {
    expect(byHeading('Công tác chỉ đạo').nodeCode).toBe('1');
    expect(byHeading('Tổ chức bộ máy').nodeCode).toBe('4');
    expect(byHeading('Tác động của CCHC').nodeCode).toBe('8');
    expect(byHeading('Kết quả đánh giá').nodeCode).toBeNull();
    expect(byHeading('Nhiệm vụ, giải pháp').nodeCode).toBeNull();
  });

  it('flags a guessed node for review', () => {
    const guessed = byHeading('Kiện toàn bộ máy');
    expect(guessed.nodeCode).toBe('4');
    expect(reading.provenance[`section:${guessed.id}`]!.flags).toEqual(['node_guess']);
    expect(reading.provenance[`section:${byHeading('Tổ chức bộ máy').id}`]!.flags).toEqual([]);
  });
});
