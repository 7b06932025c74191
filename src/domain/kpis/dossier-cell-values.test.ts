import { describe, expect, it } from 'vitest';
import {
  isoInstant,
  lookUpWord,
  parseDossierFlag,
  parseDossierRating,
  readDossierTime,
  CHANNEL_WORDS,
  LEVEL_WORDS,
  STATUS_WORDS,
} from './dossier-cell-values';

// Vietnam is UTC+7: 08:30 there is 01:30Z; the civil day 22/03/2024 ends at 2024-03-22T16:59:59Z.
describe('readDossierTime', () => {
  it('reads dd/mm/yyyy as a whole Vietnam day', () => {
    expect(readDossierTime('22/03/2024')).toEqual({
      start: '2024-03-21T17:00:00.000Z',
      end: '2024-03-22T16:59:59.000Z',
      dateOnly: true,
    });
    expect(readDossierTime('2-3-2024')?.start).toBe('2024-03-01T17:00:00.000Z');
  });

  it('reads dd/mm/yyyy hh:mm and hh:mm:ss, and the time written first', () => {
    const at = {
      start: '2024-03-15T01:30:00.000Z',
      end: '2024-03-15T01:30:00.000Z',
      dateOnly: false,
    };
    expect(readDossierTime('15/03/2024 08:30')).toEqual(at);
    expect(readDossierTime('15/03/2024 08:30:00')).toEqual(at);
    expect(readDossierTime('08:30 15/03/2024')).toEqual(at);
    expect(readDossierTime('8h30 15/03/2024')).toEqual(at);
  });

  it('reads ISO dates, local ISO times and ISO instants with a zone', () => {
    expect(readDossierTime('2024-03-22')?.end).toBe('2024-03-22T16:59:59.000Z');
    expect(readDossierTime('2024-03-15T08:30:00')?.start).toBe('2024-03-15T01:30:00.000Z');
    expect(readDossierTime('2024-03-15T08:30:00+07:00')?.start).toBe('2024-03-15T01:30:00.000Z');
    expect(readDossierTime('2024-03-15T01:30:00Z')?.start).toBe('2024-03-15T01:30:00.000Z');
  });

  it('reads Excel serials: 45373 is 22/03/2024, .5 is noon', () => {
    // 45373 days after 30/12/1899 is 22/03/2024 (Excel shows it so).
    expect(readDossierTime(45373)).toEqual({
      start: '2024-03-21T17:00:00.000Z',
      end: '2024-03-22T16:59:59.000Z',
      dateOnly: true,
    });
    expect(readDossierTime(45373.5)?.start).toBe('2024-03-22T05:00:00.000Z');
    expect(readDossierTime('45373.5')?.start).toBe('2024-03-22T05:00:00.000Z');
  });

  it('reads Excel Date cells as civil times: midnight is a date, anything else a time', () => {
    expect(readDossierTime(new Date(Date.UTC(2024, 2, 22)))?.dateOnly).toBe(true);
    expect(readDossierTime(new Date(Date.UTC(2024, 2, 22, 15, 10)))).toEqual({
      start: '2024-03-22T08:10:00.000Z',
      end: '2024-03-22T08:10:00.000Z',
      dateOnly: false,
    });
  });

  it('refuses what is not a real date and time', () => {
    for (const bad of [
      '31/02/2024',
      '15/13/2024',
      '15/03/2024 24:10',
      'hôm qua',
      '2024-03-22+07:00',
      0,
      -5,
      true,
    ])
      expect(readDossierTime(bad)).toBeNull();
  });
});

describe('readDossierTime, read again', () => {
  it('gives the same answer the second time a text comes (remembered) as the first', () => {
    const first = readDossierTime('  07/11/2023   16:45 ');
    expect(first).toEqual({
      start: '2023-11-07T09:45:00.000Z',
      end: '2023-11-07T09:45:00.000Z',
      dateOnly: false,
    });
    expect(readDossierTime('  07/11/2023   16:45 ')).toEqual(first);
    expect(readDossierTime('31/02/2023')).toBeNull();
    expect(readDossierTime('31/02/2023')).toBeNull();
  });

  it('reads tabs and non-breaking spaces inside a time as one space', () => {
    expect(readDossierTime('07/11/2023\t16:45')?.start).toBe('2023-11-07T09:45:00.000Z');
    expect(readDossierTime('07/11/2023\u00a016:45')?.start).toBe('2023-11-07T09:45:00.000Z');
  });
});

describe('isoInstant', () => {
  it('writes an instant as toISOString does, at the edges of days, years and the format', () => {
    const instants = [
      0,
      -1,
      999,
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
      Date.UTC(1899, 11, 30),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      -62_167_219_200_000, // 0000-01-01
      -62_167_219_200_001, // before year 0: toISOString's six-digit year
      253_402_300_800_000, // 10000-01-01
    ];
    for (const ms of instants) expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
    expect(isoInstant(Date.UTC(2024, 2, 22, 5, 7, 9, 30))).toBe('2024-03-22T05:07:09.030Z');
  });
});

describe('parseDossierFlag', () => {
  it('reads Có/Không, x, 1/0, Đã …/Chưa … and empty as no', () => {
    const yes = ['Có', 'co', 'X', '1', 1, true, 'Đã số hóa', 'Đã thanh toán'];
    const no = ['Không', 'KHONG', '0', 0, '', null, undefined, 'Chưa số hóa', 'Không có phí'];
    for (const cell of yes) expect(parseDossierFlag(cell)).toBe(true);
    for (const cell of no) expect(parseDossierFlag(cell)).toBe(false);
  });

  it('says null for anything else', () => {
    for (const cell of ['chắc chắn', 2, 'khác']) expect(parseDossierFlag(cell)).toBeNull();
  });
});

describe('the words of exports', () => {
  it('reads channels, statuses and levels with or without accents', () => {
    expect(lookUpWord(CHANNEL_WORDS, 'Qua dịch vụ bưu chính công ích')).toBe('postal');
    expect(lookUpWord(CHANNEL_WORDS, 'NỘP TRỰC TUYẾN')).toBe('online');
    expect(lookUpWord(CHANNEL_WORDS, 'Truc tiep')).toBe('counter');
    expect(lookUpWord(STATUS_WORDS, 'Đã trả kết quả')).toBe('finished');
    expect(lookUpWord(STATUS_WORDS, 'Chờ bổ sung')).toBe('awaiting_supplement');
    expect(lookUpWord(STATUS_WORDS, 'Công dân xin rút')).toBe('withdrawn');
    expect(lookUpWord(LEVEL_WORDS, 'Toàn trình')).toBe('full');
    expect(lookUpWord(LEVEL_WORDS, 'Mức độ 3')).toBe('partial');
    expect(lookUpWord(STATUS_WORDS, 'constructor')).toBeUndefined();
  });

  it('reads a rating from its digit or the scale’s words, nothing outside 1–5', () => {
    expect(parseDossierRating('5')).toBe(5);
    expect(parseDossierRating(4)).toBe(4);
    expect(parseDossierRating('5 - Rất hài lòng')).toBe(5);
    expect(parseDossierRating('Rất không hài lòng')).toBe(1);
    expect(parseDossierRating('Hài lòng')).toBe(4);
    for (const bad of ['0', '6', 7, '4,5', 'tốt']) expect(parseDossierRating(bad)).toBeNull();
  });
});
