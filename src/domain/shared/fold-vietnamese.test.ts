import { describe, it, expect } from 'vitest';
import { foldVietnamese, matchesSearch } from './fold-vietnamese';

describe('foldVietnamese', () => {
  it('folds a place name with tone marks to its unaccented lower-case form', () => {
    expect(foldVietnamese('Lấp Vò')).toBe(foldVietnamese('lap vo'));
    expect(foldVietnamese('Lấp Vò')).toBe('lap vo');
  });

  it('turns the letter Đ into d, which Unicode does not decompose', () => {
    expect(foldVietnamese('ĐỒNG THÁP')).toBe('dong thap');
    expect(foldVietnamese('Đặc khu Phú Quốc')).toBe('dac khu phu quoc');
  });

  it('treats precomposed and decomposed input alike', () => {
    expect(foldVietnamese('Nội vụ'.normalize('NFD'))).toBe(
      foldVietnamese('Nội vụ'.normalize('NFC')),
    );
  });

  it('trims and collapses runs of whitespace, including tabs and non-breaking spaces', () => {
    expect(foldVietnamese('  Sở \t Nội\u00a0\u00a0vụ  ')).toBe('so noi vu');
  });
});

describe('matchesSearch', () => {
  it('finds a unit typed without accents and in another order', () => {
    expect(matchesSearch('UBND huyện Lấp Vò', 'vo lap')).toBe(true);
  });

  it('requires every query word to be present', () => {
    expect(matchesSearch('UBND huyện Lấp Vò', 'lap vung')).toBe(false);
  });

  it('matches parts of words', () => {
    expect(matchesSearch('Công chức Tư pháp – Hộ tịch', 'phap ho')).toBe(true);
  });

  it('matches everything for an empty or blank query', () => {
    expect(matchesSearch('Sở Nội vụ', '   ')).toBe(true);
  });
});
