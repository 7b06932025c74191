// Property tests of the timeframe grammar, with a small seeded generator (fast-check is not a
// dependency): phrases are written from a reading, parsed back, and must give the schedule the
// reading implies — computed here day by day, not with the module's own calendar code.
import { describe, expect, it } from 'vitest';
import { parseTimeframe } from './parse-timeframe';
import { dueDatesOf, formatTimeframe, type Cadence } from './timeframe';
import { timeframeCheckpoints } from './timeframe-checkpoints';

const ALL_TIME = { from: '1900-01-01', to: '2199-12-31' };
const RUNS = 400;

/** mulberry32: a tiny seeded generator, so a failing case can be replayed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { int, pick, chance: (p: number) => next() < p };
}

type Random = ReturnType<typeof generator>;

// ---- The expected schedule, day by day -------------------------------------------------------

function* days(from: string, to: string): Generator<Date> {
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`);) {
    yield day;
    day = new Date(day.getTime() + 86_400_000);
  }
}

const iso = (day: Date) => day.toISOString().slice(0, 10);
const isMonthEnd = (day: Date) => new Date(day.getTime() + 86_400_000).getUTCDate() === 1;
const PERIOD_END_MONTHS: Readonly<Record<Exclude<Cadence, 'week'>, number[]>> = {
  month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarter: [3, 6, 9, 12],
  half_year: [6, 12],
  year: [12],
};

/** The days a cadence is judged on within [from, to]: Sundays, or the last day of each period. */
function expectedCheckpoints(cadence: Cadence, from: string, to: string): string[] {
  const result: string[] = [];
  for (const day of days(from, to)) {
    const judged =
      cadence === 'week'
        ? day.getUTCDay() === 0
        : isMonthEnd(day) && PERIOD_END_MONTHS[cadence].includes(day.getUTCMonth() + 1);
    if (judged) result.push(iso(day));
  }
  return result;
}

// ---- Writing a phrase from a reading ---------------------------------------------------------

const UNIT_WORDS: Readonly<Record<Cadence, string>> = {
  week: 'tuần',
  month: 'tháng',
  quarter: 'quý',
  half_year: '6 tháng',
  year: 'năm',
};

function cadencePhrase(random: Random, cadence: Cadence, times: number | undefined): string {
  const unit = UNIT_WORDS[cadence];
  if (times !== undefined) {
    return `${random.pick(['Tối thiểu ', 'Ít nhất ', ''])}${String(times).padStart(random.int(1, 2), '0')} lần/${unit}`;
  }
  if (cadence === 'half_year') {
    return random.pick(['Định kỳ 6 tháng', '6 tháng/lần', 'Định kỳ 06 tháng', 'Hằng 6 tháng']);
  }
  return `${random.pick(['Hằng', 'Hàng', 'Định kỳ hằng', 'Định kỳ hàng', 'Mỗi'])} ${unit}`;
}

/** Accents dropped or capitals, as plans are typed. */
function scribble(random: Random, text: string): string {
  const roll = random.int(0, 5);
  if (roll === 0) return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
  if (roll === 1) return text.toUpperCase();
  if (roll === 2) return text.toLowerCase();
  return text;
}

