// `parplan create-admin`, `parplan migrate`, `parplan import organisations FILE`.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Config } from '../../config';
import { createTenantAdmin } from '../../users/tenant-admin.service';
import { importOrganisations } from '../../organisations/organisation.service';
import { countAppliedMigrations } from '../cli.repository';
import { connectDatabase } from '../../db/client';
import { withCliDatabase } from '../cli-database';
import { cliContext } from '../cli-actor';
import { CliError, EXIT } from '../cli-io';
import type { CommandResult } from './command-result';

/** Creates a province's administrator (and the province when its code is new). */
export async function runCreateAdmin(
  config: Config,
  input: {
    tenantCode: string;
    tenantName?: string;
    login: string;
    fullName: string;
    password: string;
    progress: (line: string) => void;
  },
): Promise<CommandResult> {
  if (input.password.trim() === '')
    throw new CliError(
      EXIT.usage,
      'Thiếu mật khẩu: đặt PARPLAN_ADMIN_PASSWORD hoặc gửi qua stdin.',
    );
  const result = await withCliDatabase(
    config,
    async ({ db }) => {
      try {
        return await createTenantAdmin(db, {
          tenantCode: input.tenantCode,
          tenantName: input.tenantName ?? input.tenantCode,
          login: input.login,
          fullName: input.fullName,
          password: input.password.trim(),
        });
      } catch (error) {
        // The service's refusals (weak password, login taken) are about the input.
        if (error instanceof Error && !('code' in error))
          throw new CliError(EXIT.invalidInput, error.message);
        throw error;
      }
    },
    { progress: input.progress },
  );
  return {
    lines: [
      `Đã tạo quản trị viên «${input.login}»${result.createdTenant ? ' và đơn vị gốc mới' : ''}.`,
    ],
    json: result,
  };
}

/** Brings the schema up to date. */
export async function runMigrate(
  config: Config,
  progress: (line: string) => void,
): Promise<CommandResult> {
  // The migrations' own table belongs to the owner: the app role may not read it.
  const applied = await withCliDatabase(
    config,
    async ({ ownerUrl }) => {
      const owner = connectDatabase(ownerUrl, 1);
      try {
        return await countAppliedMigrations(owner.db);
      } finally {
        await owner.pool.end();
      }
    },
    { progress },
  );
  return { lines: [`Cơ sở dữ liệu đã cập nhật: ${applied} migration.`], json: { applied } };
}

/** Imports the organisation tree of `tenantCode` from `file` (all rows or none). */
export async function runImportOrganisations(
  config: Config,
  input: { file: string; tenantCode: string; dryRun: boolean; progress: (line: string) => void },
): Promise<CommandResult> {
  const buffer = await readFile(input.file).catch(() => {
    throw new CliError(EXIT.usage, `Không đọc được tệp ${input.file}.`);
  });
  const result = await withCliDatabase(
    config,
    ({ db }) =>
      db.transaction(async (tx) => {
        const ctx = await cliContext(tx, {
          tenantCode: input.tenantCode,
          command: 'import-organisations',
          clock: config.clock,
        });
        return importOrganisations(
          tx,
          ctx.actor,
          { buffer, fileName: basename(input.file) },
          input.dryRun,
          ctx.audit,
        );
      }),
    { progress: input.progress },
  );
  return {
    lines: [
      result.dryRun
        ? `Chạy thử: ${result.rows} dòng hợp lệ, sẽ tạo ${result.created} đơn vị; chưa ghi gì.`
        : `Đã nhập ${result.rows} dòng: tạo ${result.created} đơn vị.`,
    ],
    json: result,
  };
}
