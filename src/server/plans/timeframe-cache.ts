// Plumbing: timeframe texts repeat across a plan's tasks ("Thường xuyên", "Quý I, II/2024"), and
// lists, summaries and reports read them on every request: parse each (text, year) once.
import { parseTimeframe } from '@domain/plans/parse-timeframe';
import type { Timeframe } from '@domain/plans/timeframe';

const MAX_ENTRIES = 10_000;
const cache = new Map<string, Timeframe>();

/** parseTimeframe(text, { defaultYear: year }), remembered (the oldest entries go first past 10,000). */
export function readTimeframe(text: string, year: number): Timeframe {
  const key = `${year}\u0000${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const parsed = parseTimeframe(text, { defaultYear: year });
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, parsed);
  return parsed;
}
