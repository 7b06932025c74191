import { describe, expect, it } from 'vitest';
import { placeOfTenant } from './document-place';

describe('place of a printed page', () => {
  it('drops the province or city word from the tenant’s name', () => {
    expect(placeOfTenant('Tỉnh Đồng Tháp')).toBe('Đồng Tháp');
    expect(placeOfTenant('Thành phố Cần Thơ')).toBe('Cần Thơ');
    expect(placeOfTenant('Vĩnh Long')).toBe('Vĩnh Long');
  });
});
