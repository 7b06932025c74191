import { describe, expect, it } from 'vitest';
import { downloadFileName } from './file-name';

describe('downloadFileName (tên tệp tải về)', () => {
  it.each([
    [['Kế hoạch', '104/KH-UBND', '2024'], 'docx', 'Ke-hoach-104-KH-UBND-2024.docx'],
    [['', 'Dự thảo', 'Kế hoạch', 'KH-SNV', '2024'], 'docx', 'Du-thao-Ke-hoach-KH-SNV-2024.docx'],
    [['Kế hoạch', '…/KH-UBND', '2024'], 'docx', 'Ke-hoach-KH-UBND-2024.docx'],
    [
      ['Nhiệm vụ', 'Kế hoạch', '104/KH-UBND', '2024'],
      'xlsx',
      'Nhiem-vu-Ke-hoach-104-KH-UBND-2024.xlsx',
    ],
    [
      ['Báo cáo', 'Quý I/2024', 'Kế hoạch', '45/KH-UBND'],
      'docx',
      'Bao-cao-Quy-I-2024-Ke-hoach-45-KH-UBND.docx',
    ],
    [
      ['Tình hình nhiệm vụ', '6 tháng đầu năm 2024'],
      '.XLSX',
      'Tinh-hinh-nhiem-vu-6-thang-dau-nam-2024.xlsx',
    ],
    [['Đồng Tháp -- __ Lấp Vò -'], 'pdf', 'Dong-Thap-Lap-Vo.pdf'],
    [['  '], 'docx', 'tai-lieu.docx'],
    [['Biên bản'], '', 'Bien-ban'],
  ] as [string[], string, string][])('%o . %s → %s', (parts, extension, expected) => {
    expect(downloadFileName(parts, extension)).toBe(expected);
  });

  it('never doubles a separator nor leaves one at either end', () => {
    const names = [
      downloadFileName(['- Kế hoạch //', '', '__104__', 'KH--UBND -'], 'docx'),
      downloadFileName(['"Sở Nội vụ"', '(dự thảo)', 'ngày 05/02'], 'docx'),
    ];
    for (const name of names) {
      expect(name).not.toMatch(/--|__|^[-_]|[-_]\.|[^A-Za-z0-9.-]/);
    }
    expect(names[0]).toBe('Ke-hoach-104-KH-UBND.docx');
  });
});
