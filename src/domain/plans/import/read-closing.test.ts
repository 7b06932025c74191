import { describe, expect, it } from 'vitest';
import { paragraphs } from './import-test-helpers';
import { readClosing, readSignature } from './read-closing';

describe('readSignature', () => {
  it('reads the modes as plan-document prints them back', () => {
    expect(readSignature(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn An']).signature).toEqual({
      mode: 'TM',
      authority: 'ỦY BAN NHÂN DÂN',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Nguyễn Văn An',
    });
    expect(
      readSignature(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Thị Hoa'])
        .signature,
    ).toEqual({
      mode: 'KT',
      authority: 'CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signerName: 'Lê Thị Hoa',
    });
    expect(
      readSignature(['TM. ỦY BAN NHÂN DÂN', 'Q. CHỦ TỊCH', 'Trương Thị Diệp']).signature,
    ).toEqual({
      mode: 'Q',
      authority: 'CHỦ TỊCH',
      signerTitle: '',
      signerName: 'Trương Thị Diệp',
    });
    expect(readSignature(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Văn Bình']).signature.mode).toBe(
      'KT',
    );
    expect(readSignature(['CHÁNH VĂN PHÒNG', 'Trần Bình Minh']).signature).toEqual({
      mode: 'direct',
      authority: 'CHÁNH VĂN PHÒNG',
      signerTitle: 'CHÁNH VĂN PHÒNG',
      signerName: 'Trần Bình Minh',
    });
  });

  it('marks a TL. block for review and reads nothing from no block', () => {
    expect(
      readSignature(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Võ Văn Cường']).confidence,
    ).toBeLessThan(0.6);
    expect(readSignature([])).toEqual({
      signature: { mode: 'direct', authority: '', signerTitle: '', signerName: '' },
      confidence: 0,
    });
  });
});

describe('readClosing', () => {
  it('reads Nơi nhận with wrapped entries and the Lưu line, and a signature after it', () => {
    const closing = readClosing(
      paragraphs(
        'Nơi nhận:',
        '- TT HU; TT HĐND Huyện;',
        '- UB. MTTQ và các tổ chức chính trị',
        'xã hội (phối hợp);',
        '- Lưu: VT, NV, H.',
        'TM. ỦY BAN NHÂN DÂN',
        'Q. CHỦ TỊCH',
        'Trương Thị Diệp',
      ),
    );
    expect(closing.recipients).toEqual([
      'TT HU; TT HĐND Huyện',
      'UB. MTTQ và các tổ chức chính trị xã hội (phối hợp)',
      'Lưu: VT, NV, H',
    ]);
    expect(closing.signature).toEqual({
      mode: 'Q',
      authority: 'CHỦ TỊCH',
      signerTitle: '',
      signerName: 'Trương Thị Diệp',
    });
    expect(closing.provenance.signature).toEqual({
      confidence: 0.9,
      source: [{ from: 5, to: 7 }],
      flags: [],
    });
  });

  it('reads a signature interleaved with the recipients (two columns flattened)', () => {
    const closing = readClosing(
      paragraphs(
        'Nơi nhận: KT. CHỦ TỊCH',
        '- Sở Nội vụ; PHÓ CHỦ TỊCH',
        '- Các phòng, ban, đơn vị;',
        '- Lưu: VT. Nguyễn Thị Mai',
      ),
    );
    expect(closing.recipients).toEqual(['Sở Nội vụ', 'Các phòng, ban, đơn vị', 'Lưu: VT']);
    expect(closing.signature).toEqual({
      mode: 'KT',
      authority: 'CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signerName: 'Nguyễn Thị Mai',
    });
  });

  it('reads "|" columns of a .docx closing table', () => {
    const closing = readClosing([
      {
        text: 'Nơi nhận: | TM. ỦY BAN NHÂN DÂN\n- Sở Nội vụ; | CHỦ TỊCH\n- Lưu: VT. | \n | Phạm Văn Dũng',
        span: { from: 40, to: 43 },
        hints: {},
        table: 2,
      },
    ]);
    expect(closing.recipients).toEqual(['Sở Nội vụ', 'Lưu: VT']);
    expect(closing.signature).toMatchObject({
      mode: 'TM',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Phạm Văn Dũng',
    });
  });
});
