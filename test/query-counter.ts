// Plumbing for tests and benches: counts the statements pg clients send (pool queries and
// transaction clients alike, BEGIN and COMMIT included) on behalf of `work` — its own async
// context, so a timer's query running meanwhile (the e-mail outbox poll) is not counted.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

const context = new AsyncLocalStorage<string[]>();
/** Set while `{ anyContext: true }` counting runs: requests over real HTTP start their own context. */
let everywhere: string[] | null = null;
const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
const original = prototype.query;
let installed = false;

/**
 * Runs `work` and returns its result with the SQL texts it sent, in order; with `anyContext`,
 * every statement of the process meanwhile (a bench's request over HTTP, nothing else running).
 */
export async function countQueries<T>(
  work: () => Promise<T>,
  options: { anyContext?: boolean } = {},
): Promise<{ result: T; sql: string[] }> {
  if (!installed) {
    installed = true;
    prototype.query = function (this: unknown, ...args: unknown[]) {
      const first = args[0];
      (everywhere ?? context.getStore())?.push(
        typeof first === 'string' ? first : String((first as { text?: string } | null)?.text ?? ''),
      );
      return original.apply(this, args);
    };
  }
  const sent: string[] = [];
  if (options.anyContext) everywhere = sent;
  try {
    return { result: await context.run(sent, work), sql: sent };
  } finally {
    everywhere = null;
  }
}
