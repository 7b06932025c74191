// Plumbing of the `parplan` CLI: where it writes (results on stdout, progress on stderr), its exit
// codes, and the one error type that carries an exit code.
import { AppError } from '../http/app-error';
import { EmbeddedPostgresError } from '../db/embedded-postgres-error';
import { DataDirLockedError } from '../db/data-dir-lock';

/** Exit codes of every subcommand (listed in `parplan --help` and the README). */
export const EXIT = {
  ok: 0,
  /** Anything else went wrong (the message says what). */
  failure: 1,
  /** Bad usage: unknown option, missing argument, restore target not empty without --force. */
  usage: 2,
  /** The input file has errors (each printed with its row number); nothing was written. */
  invalidInput: 3,
  /** The database cannot be reached (connection refused, wrong password, embedded server failed). */
  database: 4,
} as const;

/** An error the CLI prints as its message alone and exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** What a run reads and writes: injectable so tests capture it. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Reads standard input to its end (the password of create-admin). */
  readStdin: () => Promise<string>;
}

/** The process's own streams. */
export function processIo(): CliIo {
  // `parplan … | head`: a reader that stops early closes the pipe; end quietly as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

const DATABASE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  '28P01',
  '28000',
  '3D000',
]);

/** The exit code and printable message of any error a subcommand threw. */
export function describeFailure(error: unknown): { exitCode: number; message: string } {
  if (error instanceof CliError) return { exitCode: error.exitCode, message: error.message };
  if (error instanceof AppError && error.code === 'VALIDATION_FAILED') {
    const lines = (error.details ?? []).map(
      (detail) =>
        `  ${detail.row !== undefined && !detail.message.startsWith('Dòng ') ? `Dòng ${detail.row}: ` : ''}${detail.field ? `[${detail.field}] ` : ''}${detail.message}`,
    );
    return { exitCode: EXIT.invalidInput, message: [error.message, ...lines].join('\n') };
  }
  if (error instanceof EmbeddedPostgresError)
    return { exitCode: EXIT.database, message: error.message };
  if (error instanceof DataDirLockedError)
    return { exitCode: EXIT.failure, message: error.message };
  // Drizzle wraps the driver's error in `cause`; Node's connection errors may be an AggregateError.
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const code = (cause as { code?: string }).code;
    if (code && DATABASE_CODES.has(code))
      return {
        exitCode: EXIT.database,
        message: `Không kết nối được cơ sở dữ liệu: ${(cause as Error).message || code}`,
      };
  }
  return {
    exitCode: EXIT.failure,
    message: error instanceof Error ? error.message : String(error),
  };
}
