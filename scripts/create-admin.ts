// Production set-up: `npm run create-admin -- --tenant-code DT --tenant-name "Tỉnh Đồng Tháp"
//   --login quantri --name "Nguyễn Văn A"` and the password on standard input (or PARPLAN_ADMIN_PASSWORD).
// Uses DATABASE_URL, or the embedded database under PARPLAN_DATA_DIR when the app is not running.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../src/server/config';
import { withScriptDatabase } from './script-database';
import { createTenantAdmin } from '../src/server/users/tenant-admin.service';

const { values } = parseArgs({
  options: {
    'tenant-code': { type: 'string' },
    'tenant-name': { type: 'string' },
    login: { type: 'string' },
    name: { type: 'string' },
  },
});

async function readPassword(): Promise<string> {
  if (process.env.PARPLAN_ADMIN_PASSWORD) return process.env.PARPLAN_ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  if (process.stdin.isTTY) process.stdout.write('Mật khẩu (tối thiểu 8 ký tự): ');
  const line = await rl.question('');
  rl.close();
  return line.trim();
}

async function main() {
  const tenantCode = values['tenant-code'];
  const login = values.login;
  const fullName = values.name;
  if (!tenantCode || !login || !fullName) {
    console.error(
      'Cách dùng: npm run create-admin -- --tenant-code DT --tenant-name "Tỉnh Đồng Tháp" --login quantri --name "Họ và tên"',
    );
    process.exit(2);
  }
  const config = loadConfig();
  const password = await readPassword();
  await withScriptDatabase(config, async (db) => {
    const result = await createTenantAdmin(db, {
      tenantCode,
      tenantName: values['tenant-name'] ?? tenantCode,
      login,
      fullName,
      password,
    });
    console.log(
      `Đã tạo quản trị viên «${login}»${result.createdTenant ? ' và đơn vị gốc mới' : ''}.`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
