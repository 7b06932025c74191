// Benchmark: the deadline spike — 500 units' editors, each in their own session, saving and
// submitting their quarterly report at the same moment against one server; against a bare
// Fastify endpoint hit by the same 500 clients in the same run. Prints submissions/s, p99 of a
// save+submit, and errors (which must be 0).
// Usage: npm run bench:deadline-spike [-- --units 500 --rounds 3]
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Agent, request } from 'undici';
import { QUARTERLY_BY_15TH } from '../src/domain/reports/reporting-rule';
import { defaultPlanContent } from '../src/domain/plans/plan-defaults';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { connectDatabase } from '../src/server/db/client';
import { migrateAsOwner } from '../src/server/db/migrate';
import { plans } from '../src/server/db/schema';
import { buildOrganisation, buildSession, buildTenant, buildUser } from '../test/factories';
import { insertTasks } from '../src/server/plans/task.repository';
import { createThrowawayDir, startThrowawayPostgres } from '../test/throwaway-postgres';

const { values } = parseArgs({
  options: { units: { type: 'string', default: '500' }, rounds: { type: 'string', default: '3' } },
});
const unitCount = Number(values.units);
const rounds = Number(values.rounds);

const embedded = await startThrowawayPostgres('parplan-bench-spike-');
const { db, pool } = connectDatabase(embedded.appUrl, 20);
await migrateAsOwner(embedded.ownerUrl, embedded.appRole);

// A province plan with one task per commune, the quarterly regime of sample 000, and one
// editor per commune.
const { tenant, root } = await buildTenant(db, 'Tỉnh Benchmark');
const communes = [];
for (let c = 0; c < unitCount; c++) {
  communes.push(
    await buildOrganisation(db, { tenantId: tenant.id, parentId: root.id, type: 'commune' }),
  );
}
const [plan] = await db
  .insert(plans)
  .values({
    tenantId: tenant.id,
    organisationId: root.id,
    year: 2024,
    status: 'issued',
    reportingRule: QUARTERLY_BY_15TH,
    content: defaultPlanContent(
      { name: 'Tỉnh Benchmark', type: 'province', parent: null },
      2024,
      'Cải cách hành chính',
    ),
  })
  .returning();
await insertTasks(
  db,
  tenant.id,
  plan!.id,
  communes.map((commune, index) => ({
    area: 'Cải cách thủ tục hành chính',
    sectionId: null,
    kind: 'assignment',
    leadGroup: null,
    groupId: null,
    content: `Nhiệm vụ của ${commune.name}`,
    solution: '',
    nodeLinks: [],
    leadOrganisationId: commune.id,
    leadSuggestion: '',
    coordinatingOrganisationIds: [],
    coordinatingNote: '',
    outputKind: 'report',
    outputDescription: '',
    timeframeText: 'Thường xuyên',
    note: '',
    status: 'not_started',
    position: index + 1,
  })),
);