describe('every cadence × period × year reads back to the same schedule', () => {
  it(`holds for ${RUNS} generated recurring phrases`, () => {
    const random = generator(20240615);
    for (let run = 0; run < RUNS; run += 1) {
      const cadence = random.pick(['week', 'month', 'quarter', 'half_year', 'year'] as const);
      const year = random.int(2020, 2030);
      const times = random.chance(0.3) ? random.int(1, 9) : undefined;
      const firstMonth = random.int(1, 12);
      const lastMonth = random.int(firstMonth, 12);
      const window = random.pick(['plan year', 'written year', 'months'] as const);
      const tail =
        window === 'plan year'
          ? ''
          : window === 'written year'
            ? random.pick([` năm ${year}`, `, năm ${year}`, ` trong năm ${year}`])
            : `, từ tháng ${firstMonth}/${year} đến tháng ${lastMonth}/${year}`;
      const text = scribble(random, `${cadencePhrase(random, cadence, times)}${tail}`);
      const from =
        window === 'months' ? `${year}-${String(firstMonth).padStart(2, '0')}-01` : `${year}-01-01`;
      const to = window === 'months' ? expectedMonthEnd(year, lastMonth) : `${year}-12-31`;
      const expected = expectedCheckpoints(cadence, from, to);

      const timeframe = parseTimeframe(text, { defaultYear: year });
      const context = `"${text}" (plan year ${year})`;
      expect(timeframe, context).toMatchObject({ kind: 'recurring', cadence, text });
      expect(timeframeCheckpoints(timeframe, ALL_TIME), context).toEqual(expected);
      expect(dueDatesOf(timeframe), context).toEqual(expected);
      // Written back canonically, it reads to the same schedule without the plan's year.
      const canonical = formatTimeframe(timeframe);
      expect(timeframeCheckpoints(parseTimeframe(canonical), ALL_TIME), canonical).toEqual(
        expected,
      );
    }
  });

  it(`holds for ${RUNS} generated single periods (deadline, day, month, quarters, half and year)`, () => {
    const random = generator(71);
    for (let run = 0; run < RUNS; run += 1) {
      const year = random.int(2020, 2030);
      const month = random.int(1, 12);
      const day = random.int(1, Number(expectedMonthEnd(year, month).slice(8)));
      const date = `${year}-${pad(month)}-${pad(day)}`;
      const written = `${random.pick([String(day), pad(day)])}/${random.pick([String(month), pad(month)])}/${year}`;
      const quarters = [1, 2, 3, 4].filter(() => random.chance(0.5));
      const list = quarters.length === 0 ? [2] : quarters;
      const cases: Array<[string, string[]]> = [
        [
          `${random.pick(['Trước', 'Trước ngày', 'Hoàn thành trước', 'Chậm nhất ngày'])} ${written}`,
          [date],
        ],
        [`${random.pick(['Ngày', 'Vào ngày'])} ${written}`, [date]],
        [
          `${random.pick(['Tháng', 'Trong tháng'])} ${month}${random.pick(['/', ' năm ', '-'])}${year}`,
          [expectedMonthEnd(year, month)],
        ],
        [
          `Quý ${list.map((q) => random.pick([['I', 'II', 'III', 'IV'][q - 1]!, String(q)])).join(', ')}/${year}`,
          list.map((q) => expectedMonthEnd(year, q * 3)),
        ],
        [`6 tháng ${random.pick(['đầu', 'cuối'])} năm ${year}`, []],
        [`${random.pick(['Năm', 'Trong năm', 'Cả năm'])} ${year}`, [`${year}-12-31`]],
      ];
      for (const [phrase, due] of cases) {
        const text = scribble(random, phrase);
        const timeframe = parseTimeframe(text, { defaultYear: year });
        const expected = phrase.startsWith('6 tháng')
          ? [phrase.includes('đầu') ? `${year}-06-30` : `${year}-12-31`]
          : due;
        expect(timeframeCheckpoints(timeframe, ALL_TIME), `"${text}"`).toEqual(expected);
        const canonical = formatTimeframe(timeframe);
        expect(timeframeCheckpoints(parseTimeframe(canonical), ALL_TIME), canonical).toEqual(
          expected,
        );
      }
    }
  });
});

// ---- Text that carries no timing --------------------------------------------------------------

const NON_TIMING_WORDS = [
  'cán bộ',
  'công chức',
  'hồ sơ',
  'thủ tục',
  'rà soát',
  'tuyên truyền',
  'kiểm tra',
  'đơn vị',
  'phòng',
  'xã',
  'huyện',
  'tỉnh',
  'cải cách',
  'hành chính',
  'văn bản',
  'pháp luật',
  'báo cáo',
  'Ủy ban',
  'nhân dân',
  'một cửa',
  'dịch vụ công',
  'trực tuyến',
  'chỉ số',
  'PAPI',
  'SIPAS',
  'DDCI',
  'số hóa',
  'kết quả',
  'phối hợp',
  'chủ trì',
  'Sở Nội vụ',
  'đánh giá',
  'người dân',
];
const LETTERS = 'abcdeghiklmnopqrstuvxyzăâđêôơư';

function nonTimingText(random: Random): string {
  const words = Array.from({ length: random.int(1, 6) }, () =>
    random.chance(0.6)
      ? random.pick(NON_TIMING_WORDS)
      : Array.from({ length: random.int(3, 10) }, () => random.pick([...LETTERS])).join(''),
  );
  const separator = random.pick([' ', ', ', ' - ', '; ']);
  return `${random.chance(0.2) ? '  ' : ''}${words.join(separator)}${random.pick(['', '.', ' '])}`;
}

describe('unknown text is kept verbatim and flagged, never misread', () => {
  it(`holds for ${RUNS} random non-timing texts`, () => {
    const random = generator(99);
    for (let run = 0; run < RUNS; run += 1) {
      const text = nonTimingText(random);
      expect(parseTimeframe(text, { defaultYear: 2024 }), `"${text}"`).toEqual({
        kind: 'unknown',
        text,
        needsReview: true,
      });
    }
  });

  it(`holds for ${RUNS} readable timings with words after them that the grammar does not know`, () => {
    const random = generator(7);
    const timings = [
      'Hằng tháng',
      'Quý II/2024',
      'Trước 30/6/2024',
      'Thường xuyên',
      'Năm 2024',
      'Tháng 3/2024',
      'Định kỳ 6 tháng',
      'Ngày 10/10/2024',
      '6 tháng đầu năm 2024',
      'Từ năm 2024 trở đi',
      'Giai đoạn 2024–2025',
      'Tối thiểu 01 lần/quý',
    ];
    for (let run = 0; run < RUNS; run += 1) {
      const text = `${random.pick(timings)}${random.pick([' ', ', ', '; '])}${nonTimingText(random).trim()}`;
      const timeframe = parseTimeframe(text, { defaultYear: 2024 });
      expect(timeframe, `"${text}"`).toEqual({ kind: 'unknown', text, needsReview: true });
    }
  });
});

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function expectedMonthEnd(year: number, month: number): string {
  let last = '';
  for (let offset = 0; offset < 31; offset += 1) {
    const day = new Date(Date.UTC(year, month - 1, 1 + offset));
    if (day.getUTCMonth() + 1 === month) last = iso(day);
  }
  return last;
}
