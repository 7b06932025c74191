// Plumbing for the plan-import journey: xã Giao Long (sample 004's issuer) as a commune of the
// demo province with the officer posts its appendix names, a user of one post, and sample 004 as
// a Word file built from its published text (one paragraph per printed line, the appendix table
// flattened as the text has it: what a clerk gets by pasting a portal's text into Word).
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { APIRequestContext } from 'playwright-core';
import type { Organisation } from '../src/contract/organisations';
import { SAMPLE_004_TEXT } from '../src/domain/plans/import/fixtures/sample-004.fixture';
import { sendJson, unitIdsByCode } from './api';
import { DEMO_PASSWORD, uniqueSuffix } from './browser';

/** The plan year of sample 004. */
export const GIAO_LONG_YEAR = 2024;

/**
 * The posts of xã Giao Long as the tree names them. The culture post is named "Văn hóa - Thông
 * tin" on purpose: the plan writes "CC. VHXH" (Văn hóa - Xã hội), which then matches no unit and
 * the focal fixes it on the review screen.
 */
export const GIAO_LONG_POSTS = {
  office: 'Công chức Văn phòng - Thống kê',
  justice: 'Công chức Tư pháp - Hộ tịch',
  finance: 'Công chức Tài chính - Kế toán',
  culture: 'Công chức Văn hóa - Thông tin',
} as const;

/** Xã Giao Long and its posts, by key, with the login of a user of the office post. */
export interface GiaoLong {
  commune: Organisation;
  posts: Record<keyof typeof GIAO_LONG_POSTS, Organisation>;
  officeLogin: string;
}

/** Creates xã Giao Long (unique code and name) with its four posts and an office-post editor, as the province administrator. */
export async function createGiaoLong(admin: APIRequestContext): Promise<GiaoLong> {
  const suffix = uniqueSuffix();
  const province = (await unitIdsByCode(admin)).get('DT')!;
  const create = (parentId: string, code: string, name: string, type: string) =>
    sendJson<Organisation>(admin, 'post', '/api/organisations', {
      parentId,
      code,
      name,
      type,
      validFrom: `${GIAO_LONG_YEAR}-01-01`,
    });
  const commune = await create(province, `GL${suffix}`, `Xã Giao Long ${suffix}`, 'commune');
  const posts = {} as GiaoLong['posts'];
  for (const [key, name] of Object.entries(GIAO_LONG_POSTS)) {
    posts[key as keyof typeof GIAO_LONG_POSTS] = await create(
      commune.id,
      `GL${suffix}-${key.toUpperCase()}`,
      name,
      'sub_unit',
    );
  }
  const officeLogin = `giaolong.vp.${suffix}`.toLowerCase();
  const user = await sendJson<{ id: string }>(admin, 'post', '/api/users', {
    login: officeLogin,
    fullName: 'Nguyễn Văn Thống Kê',
    homeOrganisationId: posts.office.id,
    password: DEMO_PASSWORD,
  });
  await sendJson(admin, 'post', `/api/users/${user.id}/roles`, {
    role: 'editor',
    organisationId: posts.office.id,
  });
  return { commune, posts, officeLogin };
}

/** Sample 004 as a .docx: one Word paragraph per non-blank line of its published text. */
export async function sample004Docx(): Promise<Buffer> {
  const lines = SAMPLE_004_TEXT.split(/\r?\n/).filter((line) => line.trim() !== '');
  const document = new Document({
    sections: [
      {
        children: lines.map(
          (line) =>
            new Paragraph({
              children: [new TextRun({ text: line.trim(), font: 'Times New Roman', size: 28 })],
            }),
        ),
      },
    ],
  });
  return Packer.toBuffer(document);
}
