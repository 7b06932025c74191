import { describe, it, expect } from 'vitest';
import { ORGANISATION_TYPES } from './organisation-type';
import { canContain, describeContainmentError, parseOrganisationType } from './type-rules';

describe('canContain', () => {
  it('lets a province contain its departments, districts, communes and sub-units', () => {
    expect(canContain('province', 'department')).toBe(true);
    expect(canContain('province', 'district')).toBe(true);
    expect(canContain('province', 'commune')).toBe(true);
    expect(canContain('province', 'sub_unit')).toBe(true);
  });

  it('lets a former district contain communes (history before 1 July 2025)', () => {
    expect(canContain('district', 'commune')).toBe(true);
  });

  it('lets a phòng contain an officer post', () => {
    expect(canContain('sub_unit', 'sub_unit')).toBe(true);
  });

  it('never places a province under anything', () => {
    for (const parent of ORGANISATION_TYPES) expect(canContain(parent, 'province')).toBe(false);
  });

  it('keeps communes out of departments and districts out of communes', () => {
    expect(canContain('department', 'commune')).toBe(false);
    expect(canContain('commune', 'district')).toBe(false);
    expect(canContain('sub_unit', 'commune')).toBe(false);
    expect(canContain('department', 'department')).toBe(false);
  });
});

describe('describeContainmentError', () => {
  it('names both kinds by their Vietnamese labels', () => {
    expect(describeContainmentError('commune', 'province')).toBe(
      'Đơn vị loại «Xã, phường, thị trấn, đặc khu» không thể chứa đơn vị loại «Tỉnh, thành phố».',
    );
  });
});

describe('parseOrganisationType', () => {
  it.each([
    ['commune', 'commune'],
    ['SUB_UNIT', 'sub_unit'],
    ['Tỉnh, thành phố', 'province'],
    ['Tỉnh', 'province'],
    ['thành phố trực thuộc trung ương', 'province'],
    ['Sở', 'department'],
    ['sở, ban, ngành', 'department'],
    ['Sở/Ban/Ngành', 'department'],
    ['Văn phòng UBND tỉnh', 'department'],
    ['HUYỆN', 'district'],
    ['thị xã', 'district'],
    ['Thành phố thuộc tỉnh', 'district'],
    ['Huyện, quận, thị xã', 'district'],
    ['xa', 'commune'],
    ['Phường', 'commune'],
    ['Đặc khu', 'commune'],
    ['  thị   trấn ', 'commune'],
    ['Phòng', 'sub_unit'],
    ['Trung tâm', 'sub_unit'],
    ['công chức', 'sub_unit'],
    ['Đơn vị trực thuộc', 'sub_unit'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseOrganisationType(text)).toBe(expected);
  });

  it.each(['', 'thôn', 'thành phố', 'Bộ'])('does not guess a kind for %j', (text) => {
    expect(parseOrganisationType(text)).toBeNull();
  });
});
