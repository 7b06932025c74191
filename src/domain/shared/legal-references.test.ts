import { describe, expect, it } from 'vitest';
import { INDEX_KIND_LABELS } from '../frameworks/index-kind';
import { KPI_DEFINITIONS } from '../kpis/kpi-definitions';
import {
  LEGAL_REFERENCES,
  legalReferenceName,
  legalReferenceShortName,
  legalReferenceTag,
} from './legal-references';

describe('legal references', () => {
  it('names a text by type and number, in full, short and as a tag', () => {
    expect(legalReferenceName('decision766')).toBe('Quyết định 766/QĐ-TTg');
    expect(legalReferenceShortName('decree30of2020')).toBe('Nghị định 30');
    expect(legalReferenceTag('decision766')).toBe('QĐ 766');
    expect(legalReferenceTag('circular01of2018')).toBe('TT 01');
  });

  it('dates every text in ISO form, in the year its number carries', () => {
    for (const { number, date } of Object.values(LEGAL_REFERENCES)) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const year = /\/(\d{4})\//.exec(number)?.[1] ?? date.slice(0, 4);
      expect(date.startsWith(year)).toBe(true);
    }
  });

  it('is where the labels citing Decision 766 take it from', () => {
    expect(INDEX_KIND_LABELS.service_766).toBe(
      'Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)',
    );
    const satisfaction = KPI_DEFINITIONS.find((kpi) => kpi.key === 'satisfaction');
    expect(satisfaction?.label).toBe('Mức độ hài lòng (Quyết định 766)');
  });
});
