/**
 * Synthetic dossier exports (hồ sơ TTHC) for demos, tests and benchmarks: a pure, seeded,
 * deterministic stream of Dossiers for given units and year — the same options give the same
 * dossiers, one at a time, so any count runs in constant memory.
 *
 * Distributions are set per procedure (time limit, fee, how often it is lodged online or needs
 * supplements) and per unit: each unit draws a profile from the seed and its code, and a quarter
 * of the units (at least one when there are two or more) are markedly worse — more late
 * dossiers, fewer online ones, more supplement requests and pauses, worse ratings, fewer fees
 * paid online. Times fall on the minute in Vietnam time (what dd/mm/yyyy hh:mm can carry).
 * The procedure codes and names are illustrative, not the national catalogue.
 */
import type { Dossier, DossierChannel, DossierStatus } from './dossier';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * HOUR_MS;

/** What to generate. */
export interface DossierGeneratorOptions {
  /** Receiving units (mã đơn vị), at least one. */
  unitCodes: readonly string[];
  /** Year the dossiers are received in (Vietnam time). */
  year: number;
  /** How many dossiers. */
  count: number;
  /** Seed of the random stream (default 1). */
  seed?: number;
  /** Prefix of the dossier codes (default 'HS'); codes are prefix + year + a 9-digit number. */
  codePrefix?: string;
  /**
   * When the export was taken (ISO instant; default 15/01 of the next year, 00:00 Vietnam time):
   * a dossier whose result would come later is still in progress, without a result time.
   * Receipts still cover the whole year: an earlier moment also yields dossiers received after it.
   */
  exportedAt?: string;
}

/** One procedure of the illustrative catalogue. */
interface Procedure {
  field: string;
  code: string;
  name: string;
  /** Time limit in working days; 0 = giải quyết ngay (no promised time). */
  workingDays: number;
  hasFee: boolean;
  /** Share lodged online at a typical unit. */
  online: number;
  /** Share of online dossiers at the full level (toàn trình); 0 when only partial is offered. */
  fullOnline: number;
  /** How much more often than usual it needs supplements (land: files are long). */
  supplementFactor: number;
  /** How much harder the time limit is to keep. */
  lateFactor: number;
}

const PROCEDURES: readonly Procedure[] = [
  {
    field: 'Hộ tịch',
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    workingDays: 1,
    hasFee: false,
    online: 0.6,
    fullOnline: 0.8,
    supplementFactor: 0.5,
    lateFactor: 0.5,
  },
  {
    field: 'Hộ tịch',
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    workingDays: 3,
    hasFee: false,
    online: 0.35,
    fullOnline: 0,
    supplementFactor: 0.8,
    lateFactor: 0.6,
  },
  {
    field: 'Hộ tịch',
    code: '1.000656',
    name: 'Đăng ký khai tử',
    workingDays: 1,
    hasFee: false,
    online: 0.4,
    fullOnline: 0.7,
    supplementFactor: 0.5,
    lateFactor: 0.5,
  },
  {
    field: 'Chứng thực',
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
    workingDays: 0,
    hasFee: true,
    online: 0.08,
    fullOnline: 0,
    supplementFactor: 0.2,
    lateFactor: 0.2,
  },
  {
    field: 'Đất đai',
    code: '1.004227',
    name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    workingDays: 10,
    hasFee: true,
    online: 0.25,
    fullOnline: 0,
    supplementFactor: 2.5,
    lateFactor: 2.5,
  },
  {
    field: 'Đất đai',
    code: '1.012766',
    name: 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu',
    workingDays: 20,
    hasFee: true,
    online: 0.15,
    fullOnline: 0,
    supplementFactor: 3,
    lateFactor: 3,
  },
  {
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    code: '2.000720',
    name: 'Đăng ký thành lập hộ kinh doanh',
    workingDays: 3,
    hasFee: true,
    online: 0.65,
    fullOnline: 0.85,
    supplementFactor: 1,
    lateFactor: 0.8,
  },
  {
    field: 'Hoạt động xây dựng',
    code: '1.009994',
    name: 'Cấp giấy phép xây dựng đối với nhà ở riêng lẻ',
    workingDays: 15,
    hasFee: true,
    online: 0.3,
    fullOnline: 0,
    supplementFactor: 2,
    lateFactor: 1.8,
  },
  {
    field: 'Đường bộ',
    code: '1.002804',
    name: 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
    workingDays: 5,
    hasFee: true,
    online: 0.75,
    fullOnline: 0.9,
    supplementFactor: 0.6,
    lateFactor: 0.7,
  },
  {
    field: 'Bảo trợ xã hội',
    code: '1.001776',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng',
    workingDays: 10,
    hasFee: false,
    online: 0.2,
    fullOnline: 0.5,
    supplementFactor: 1.5,
    lateFactor: 1.2,
  },
  {
    field: 'Văn bằng, chứng chỉ',
    code: '1.005092',
    name: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    workingDays: 1,
    hasFee: true,
    online: 0.45,
    fullOnline: 0.6,
    supplementFactor: 0.4,
    lateFactor: 0.5,
  },
];

