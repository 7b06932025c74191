import { describe, expect, it } from 'vitest';
import { buildImportTemplateCsv } from './import-template';

describe('buildImportTemplateCsv', () => {
  it('writes the header the server reads and one example row under the given parent', () => {
    const [header, example, end] = buildImportTemplateCsv('SNV', '2025-07-01').split('\r\n');

    expect(header).toBe('Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Hiệu lực từ');
    expect(example).toBe(
      'SNV-PTC,Phòng Tổ chức – Hành chính,"Phòng, trung tâm, công chức",SNV,01/07/2025',
    );
    expect(end).toBe('');
  });
});
