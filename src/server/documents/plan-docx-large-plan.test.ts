// The large prose plan (issue 10 acceptance) rendered to .docx and read back: every heading
// number and every task of the source outline must be a paragraph of word/document.xml, in order,
// with the style its depth asks for; and a plan of 150 KB of text renders whole (no length cap).
import JSZip from 'jszip';
import { typographicQuotes } from '@domain/shared/typographic-quotes';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocument } from '@domain/plans/plan-document';
import {
  LARGE_PLAN_OFFICES,
  largeProsePlan,
  type LargePlanExpectedLine,
} from '@domain/plans/large-prose-plan.fixture';
import type { PlanContent } from '@domain/plans/plan';
import { decodeXmlText } from './ooxml-text';
import { renderPlanDocx } from './plan-docx';

const names = new Map(Object.values(LARGE_PLAN_OFFICES).map((name) => [`org:${name}`, name]));

interface DocxParagraph {
  text: string;
  bold: boolean;
  italics: boolean;
}

/** The paragraphs of word/document.xml in order, with their text and whether their runs are bold or italic. */
async function paragraphsOf(buffer: Buffer): Promise<DocxParagraph[]> {
  const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((paragraph) => ({
    text: [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((match) => decodeXmlText(match[1]!))
      .join(''),
    bold: /<w:b\/>/.test(paragraph),
    italics: /<w:i\/>/.test(paragraph),
  }));
}

/** The paragraphs of "II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP", up to "III. TỔ CHỨC THỰC HIỆN". */
function contentPart(paragraphs: readonly DocxParagraph[]): DocxParagraph[] {
  const start = paragraphs.findIndex((p) => p.text === 'II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP');
  const end = paragraphs.findIndex((p) => p.text === 'III. TỔ CHỨC THỰC HIỆN');
  return paragraphs.slice(start + 1, end);
}

/** The .docx prints straight quotes as “…” (issue 12), so the expected text is compared so too. */
function matches(text: string, line: LargePlanExpectedLine): boolean {
  if (line.kind !== 'task') return text === typographicQuotes(line.text);
  const content = typographicQuotes(line.content);
  return [`- ${content}`, `+ ${content}`].some((start) => text.startsWith(start));
}

describe('renderPlanDocx on the large prose plan, read back from word/document.xml', () => {
  const plan = largeProsePlan();
  const model = buildPlanDocument(plan.content, plan.tasks, names);
  let paragraphs: DocxParagraph[];
  beforeAll(async () => {
    paragraphs = await paragraphsOf(await renderPlanDocx(model));
  });

  it('has every heading number, target and task of the source outline, in order', () => {
    const printed = contentPart(paragraphs).map((paragraph) => paragraph.text);
    expect(printed).toHaveLength(plan.expectedLines.length);
    const mismatches = plan.expectedLines.flatMap((line, index) =>
      matches(printed[index]!, line) ? [] : [{ index, expected: line, printed: printed[index] }],
    );
    expect(mismatches).toEqual([]);
    expect(printed.filter((text) => /^[-+] /.test(text)).length).toBeGreaterThanOrEqual(150);
  });

  it('writes each paragraph exactly as the layout has it (no text lost or cut in the file)', () => {
    const start = model.body.findIndex((b) => b.text === 'II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP');
    const end = model.body.findIndex((b) => b.text === 'III. TỔ CHỨC THỰC HIỆN');
    expect(contentPart(paragraphs).map((p) => p.text)).toEqual(
      model.body.slice(start + 1, end).map((block) => typographicQuotes(block.text)),
    );
  });

  it('sets blocks bold, I./1. headings bold italic, deeper headings italic and tasks plain', () => {
    const style = (text: string) => {
      const found = paragraphs.find((paragraph) => paragraph.text === text);
      return found && { bold: found.bold, italics: found.italics };
    };
    expect(style('A. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)')).toEqual({
      bold: true,
      italics: false,
    });
    expect(style('III. Cải cách thủ tục hành chính')).toEqual({ bold: true, italics: true });
    expect(style('1.1. Tham gia của người dân ở cấp cơ sở')).toEqual({
      bold: false,
      italics: true,
    });
    const task = paragraphs.find((p) => p.text.startsWith('- Giải quyết hồ sơ thủ tục hành chính'));
    expect(task).toMatchObject({ bold: false, italics: false });
  });

  it('has no appendix section for a prose plan', () => {
    expect(paragraphs.map((p) => p.text)).not.toContain('PHỤ LỤC');
  });
});

describe('renderPlanDocx on a 150 KB plan', () => {
  it('renders every section and task of a plan whose text passes 150 KB, the last one included', async () => {
    const plan = largeProsePlan();
    // Each section gets a real-length paragraph of context, as long prose plans write them.
    const filler =
      'Bối cảnh và kết quả năm trước: các tiêu chí thuộc lĩnh vực này đã được rà soát, đánh giá; những nội dung còn hạn chế được xác định nguyên nhân, trách nhiệm và giải pháp khắc phục trong năm. ';
    const content: PlanContent = {
      ...plan.content,
      sections: plan.content.sections.map((section, index) => ({
        ...section,
        body: [section.body, `Đoạn ${index + 1}. ${filler.repeat(9)}`.trim()]
          .filter((part) => part !== '')
          .join('\n'),
      })),
    };
    const textBytes = Buffer.byteLength(
      [
        ...content.sections.flatMap((section) => [section.heading, section.body]),
        ...plan.tasks.map((task) => task.content),
      ].join('\n'),
    );
    expect(textBytes).toBeGreaterThan(150 * 1024);
    const model = buildPlanDocument(content, plan.tasks, names);
    const texts = (await paragraphsOf(await renderPlanDocx(model))).map((p) => p.text);
    expect(texts).toContain(`Đoạn ${content.sections.length}. ${filler.repeat(9)}`.trim());
    expect(texts.some((text) => text.startsWith(`- ${plan.tasks.at(-1)!.content}`))).toBe(true);
    expect(texts).toContain('6. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội');
    expect(texts.at(-1)).toBe('Nguyễn Văn B');
  });
});