/** Relative volume per month: fewer dossiers around Tết (February), more at the year's end. */
const MONTH_WEIGHTS = [1.1, 0.6, 1, 1, 1, 1, 0.95, 1, 1, 1.05, 1.1, 1.25];

/** mulberry32 (as in src/domain/shared/seeded-random.fixture.ts): numbers in [0, 1) from a seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a text mixed with the seed: each unit's profile depends on its code, not its place. */
function hashSeed(text: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A unit's behaviour: the chances it draws every dossier with. */
interface UnitProfile {
  code: string;
  weak: boolean;
  /** Relative volume of dossiers. */
  volume: number;
  /** Cumulative procedure weights (the unit's mix of procedures). */
  procedureCumulative: number[];
  late: number;
  early: number;
  onlineFactor: number;
  fullOnlineFactor: number;
  supplement: number;
  /** Share of supplemented dossiers asked more than once. */
  repeated: number;
  pausePerRequest: number;
  paidOnline: number;
  digitisedFile: number;
  digitisedResult: number;
  electronicResult: number;
  rated: number;
  dislike: number;
  complaint: number;
}

const between = (random: () => number, low: number, high: number) => low + (high - low) * random();

function unitProfile(code: string, seed: number, weak: boolean): UnitProfile {
  const random = seededRandom(hashSeed(code, seed));
  random(); // the draw that chose `weak`
  const weights = PROCEDURES.map(() => random() ** 2 + 0.02);
  const cumulative: number[] = [];
  weights.reduce((sum, weight) => (cumulative.push(sum + weight), sum + weight), 0);
  const range = (good: [number, number], bad: [number, number]) =>
    weak ? between(random, ...bad) : between(random, ...good);
  return {
    code,
    weak,
    volume: between(random, 0.3, 3),
    procedureCumulative: cumulative,
    late: range([0.005, 0.04], [0.1, 0.22]),
    early: range([0.35, 0.75], [0.1, 0.3]),
    onlineFactor: range([0.9, 1.3], [0.3, 0.6]),
    fullOnlineFactor: range([0.8, 1.1], [0.3, 0.6]),
    supplement: range([0.04, 0.1], [0.18, 0.32]),
    repeated: range([0.03, 0.1], [0.2, 0.4]),
    pausePerRequest: range([1, 3], [3, 7]),
    paidOnline: range([0.55, 0.9], [0.08, 0.3]),
    digitisedFile: range([0.85, 0.99], [0.4, 0.7]),
    digitisedResult: range([0.8, 0.98], [0.3, 0.6]),
    electronicResult: range([0.7, 0.95], [0.2, 0.5]),
    rated: between(random, 0.25, 0.6),
    dislike: range([0.01, 0.04], [0.08, 0.16]),
    complaint: range([0.002, 0.01], [0.02, 0.05]),
  };
}

/**
 * The units' profiles. A quarter of the units (rounded, at least one of two or more) are weak:
 * those whose first draw from the seed and their code is lowest — so a unit's part does not
 * depend on where it stands in the list. A lone unit is weak when that draw is below 0.25.
 */
function unitProfiles(unitCodes: readonly string[], seed: number): UnitProfile[] {
  const draws = unitCodes.map((code) => seededRandom(hashSeed(code, seed))());
  const weakCount =
    unitCodes.length >= 2
      ? Math.max(1, Math.round(unitCodes.length / 4))
      : draws[0]! < 0.25
        ? 1
        : 0;
  const weak = new Set(
    unitCodes
      .map((code, index) => ({ code, draw: draws[index]! }))
      .sort((a, b) => a.draw - b.draw || (a.code < b.code ? -1 : 1))
      .slice(0, weakCount)
      .map((unit) => unit.code),
  );
  return unitCodes.map((code) => unitProfile(code, seed, weak.has(code)));
}

/** Index of the first cumulative weight above `random() × total`. */
function pick(cumulative: readonly number[], random: () => number): number {
  const target = random() * cumulative[cumulative.length - 1]!;
  let index = 0;
  while (index < cumulative.length - 1 && cumulative[index]! <= target) index++;
  return index;
}

const civilDay = (instant: number) => Math.floor((instant + VIETNAM_OFFSET_MS) / DAY_MS);
/** UTC instant of `minutes` after 00:00 Vietnam time on civil day `day`. */
const atCivil = (day: number, minutes: number) =>
  day * DAY_MS + minutes * MINUTE_MS - VIETNAM_OFFSET_MS;
/** 0 Sunday … 6 Saturday; civil day 0 (01/01/1970) was a Thursday. */
const weekdayOf = (day: number) => (day + 4) % 7;
const isWeekend = (day: number) => weekdayOf(day) === 0 || weekdayOf(day) === 6;
const yearOf = (day: number) => new Date(day * DAY_MS).getUTCFullYear();
function addWorkingDays(day: number, count: number): number {
  let result = day;
  for (let added = 0; added < count;) {
    result++;
    if (!isWeekend(result)) added++;
  }
  return result;
}
const nextWorkingDay = (day: number) => (isWeekend(day) ? addWorkingDays(day, 1) : day);
/** A random instant in [low, high], on the minute, never outside the bounds (both on the minute). */
const minuteBetween = (random: () => number, low: number, high: number) =>
  low + Math.floor(((high - low) / MINUTE_MS + 1) * random()) * MINUTE_MS;

const iso = (instant: number) => new Date(instant).toISOString();

/**
 * Yields `count` dossiers for `unitCodes` received in `year`, deterministic for the options.
 * @example [...generateDossiers({ unitCodes: ['DT.VP'], year: 2026, count: 3, seed: 7 })]
 */
export function* generateDossiers(options: DossierGeneratorOptions): Generator<Dossier> {
  const { unitCodes, year, count } = options;
  if (unitCodes.length === 0) throw new Error('generateDossiers needs at least one unit code');
  const seed = options.seed ?? 1;
  const prefix = options.codePrefix ?? 'HS';
  const exportedAt =
    options.exportedAt === undefined
      ? atCivil(civilDay(Date.UTC(year + 1, 0, 15)), 0)
      : Date.parse(options.exportedAt);
  const units = unitProfiles(unitCodes, seed);
  const unitCumulative: number[] = [];
  units.reduce((sum, unit) => (unitCumulative.push(sum + unit.volume), sum + unit.volume), 0);
  const monthCumulative: number[] = [];
  MONTH_WEIGHTS.reduce((sum, weight) => (monthCumulative.push(sum + weight), sum + weight), 0);
  const random = seededRandom(seed);
  const chance = (p: number) => random() < p;

  for (let index = 0; index < count; index++) {
    const unit = units[pick(unitCumulative, random)]!;
    const procedure = PROCEDURES[pick(unit.procedureCumulative, random)]!;

    // Channel first: counter and postal dossiers are received in office hours on working days.
    const onlineShare = Math.min(0.97, procedure.online * unit.onlineFactor);
    const channel: DossierChannel = chance(onlineShare)
      ? 'online'
      : chance(0.04)
        ? 'postal'
        : 'counter';
    const month = pick(monthCumulative, random);
    const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    let day = Date.UTC(year, month, 1 + Math.floor(random() * daysInMonth)) / DAY_MS;
    let minutes: number;
    if (channel === 'online') {
      // Online: any day, mostly by day (06:00–23:00), a few at night.
      minutes = chance(0.9) ? 360 + Math.floor(random() * 1020) : Math.floor(random() * 360);
    } else {
      // Office hours 07:30–11:30 and 13:30–17:00 on working days: a weekend draw moves to the
      // Monday, or back to the Friday when that Monday is in the next year.
      if (isWeekend(day)) {
        const monday = nextWorkingDay(day);
        day = yearOf(monday) === year ? monday : day - (weekdayOf(day) === 6 ? 1 : 2);
      }
      minutes = chance(0.55) ? 450 + Math.floor(random() * 240) : 810 + Math.floor(random() * 210);
    }
    const receivedAt = atCivil(day, minutes);

    // Promised: the time limit in working days from the next working day, at 17:00.
    const promisedAt =
      procedure.workingDays === 0
        ? null
        : atCivil(addWorkingDays(nextWorkingDay(day), procedure.workingDays), 17 * 60);

    // Supplements: asked once, or more at weak units; each request pauses the clock.
    let supplementRequests = 0;
    if (chance(Math.min(0.9, unit.supplement * procedure.supplementFactor)))
      supplementRequests = chance(unit.repeated) ? (chance(0.7) ? 2 : 3) : 1;
    let pausedDays = 0;
    for (let request = 0; request < supplementRequests; request++)
      pausedDays += 1 + Math.floor(random() * unit.pausePerRequest * 2);
    if (promisedAt === null) pausedDays = 0;

    // When the result comes: early, on the (extended) promised day, or late.
    let resultAt: number;
    const late = chance(Math.min(0.6, unit.late * procedure.lateFactor));
    if (promisedAt === null) {
      resultAt = receivedAt + (10 + Math.floor(random() * 230)) * MINUTE_MS;
    } else {
      const deadline = promisedAt + pausedDays * DAY_MS;
      const deadlineDayStart = atCivil(civilDay(deadline), 0);
      if (late) {
        resultAt = deadline + (1 + Math.floor(random() * 10 * 24 * 60)) * MINUTE_MS;
      } else if (chance(unit.early) && deadlineDayStart - MINUTE_MS >= receivedAt) {
        resultAt = minuteBetween(random, receivedAt, deadlineDayStart - MINUTE_MS);
      } else {
        resultAt = minuteBetween(
          random,
          Math.max(receivedAt, deadlineDayStart + 450 * MINUTE_MS),
          deadline,
        );
      }
    }

    let status: DossierStatus;
    let finishedAt: number | null = resultAt;
    if (resultAt > exportedAt) {
      status = supplementRequests > 0 && chance(0.4) ? 'awaiting_supplement' : 'processing';
      finishedAt = null;
    } else if (chance(0.015)) {
      status = 'returned';
    } else if (chance(0.005)) {
      status = 'withdrawn';
      finishedAt = null;
    } else {
      status = 'finished';
    }
    const finished = status === 'finished';

    const onlineLevel =
      channel !== 'online'
        ? null
        : chance(procedure.fullOnline * unit.fullOnlineFactor)
          ? ('full' as const)
          : ('partial' as const);
    const paidOnline =
      procedure.hasFee && chance(channel === 'online' ? unit.paidOnline : unit.paidOnline * 0.1);
    const reallyLate = finished && (late || supplementRequests > 1);
    const satisfaction =
      (finished || status === 'returned') &&
      chance(channel === 'online' ? unit.rated * 1.3 : unit.rated)
        ? chance(reallyLate ? Math.min(0.9, unit.dislike * 5) : unit.dislike)
          ? 1 + Math.floor(random() * 2)
          : chance(0.12)
            ? 3
            : chance(0.4)
              ? 4
              : 5
        : null;

    yield {
      code: `${prefix}${year}${String(index + 1).padStart(9, '0')}`,
      unitCode: unit.code,
      procedureCode: procedure.code,
      procedureName: procedure.name,
      field: procedure.field,
      receivedAt: iso(receivedAt),
      promisedAt: promisedAt === null ? null : iso(promisedAt),
      finishedAt: finishedAt === null ? null : iso(finishedAt),
      status,
      channel,
      onlineLevel,
      paidOnline,
      hasFee: procedure.hasFee,
      supplementRequests,
      pausedDays,
      digitisedFile: channel === 'online' ? chance(0.98) : chance(unit.digitisedFile),
      digitisedResult: finished && chance(unit.digitisedResult),
      electronicResult: finished && chance(unit.electronicResult),
      satisfaction,
      complaint: chance(reallyLate ? Math.min(0.5, unit.complaint * 5) : unit.complaint),
    };
  }
}

/** Which units the generator made markedly worse for `seed` (for demos and tests). */
export const weakDossierUnits = (unitCodes: readonly string[], seed = 1): string[] =>
  unitProfiles(unitCodes, seed)
    .filter((unit) => unit.weak)
    .map((unit) => unit.code);
