// The `parplan` CLI: help in both languages and exit codes from the real process (bin/parplan.mjs
// through tsx); migrate, check, create-admin, import organisations|results and export results|tasks through `run()` against the
// test database (DATABASE_URL), each on good and bad input; an unreachable database exits 4.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { defaultPlanContent } from '@domain/plans/plan-defaults';
import { auditEvents, organisations, plans, unitResults, users } from '../db/schema';
import { buildOrganisation, buildTenant } from '../../../test/factories';
import { buildFrameworkRow } from '../../../test/framework-factories';
import { MIGRATIONS_FOLDER } from '../db/migrate';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { run } from './cli-program';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'parplan.mjs');
let t: TestDatabase;
let tenantCode: string;
let tenantId: string;
let rootCode: string;
let rootId: string;
let folder: string;
beforeAll(async () => {
  t = await createTestDatabase();
  const { tenant, root } = await buildTenant(t.db, 'Tỉnh Thử CLI');
  rootCode = root.code;
  rootId = root.id;
  tenantCode = tenant.code;
  tenantId = tenant.id;
  folder = mkdtempSync(join(tmpdir(), 'parplan-cli-'));
});
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await t.drop();
});

/** Runs `parplan argv` in this process with captured streams. */
async function cli(argv: string[], env: Record<string, string | undefined> = {}, stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: t.url,
      DATABASE_OWNER_URL: t.ownerUrl,
      PARPLAN_DATA_DIR: folder,
      LANG: 'C.UTF-8',
      ...env,
    },
    readStdin: () => Promise.resolve(stdin),
  });
  return { code, stdout, stderr };
}

/** Runs the real bin as a child process. */
function spawnCli(argv: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', LANG: 'C.UTF-8', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the parplan process', () => {
  it('prints Vietnamese help with the exit codes and exits 0', async () => {
    const { code, stdout } = await spawnCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('sao lưu trực tuyến cơ sở dữ liệu và tệp minh chứng');
    expect(stdout).toContain('Mã thoát: 0 thành công · 1 lỗi · 2 dùng sai lệnh');
  }, 60_000);

  it('prints English help with --lang en or an English LANG', async () => {
    const flag = await spawnCli(['restore', '--help', '--lang', 'en']);
    expect(flag.code).toBe(0);
    expect(flag.stdout).toContain('restore a backup into a NEW data directory');
    const locale = await spawnCli(['--help'], { LANG: 'en_GB.UTF-8' });
    expect(locale.stdout).toContain('Exit codes: 0 ok · 1 failure · 2 bad usage');
  }, 60_000);

  it('exits 2 on an unknown command and on a missing option', async () => {
    expect((await spawnCli(['sao-luu'])).code).toBe(2);
    const missing = await spawnCli(['backup']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--out');
  }, 60_000);

  it('refuses to restore into a non-empty data directory without --force (exit 2)', async () => {
    const dataDir = join(folder, 'khong-trong');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'cu.txt'), 'dữ liệu cũ');
    const { code, stderr } = await spawnCli(['restore', join(folder, 'khong-co.tar.gz')], {
      PARPLAN_DATA_DIR: dataDir,
    });
    expect(code).toBe(2);
    expect(stderr).toContain('không trống');
    expect(readFileSync(join(dataDir, 'cu.txt'), 'utf8')).toBe('dữ liệu cũ');
  }, 60_000);
});

describe('parplan migrate and check', () => {
  it('migrates and reports the number of migrations as JSON', async () => {
    const journal = JSON.parse(
      readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
    ) as { entries: unknown[] };
    const { code, stdout, stderr } = await cli(['migrate', '--json']);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ applied: journal.entries.length });
  });

  it('checks the database, its version and the migrations', async () => {
    const { stdout } = await cli(['check', '--json']);
    const result = JSON.parse(stdout) as { checks: { name: string; ok: boolean }[] };
    const byName = Object.fromEntries(result.checks.map((check) => [check.name, check.ok]));
    expect(byName).toMatchObject({ config: true, postgresql: true, migrations: true });
  });

  it('exits 4 when the database cannot be reached', async () => {
    const unreachable = {
      DATABASE_URL: 'postgres://ai:sai@127.0.0.1:1/parplan',
      DATABASE_OWNER_URL: undefined,
    };
    const check = await cli(['check'], unreachable);
    expect(check.code).toBe(4);
    expect(check.stdout).toContain('✗ postgresql');
    const migrate = await cli(['migrate'], unreachable);
    expect(migrate.code).toBe(4);
    expect(migrate.stderr).toContain('Không kết nối được cơ sở dữ liệu');
  });

  it('exits 1 on an invalid configuration, naming the variable', async () => {
    const { code, stderr } = await cli(['migrate'], { PORT: 'mot-nghin' });
    expect(code).toBe(1);
    expect(stderr).toContain('PORT');
  });
});

