import { describe, expect, it } from 'vitest';
import { carriedNodeCode, type FrameworkLineageStep } from './carried-node-code';

describe('carriedNodeCode', () => {
  const y2024: FrameworkLineageStep = {
    id: 'f24',
    indexKind: 'par_index',
    year: 2024,
    copiedFromId: null,
    codeMapping: null,
  };
  const y2025: FrameworkLineageStep = {
    id: 'f25',
    indexKind: 'par_index',
    year: 2025,
    copiedFromId: 'f24',
    codeMapping: { '1.4': '1.5' },
  };
  const y2026: FrameworkLineageStep = {
    id: 'f26',
    indexKind: 'par_index',
    year: 2026,
    copiedFromId: 'f25',
    codeMapping: { '1.5': '1.6' },
  };
  const other: FrameworkLineageStep = {
    id: 'sipas',
    indexKind: 'sipas',
    year: 2025,
    copiedFromId: null,
    codeMapping: null,
  };
  const loose: FrameworkLineageStep = {
    id: 'old',
    indexKind: 'par_index',
    year: 2025,
    copiedFromId: null,
    codeMapping: null,
  };
  const byId = new Map([y2024, y2025, y2026, other, loose].map((step) => [step.id, step]));
  const codes = new Set(['1.1', '1.6', '2.1']);

  it('keeps a code of the round’s own framework', () => {
    expect(carriedNodeCode(y2026, byId, { frameworkId: 'f26', code: '1.1' }, codes)).toBe('1.1');
  });

  it('follows each copy’s mapping from an ancestor two years back', () => {
    expect(carriedNodeCode(y2026, byId, { frameworkId: 'f24', code: '1.4' }, codes)).toBe('1.6');
    expect(carriedNodeCode(y2026, byId, { frameworkId: 'f25', code: '1.5' }, codes)).toBe('1.6');
  });

  it('matches an earlier framework of the same kind by its code, never another index', () => {
    expect(carriedNodeCode(y2026, byId, { frameworkId: 'old', code: '2.1' }, codes)).toBe('2.1');
    expect(carriedNodeCode(y2026, byId, { frameworkId: 'sipas', code: '2.1' }, codes)).toBeNull();
    expect(carriedNodeCode(y2026, byId, { frameworkId: 'old', code: '9.9' }, codes)).toBeNull();
  });
});
