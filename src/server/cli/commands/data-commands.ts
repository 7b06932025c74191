// `parplan import results FILE`, `parplan export results`, `parplan export tasks`: the same
// services as the web's import and download buttons, acting as the CLI (cli-actor.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { IMPORT_SCORE_FIELDS } from '@contract/results';
import type { Config } from '../../config';
import type { ServiceContext } from '../../http/service-context';
import { AppError } from '../../http/app-error';
import { findFrameworkByCode } from '../../frameworks/framework.repository';
import { importResults } from '../../results/result-import.service';
import { exportRanking } from '../../results/result-export.service';
import { planTasksXlsx } from '../../plans/plan-document.service';
import { withCliDatabase } from '../cli-database';
import { cliContext } from '../cli-actor';
import { CliError, EXIT } from '../cli-io';
import type { CommandResult } from './command-result';

type ScoreField = (typeof IMPORT_SCORE_FIELDS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Runs `work` as the CLI on province `tenantCode`, in one transaction. */
function asCli<T>(
  config: Config,
  input: { tenantCode: string; command: string; progress: (line: string) => void },
  work: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  return withCliDatabase(
    config,
    ({ db }) =>
      db.transaction(async (tx) =>
        work(
          await cliContext(tx, {
            tenantCode: input.tenantCode,
            command: input.command,
            clock: config.clock,
          }),
        ),
      ),
    { progress: input.progress },
  );
}

/** The framework (bộ chỉ số) of the CLI's province with this code, or exit 2. */
async function frameworkIdOf(ctx: ServiceContext, code: string): Promise<string> {
  const framework = await findFrameworkByCode(ctx.db, ctx.actor.tenantId, code);
  if (!framework) throw new CliError(EXIT.usage, `Không có bộ chỉ số mã «${code}» trong tỉnh.`);
  return framework.id;
}

/** Imports (or checks, with --dry-run) a results workbook: every unit or none. */
export async function runImportResults(
  config: Config,
  input: {
    file: string;
    tenantCode: string;
    frameworkCode: string;
    dryRun: boolean;
    field: string;
    decisionNumber?: string;
    decisionDate?: string;
    progress: (line: string) => void;
  },
): Promise<CommandResult> {
  if (!(IMPORT_SCORE_FIELDS as readonly string[]).includes(input.field))
    throw new CliError(
      EXIT.usage,
      `--field phải là một trong: ${IMPORT_SCORE_FIELDS.join(', ')} (nhận «${input.field}»).`,
    );
  if (input.decisionDate !== undefined && !ISO_DAY.test(input.decisionDate))
    throw new CliError(EXIT.usage, '--decision-date phải có dạng YYYY-MM-DD.');
  const buffer = await readFile(input.file).catch(() => {
    throw new CliError(EXIT.usage, `Không đọc được tệp ${input.file}.`);
  });
  const result = await asCli(
    config,
    { tenantCode: input.tenantCode, command: 'import-results', progress: input.progress },
    async (ctx) =>
      importResults(ctx, {
        frameworkId: await frameworkIdOf(ctx, input.frameworkCode),
        file: { buffer, fileName: basename(input.file) },
        dryRun: input.dryRun,
        field: input.field as ScoreField,
        source: input.decisionNumber
          ? { decisionNumber: input.decisionNumber, decisionDate: input.decisionDate ?? null }
          : null,
      }),
  );
  const units = result.units.length;
  return {
    lines: [
      result.dryRun
        ? `Chạy thử: ${result.rows} dòng hợp lệ, kết quả của ${units} đơn vị; chưa ghi gì.`
        : `Đã nhập kết quả của ${units} đơn vị (${result.rows} dòng).`,
    ],
    json: result,
  };
}

/** Writes `body` to `out` and says so. */
async function written(out: string, body: Buffer, what: string): Promise<CommandResult> {
  await writeFile(out, body).catch((error: Error) => {
    throw new CliError(EXIT.failure, `Không ghi được tệp ${out}: ${error.message}`);
  });
  return { lines: [`Đã ghi ${what} vào ${out}.`], json: { out, bytes: body.length } };
}

/** The ranking (bảng xếp hạng) of a framework over the whole province, as .xlsx. */
export async function runExportResults(
  config: Config,
  input: {
    tenantCode: string;
    frameworkCode: string;
    out: string;
    progress: (line: string) => void;
  },
): Promise<CommandResult> {
  const file = await asCli(
    config,
    { tenantCode: input.tenantCode, command: 'export-results', progress: input.progress },
    async (ctx) =>
      exportRanking(ctx, {
        frameworkId: await frameworkIdOf(ctx, input.frameworkCode),
        organisationId: ctx.resource!.organisationId!,
      }),
  );
  return written(input.out, file.body, 'bảng xếp hạng');
}

/** A plan's tasks (nhiệm vụ) as .xlsx, the plan named by its id (as in the web address). */
export async function runExportTasks(
  config: Config,
  input: { tenantCode: string; planId: string; out: string; progress: (line: string) => void },
): Promise<CommandResult> {
  if (!UUID.test(input.planId))
    throw new CliError(EXIT.usage, `--plan phải là mã kế hoạch (uuid), nhận «${input.planId}».`);
  const file = await asCli(
    config,
    { tenantCode: input.tenantCode, command: 'export-tasks', progress: input.progress },
    (ctx) =>
      planTasksXlsx(ctx, { planId: input.planId }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND')
          throw new CliError(EXIT.usage, `Không có kế hoạch mã «${input.planId}» trong tỉnh.`);
        throw error;
      }),
  );
  return written(input.out, file.body, 'danh sách nhiệm vụ');
}