describe('parplan create-admin', () => {
  it('creates the administrator with the password from stdin', async () => {
    const { code, stdout } = await cli(
      [
        'create-admin',
        '--tenant-code',
        tenantCode,
        '--login',
        'quantri.cli',
        '--name',
        'Nguyễn Văn A',
      ],
      {},
      'Mat-Khau#Dai-2026\n',
    );
    expect(code, stdout).toBe(0);
    expect(stdout).toBe('Đã tạo quản trị viên «quantri.cli».\n');
    expect(await t.db.select().from(users).where(eq(users.login, 'quantri.cli'))).toHaveLength(1);
  });

  it('exits 3 on a weak password and 2 without --login', async () => {
    const weak = await cli(
      ['create-admin', '--tenant-code', tenantCode, '--login', 'quantri.yeu', '--name', 'Trần B'],
      { PARPLAN_ADMIN_PASSWORD: '123' },
    );
    expect(weak.code).toBe(3);
    expect(await t.db.select().from(users).where(eq(users.login, 'quantri.yeu'))).toHaveLength(0);
    const usage = await cli(['create-admin', '--tenant-code', tenantCode, '--name', 'Trần B']);
    expect(usage.code).toBe(2);
  });
});

describe('parplan import organisations', () => {
  const HEADER = 'Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Hiệu lực từ';
  const write = (name: string, ...rows: string[]) => {
    const file = join(folder, name);
    writeFileSync(file, [HEADER, ...rows].join('\n') + '\n');
    return file;
  };
  const codesLike = async (prefix: string) =>
    (
      await t.db
        .select({ code: organisations.code })
        .from(organisations)
        .where(and(eq(organisations.tenantId, tenantId), like(organisations.code, `${prefix}%`)))
    ).map((row) => row.code);

  it('exits 3 listing the bad row and writes nothing', async () => {
    const file = write(
      'sai.csv',
      `CLI-H1,Huyện Một,Huyện,${rootCode},01/07/2025`,
      'CLI-X1,Xã Một,Xã,KHONG-CO-MA,01/07/2025',
    );
    const { code, stderr } = await cli(['import', 'organisations', file, '--tenant', tenantCode]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/\[parentCode\] Dòng 3: /);
    expect(await codesLike('CLI-')).toEqual([]);
  });

  it('imports every row in one transaction, audited as the CLI', async () => {
    const file = write(
      'dung.csv',
      `CLI-H2,Huyện Hai,Huyện,${rootCode},01/07/2025`,
      'CLI-X2,Xã Hai,Xã,CLI-H2,01/07/2025',
    );
    const { code, stdout } = await cli([
      'import',
      'organisations',
      file,
      '--tenant',
      tenantCode,
      '--json',
    ]);
    expect(code, stdout).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ created: 2, dryRun: false });
    expect((await codesLike('CLI-')).sort()).toEqual(['CLI-H2', 'CLI-X2']);
    const audited = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.tenantId, tenantId),
          eq(auditEvents.requestId, 'cli:import-organisations'),
        ),
      );
    expect(audited.length).toBeGreaterThan(0);
  });

  it('exits 2 for an unknown province', async () => {
    const file = write('tinh.csv', 'CLI-H3,Huyện Ba,Huyện,,01/07/2025');
    const { code, stderr } = await cli(['import', 'organisations', file, '--tenant', 'KHONG-CO']);
    expect(code).toBe(2);
    expect(stderr).toContain('Không có tỉnh mã «KHONG-CO»');
  });
});

