/**
 * Văn bản an toàn: every string a request carries (path, query, body; keys as well as values)
 * must be free of the characters XML 1.0 cannot carry, or it could break a .docx/.xlsx written
 * later or make PostgreSQL fail (U+0000). The rule lives in the domain; this walks a request.
 */
import { findForbiddenCharacter, stripForbiddenCharacters } from '@domain/shared/xml-safe-text';

export { findForbiddenCharacter, stripForbiddenCharacters } from '@domain/shared/xml-safe-text';

/** Where a forbidden character was found: the dotted field path ("content.sections.0.title") and which character. */
export interface ForbiddenText {
  field: string;
  character: string;
}

/** The first string inside `value` (at any depth) holding a forbidden character, or null. */
export function findForbiddenText(value: unknown, path: string[] = []): ForbiddenText | null {
  // A key may itself hold the character: the path is named without it, so the answer stays clean.
  const at = (segments: string[]) => stripForbiddenCharacters(segments.join('.')) || '(giá trị)';
  if (typeof value === 'string') {
    const character = findForbiddenCharacter(value);
    return character ? { field: at(path), character } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findForbiddenText(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const inKey = findForbiddenCharacter(key);
      if (inKey) return { field: at([...path, key]), character: inKey };
      const found = findForbiddenText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** The Vietnamese message for a refused field. */
export function forbiddenTextMessage({ field, character }: ForbiddenText): string {
  return `Trường «${field}» chứa ký tự điều khiển không được phép (${character}). Hãy xóa ký tự đó rồi gửi lại.`;
}
