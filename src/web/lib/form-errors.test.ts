import { describe, expect, it } from 'vitest';
import { splitFieldErrors } from './form-errors';

describe('splitFieldErrors', () => {
  it('places each message on the form field it names and keeps the rest for the banner', () => {
    const { byField, unplaced } = splitFieldErrors(
      [
        { field: 'code', message: 'Mã đơn vị đã tồn tại.' },
        { field: 'successorIds.1', message: 'Đơn vị kế thừa không hợp lệ.' },
        { field: 'tenantId', message: 'Không thuộc địa phương.' },
        { message: 'Đơn vị cấp trên đã kết thúc hoạt động.' },
      ],
      ['code', 'name', 'successorIds'],
    );

    expect(Object.fromEntries(byField)).toEqual({
      code: ['Mã đơn vị đã tồn tại.'],
      successorIds: ['Đơn vị kế thừa không hợp lệ.'],
    });
    expect(unplaced).toEqual(['Không thuộc địa phương.', 'Đơn vị cấp trên đã kết thúc hoạt động.']);
  });
});