describe('parplan import results / export results / export tasks', () => {
  const FRAMEWORK = 'PAR-CLI-2023';
  const workbook = async (name: string, unitCode: string, scores: [number, number]) => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Kết quả');
    sheet.addRow(['Mã tiêu chí', 'Nội dung', 'Điểm tối đa', unitCode]);
    sheet.addRow(['1', 'Lĩnh vực 1', 60, scores[0]]);
    sheet.addRow(['2', 'Lĩnh vực 2', 40, scores[1]]);
    const file = join(folder, name);
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    return file;
  };
  const resultCount = async () =>
    (await t.db.select().from(unitResults).where(eq(unitResults.tenantId, tenantId))).length;

  beforeAll(async () => {
    await buildOrganisation(t.db, {
      tenantId,
      parentId: rootId,
      code: 'CLI-SO',
      name: 'Sở Thử CLI',
      type: 'department',
    });
    await buildFrameworkRow(t.db, { tenantId, ownerOrganisationId: rootId, code: FRAMEWORK });
  });

  it('import results: exits 3 naming the unknown unit, writes nothing', async () => {
    const file = await workbook('sai.xlsx', 'KHONG-CO-DON-VI', [50, 30]);
    const { code, stderr } = await cli([
      'import',
      'results',
      file,
      '--tenant',
      tenantCode,
      '--framework',
      FRAMEWORK,
    ]);
    expect(code, stderr).toBe(3);
    expect(stderr).toContain('KHONG-CO-DON-VI');
    expect(await resultCount()).toBe(0);
  });

  it('import results: exits 2 on an unknown framework or score column', async () => {
    const file = await workbook('khung.xlsx', 'CLI-SO', [50, 30]);
    const base = ['import', 'results', file, '--tenant', tenantCode];
    const unknown = await cli([...base, '--framework', 'KHONG-CO']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có bộ chỉ số mã «KHONG-CO»');
    const field = await cli([...base, '--framework', FRAMEWORK, '--field', 'diem']);
    expect(field.code).toBe(2);
    expect(await resultCount()).toBe(0);
  });

  it('import results: a dry run writes nothing, the real run writes 80 of 100 points', async () => {
    const file = await workbook('dung.xlsx', 'CLI-SO', [50, 30]);
    const base = ['import', 'results', file, '--tenant', tenantCode, '--framework', FRAMEWORK];
    const dry = await cli([...base, '--dry-run', '--json']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      dryRun: true,
      units: [{ totals: { score: 80 } }],
    });
    expect(await resultCount()).toBe(0);
    const real = await cli([
      ...base,
      '--decision-number',
      '12/QĐ-UBND',
      '--decision-date',
      '2024-02-20',
    ]);
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout).toContain('Đã nhập kết quả của 1 đơn vị');
    expect(await resultCount()).toBe(1);
  });

  it('export results: the ranking as .xlsx with the imported unit; exit 2 on an unknown framework', async () => {
    const out = join(folder, 'xep-hang.xlsx');
    const { code, stdout } = await cli([
      'export',
      'results',
      '--tenant',
      tenantCode,
      '--framework',
      FRAMEWORK,
      '--out',
      out,
      '--json',
    ]);
    expect(code, stdout).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ out });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const cells: string[] = [];
    book.worksheets[0]!.eachRow((row) => cells.push(row.values!.toString()));
    expect(cells.join('\n')).toContain('Sở Thử CLI');
    const unknown = await cli([
      'export',
      'results',
      '--tenant',
      tenantCode,
      '--framework',
      'X',
      '-o',
      out,
    ]);
    expect(unknown.code).toBe(2);
  });

  it("export tasks: a plan's tasks as .xlsx; exit 2 on a malformed or unknown plan id", async () => {
    const [plan] = await t.db
      .insert(plans)
      .values({
        tenantId,
        organisationId: rootId,
        year: 2024,
        content: defaultPlanContent(
          { name: 'Tỉnh Thử CLI', type: 'province', parent: null },
          2024,
          'Cải cách hành chính',
        ),
      })
      .returning();
    const out = join(folder, 'nhiem-vu.xlsx');
    const base = ['export', 'tasks', '--tenant', tenantCode, '--out', out];
    const done = await cli([...base, '--plan', plan!.id]);
    expect(done.code, done.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await cli([...base, '--plan', 'abc'])).code).toBe(2);
    const unknown = await cli([...base, '--plan', '00000000-0000-4000-8000-000000000000']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có kế hoạch');
  });
});
