// Plumbing for tests and benches: counts the statements every pg client in this process sends
// (pool queries and transaction clients alike, BEGIN and COMMIT included) while `work` runs.
import pg from 'pg';

/** Runs `work` and returns its result with the SQL texts sent meanwhile, in order. */
export async function countQueries<T>(
  work: () => Promise<T>,
): Promise<{ result: T; sql: string[] }> {
  const sent: string[] = [];
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    sent.push(
      typeof first === 'string' ? first : String((first as { text?: string } | null)?.text ?? ''),
    );
    return original.apply(this, args);
  };
  try {
    return { result: await work(), sql: sent };
  } finally {
    prototype.query = original;
  }
}
