import { describe, expect, it } from 'vitest';
import { vi } from './vi';
import { signInVi } from './sign-in.vi';
import { signedInVi } from './signed-in.vi';
import { en } from './en';

type Tree = { [key: string]: string | Tree };

function listLeaves(tree: Tree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [leafPath, text] of listLeaves(value, path)) leaves.set(leafPath, text);
  }
  return leaves;
}

function listPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const viLeaves = listLeaves(vi);
const enLeaves = listLeaves(en);

describe('dictionaries', () => {
  it('have exactly the same keys in Vietnamese and English', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
  });

  it('use the same {{placeholders}} in both languages', () => {
    for (const [key, viText] of viLeaves) {
      expect(listPlaceholders(enLeaves.get(key) ?? ''), key).toEqual(listPlaceholders(viText));
    }
  });

  it('split Vietnamese into a sign-in and a signed-in part with no top-level key in both', () => {
    // vi.ts spreads the parts into one object: a shared section would lose one part's keys there,
    // while i18next (merging deep) would still have them — the typed keys and the runtime would differ.
    const shared = Object.keys(signInVi).filter((key) => key in signedInVi);
    expect(shared).toEqual([]);
    expect(Object.keys(vi).sort()).toEqual(
      [...Object.keys(signInVi), ...Object.keys(signedInVi)].sort(),
    );
  });

  it('have no empty text', () => {
    for (const [key, text] of [...viLeaves, ...enLeaves]) expect(text.trim(), key).not.toBe('');
  });

  it('label organisation kinds and roles as the regulation names them', () => {
    expect(vi.organisationType).toEqual({
      province: 'Tỉnh, thành phố',
      department: 'Sở, ban, ngành',
      district: 'Huyện, quận, thị xã',
      commune: 'Xã, phường, thị trấn, đặc khu',
      sub_unit: 'Phòng, trung tâm, công chức',
    });
    expect(vi.role).toEqual({
      admin: 'Quản trị hệ thống',
      focal: 'Đầu mối CCHC (Nội vụ)',
      editor: 'Cán bộ cập nhật',
      leader: 'Lãnh đạo',
      viewer: 'Chỉ xem',
      appraiser: 'Thẩm định (Hội đồng thẩm định)',
    });
  });
});
