// Test plumbing: the meaning-carrying fields of a parsed timeframe, to compare with a hand reading.
import type { TimeframeReading } from './timeframe-corpus.fixture';
import type { Timeframe } from './timeframe';

/** The fields of a timeframe a hand reading states (no `text`, no derived due dates). */
export function readingOf(timeframe: Timeframe): TimeframeReading {
  switch (timeframe.kind) {
    case 'deadline':
    case 'day':
      return { kind: timeframe.kind, due: timeframe.due };
    case 'month':
      return { kind: 'month', year: timeframe.year, month: timeframe.month };
    case 'quarters':
      return { kind: 'quarters', year: timeframe.year, quarters: timeframe.quarters };
    case 'part_of_year':
      return { kind: 'part_of_year', from: timeframe.from, due: timeframe.due };
    case 'year':
      return { kind: 'year', year: timeframe.year };
    case 'recurring': {
      const { kind, cadence, timesPerPeriod, dueMonthOfPeriod, dueDay, start, end, year } =
        timeframe;
      return withoutUndefined({
        kind,
        cadence,
        timesPerPeriod,
        dueMonthOfPeriod,
        dueDay,
        start,
        end,
        year,
      });
    }
    case 'ongoing':
      return withoutUndefined({ kind: 'ongoing', year: timeframe.year });
    case 'open_ended':
      return withoutUndefined({ kind: 'open_ended', from: timeframe.from, to: timeframe.to });
    case 'event':
    case 'external':
    case 'not_stated':
    case 'unknown':
      return { kind: timeframe.kind };
  }
}

function withoutUndefined(reading: TimeframeReading): TimeframeReading {
  return Object.fromEntries(
    Object.entries(reading).filter(([, value]) => value !== undefined),
  ) as unknown as TimeframeReading;
}
