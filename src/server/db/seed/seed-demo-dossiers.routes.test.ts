// The demo dossiers as a fresh demo meets them on 10/12/2026: written through the import pipeline
// (a finished job), none received after today, rollups for every unit, and the KPI tree showing
// figures that differ between units. Timed: the seed must stay fast (goal < 10 s extra).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { fixedDayClock } from '../../clock';
import { users } from '../schema';
import { createTestApp, TestClient, type TestApp } from '../../../../test/test-app';
import { seedDemoDataIfEmpty } from './seed-demo';
import { DEMO_DOSSIER_COUNT, seedDemoDossiers } from './seed-demo-dossiers';

let t: TestApp;
let written = 0;
let seconds = 0;

beforeAll(async () => {
  t = await createTestApp({}, { today: '2026-12-10' });
  expect(await seedDemoDataIfEmpty(t.db)).toBe(true);
  const started = performance.now();
  written = await seedDemoDossiers(t.db, t.pool, fixedDayClock('2026-12-10'));
  seconds = (performance.now() - started) / 1000;
  console.log(`Hồ sơ mẫu: ${written} trong ${seconds.toFixed(1)} s`);
}, 120_000);
afterAll(() => t.close());

describe('the demo dossiers', () => {
  it('are a 2026 of the demo province up to today, written and rolled up', async () => {
    // The year up to 10/12 is about 94 % of it: most generated dossiers, not all.
    expect(written).toBeGreaterThan(DEMO_DOSSIER_COUNT * 0.85);
    expect(written).toBeLessThan(DEMO_DOSSIER_COUNT);
    const stored = await t.db.execute<{ n: string; last: string; rolled: string }>(sql`
      SELECT count(*) AS n, to_char(max(received_at) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS last,
        (SELECT sum(counts[1]) FROM dossier_rollups) AS rolled
      FROM dossiers`);
    expect(Number(stored.rows[0]!.n)).toBe(written);
    // counts[1] is the "received" counter: the rollups hold every dossier.
    expect(Number(stored.rows[0]!.rolled)).toBe(written);
    expect(stored.rows[0]!.last).toBe('2026-12-10');
  });

  it('give the KPI tree different on-time figures between units', async () => {
    const [user] = await t.db
      .select()
      .from(users)
      .where(and(eq(users.login, 'dongthap.noivu')));
    const focal = await TestClient.signedInAs(t, user!);
    const response = await focal.get('/api/kpis/tree?from=2026-01&to=2026-11');
    expect(response.statusCode).toBe(200);
    const values = (
      response.json() as { units: { kpis: Record<string, { value: number | null }> }[] }
    ).units
      .map((unit) => unit.kpis.on_time?.value)
      .filter((value): value is number => typeof value === 'number');
    expect(values.length).toBeGreaterThan(5);
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(1);
  });
});
