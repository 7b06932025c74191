import { describe, it, expect } from 'vitest';
import { NATIONAL_GRADE_BANDS, PROVINCIAL_GRADE_BANDS, gradeFor } from './grades';

const national = (percent: number) => gradeFor(percent, NATIONAL_GRADE_BANDS)?.label;
const provincial = (percent: number) => gradeFor(percent, PROVINCIAL_GRADE_BANDS)?.label;

describe('national grade bands', () => {
  it('puts 90 % in group A and 89,99 % in group B', () => {
    expect(national(90)).toBe('Nhóm A');
    expect(national(89.99)).toBe('Nhóm B');
  });

  it('puts 80 % in group B and anything below in group C', () => {
    expect(national(80)).toBe('Nhóm B');
    expect(national(79.99)).toBe('Nhóm C');
  });
});

describe('provincial grade bands', () => {
  it('grades 90 % Tốt and 89,99 % Khá', () => {
    expect(provincial(90)).toBe('Tốt');
    expect(provincial(89.99)).toBe('Khá');
  });

  it('grades 88,09 % Khá, 65 % Trung bình and 64,99 % Yếu', () => {
    expect(provincial(88.09)).toBe('Khá');
    expect(provincial(65)).toBe('Trung bình');
    expect(provincial(64.99)).toBe('Yếu');
  });

  it('grades an index that is published as 90,00 % Tốt', () => {
    expect(provincial(89.996)).toBe('Tốt');
  });

  it("uses a province's own bands when given", () => {
    const bands = [
      { code: 'xuat_sac', label: 'Xuất sắc', minPercent: 95 },
      { code: 'dat', label: 'Đạt', minPercent: 50 },
    ];
    expect(gradeFor(96, bands)?.label).toBe('Xuất sắc');
    expect(gradeFor(40, bands)).toBeNull();
  });
});