const evidence = createThrowawayDir('parplan-bench-evidence-');
const app = await buildApp({
  config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', EVIDENCE_DIR: evidence.dir }),
  db,
  embedded: true,
  logger: false,
});
await app.listen({ host: '127.0.0.1', port: 0 });
const appUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const bare = Fastify({ logger: false });
bare.post('/bare', async () => ({ ok: true }));
await bare.listen({ host: '127.0.0.1', port: 0 });
const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`;

// One agent with a connection per session, as 500 browsers would have.
const dispatcher = new Agent({ connections: unitCount + 10, pipelining: 1 });

interface Session {
  organisationId: string;
  headers: Record<string, string>;
}
const sessions: Session[] = [];
for (const commune of communes) {
  const editor = await buildUser(db, {
    tenantId: tenant.id,
    homeOrganisationId: commune.id,
    grants: [{ role: 'editor', organisationId: commune.id }],
  });
  const cookie = `parplan_session=${await buildSession(db, editor)}`;
  const me = await request(`${appUrl}/api/auth/me`, { headers: { cookie }, dispatcher });
  const { csrfToken } = (await me.body.json()) as { csrfToken: string };
  // The CSRF token is checked against a secret the same answer sets as a cookie.
  const setCookie = me.headers['set-cookie'];
  const csrfCookies = (Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []).map(
    (line) => line.split(';')[0],
  );
  sessions.push({
    organisationId: commune.id,
    headers: {
      cookie: [cookie, ...csrfCookies].join('; '),
      'x-csrf-token': csrfToken,
      'content-type': 'application/json',
    },
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

let firstError: string | null = null;

/** Runs `work` for every session at once; returns per-session latency (ms) and the error count. */
async function spike(work: (session: Session) => Promise<boolean>) {
  const started = performance.now();
  const results = await Promise.all(
    sessions.map(async (session) => {
      const begin = performance.now();
      const ok = await work(session).catch((error: unknown) => {
        firstError ??= String(error);
        return false;
      });
      return { ok, ms: performance.now() - begin };
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const latencies = results.map((result) => result.ms).sort((a, b) => a - b);
  return {
    perSecond: sessions.length / elapsed,
    p99: percentile(latencies, 99),
    errors: results.filter((result) => !result.ok).length,
  };
}

/** The baseline: two bare POSTs per session (as many requests as a save + submit). */
const bareWork = async () => {
  for (let i = 0; i < 2; i++) {
    const response = await request(bareUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      dispatcher,
    });
    await response.body.dump();
    if (response.statusCode !== 200) throw new Error(`bare: HTTP ${response.statusCode}`);
  }
  return true;
};

/** A unit's save (If-Match "0": its first draft of the period) then submit with an Idempotency-Key. */
const submitWork = (periodKey: string) => async (session: Session) => {
  const url = `${appUrl}/api/plans/${plan!.id}/reports/${periodKey}/${session.organisationId}`;
  const saved = await request(url, {
    method: 'PUT',
    headers: { ...session.headers, 'if-match': '"0"' },
    body: JSON.stringify({ difficulties: 'Thiếu nhân lực', proposals: 'Bổ sung biên chế' }),
    dispatcher,
  });
  const draft = (await saved.body.json()) as { version: number; message?: string };
  if (saved.statusCode !== 200) throw new Error(`save: HTTP ${saved.statusCode} ${draft.message}`);
  const submitted = await request(`${url}/submit`, {
    method: 'POST',
    headers: {
      ...session.headers,
      'if-match': `"${draft.version}"`,
      'idempotency-key': randomUUID(),
    },
    body: '{}',
    dispatcher,
  });
  if (submitted.statusCode !== 200) {
    throw new Error(`submit: HTTP ${submitted.statusCode} ${await submitted.body.text()}`);
  }
  await submitted.body.dump();
  return true;
};

console.log(`${unitCount} sessions at once, ${rounds} rounds (one quarterly period each)`);
await spike(bareWork); // warm-up
const periodKeys = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].slice(0, rounds);
for (const periodKey of periodKeys) {
  const baseline = await spike(bareWork);
  const reports = await spike(submitWork(periodKey));
  console.log(
    `${periodKey}: bare ${baseline.perSecond.toFixed(0)} sessions/s (p99 ${baseline.p99.toFixed(0)} ms, errors ${baseline.errors})` +
      ` | save+submit ${reports.perSecond.toFixed(1)} submissions/s (p99 ${reports.p99.toFixed(0)} ms, errors ${reports.errors})` +
      ` | ratio ${(reports.perSecond / baseline.perSecond).toFixed(3)}`,
  );
  if (reports.errors > 0 || baseline.errors > 0) {
    console.log(`first error: ${firstError ?? 'a non-2xx answer'}`);
    process.exitCode = 1;
  }
}

await dispatcher.close();
await app.close();
await bare.close();
await pool.end();
await embedded.stop();
evidence.remove();
