import { describe, expect, it } from 'vitest';
import { parseTimeframe } from './parse-timeframe';
import { TIMEFRAME_CORPUS, type CorpusEntry } from './timeframe-corpus.fixture';
import { readingOf } from './timeframe-reading.test-helper';

/** Tỷ lệ đọc đúng tối thiểu: the acceptance figure. */
const REQUIRED_RATE = 0.98;

function misses(entries: readonly CorpusEntry[]) {
  return entries
    .map((entry) => ({
      entry,
      read: readingOf(parseTimeframe(entry.text, { defaultYear: entry.year })),
    }))
    .filter(
      ({ entry, read }) => JSON.stringify(sorted(read)) !== JSON.stringify(sorted(entry.expected)),
    );
}

function sorted(reading: object): object {
  return Object.fromEntries(Object.entries(reading).sort(([a], [b]) => a.localeCompare(b)));
}

describe('the timeframe corpus (kho cụm từ thời gian thực hiện)', () => {
  it('holds at least 300 distinct phrases, none twice from the same document and plan year', () => {
    const perDocument = new Set(
      TIMEFRAME_CORPUS.map((entry) => `${entry.source}|${entry.year}|${entry.text}`),
    );
    expect(perDocument.size).toBe(TIMEFRAME_CORPUS.length);
    expect(new Set(TIMEFRAME_CORPUS.map((entry) => entry.text)).size).toBeGreaterThanOrEqual(300);
  });

  it(`reads at least ${REQUIRED_RATE * 100} % of the phrases as written by hand, and each origin too`, () => {
    const report: string[] = [];
    for (const origin of ['sample', 'public', 'variant', 'all'] as const) {
      const entries = TIMEFRAME_CORPUS.filter(
        (entry) => origin === 'all' || entry.origin === origin,
      );
      const missed = misses(entries);
      const rate = 1 - missed.length / entries.length;
      report.push(
        `${origin}: ${entries.length - missed.length}/${entries.length} (${(rate * 100).toFixed(1)} %)`,
      );
      for (const { entry, read } of missed) {
        if (origin !== 'all') {
          report.push(
            `  miss "${entry.text}" (${entry.year}): read ${JSON.stringify(read)}, hand ${JSON.stringify(entry.expected)}`,
          );
        }
      }
      expect.soft(rate, `${origin} rate`).toBeGreaterThanOrEqual(REQUIRED_RATE);
    }
    console.info(report.join('\n'));
  });

  it('keeps every text verbatim, and flags exactly the unknown ones for review', () => {
    for (const entry of TIMEFRAME_CORPUS) {
      const timeframe = parseTimeframe(entry.text, { defaultYear: entry.year });
      expect(timeframe.text).toBe(entry.text);
      expect('needsReview' in timeframe).toBe(timeframe.kind === 'unknown');
    }
  });
});
