import { describe, expect, it } from 'vitest';
import { findForbiddenText, forbiddenTextMessage } from './text-safety';

describe('findForbiddenText', () => {
  it('finds nothing in an ordinary request body', () => {
    expect(
      findForbiddenText({ name: 'Phòng Nội vụ', tags: ['a', 'b'], count: 3, on: true, none: null }),
    ).toBeNull();
  });

  it('names the field of a nested string by its dotted path', () => {
    expect(
      findForbiddenText({ content: { sections: [{ title: 'ok' }, { title: 'Mục\u0000' }] } }),
    ).toEqual({ field: 'content.sections.1.title', character: 'U+0000' });
  });

  it('looks at object keys too, since some bodies are stored as JSON documents', () => {
    expect(findForbiddenText({ values: { 'a\uFFFF': 1 } })).toEqual({
      field: 'values.a',
      character: 'U+FFFF',
    });
  });

  it('writes a Vietnamese message naming the field and the character', () => {
    expect(forbiddenTextMessage({ field: 'login', character: 'U+0000' })).toBe(
      'Trường «login» chứa ký tự điều khiển không được phép (U+0000). Hãy xóa ký tự đó rồi gửi lại.',
    );
  });
});
