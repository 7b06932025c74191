// Benchmark: five read endpoints through the whole app (session, CSRF/helmet hooks, target lookup
// and can(), zod validation and serialisation) against, in the same process, a bare Fastify
// route per endpoint that calls the same service function with the same parameters — so the same
// SQL and the same presentation — from a context built once (no session, no permission check, no
// zod), serialised by JSON.stringify. The two answers are compared (deep equality) before timing.
// Data: a province of 501 units, an issued plan of 440 tasks, results of all 100 communes.
// Prints, per endpoint and connection count: req/s ours and bare, ratio, p99 ours/bare, queries
// per request ours/bare, the bare route's mean latency by Little's law (connections ÷ req/s: a
// floor no layer on top can beat), and the goal (≥ 0.7× bare req/s and p99 < 50 ms at 100
// connections).
// Usage: npm run bench:api [-- --seconds 5 --connections 10,100 --session-cache 5]
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { isDeepStrictEqual } from 'node:util';
import { parseArgs } from 'node:util';
import type { Actor } from '../src/domain/permissions/can';
import { QUARTERLY_BY_15TH } from '../src/domain/reports/reporting-rule';
import { defaultPlanContent } from '../src/domain/plans/plan-defaults';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { connectDatabase } from '../src/server/db/client';
import { migrateAsOwner } from '../src/server/db/migrate';
import { plans } from '../src/server/db/schema';
import { buildOrganisation, buildSession, buildTenant, buildUser } from '../test/factories';
import type { ServiceContext } from '../src/server/http/service-context';
import { findOrganisationPath } from '../src/server/organisations/organisation-path.repository';
import { listReadableOrganisations } from '../src/server/organisations/organisation.service';
import { organisationListAbilities } from '../src/server/organisations/organisation-abilities';
import { getPlanDetail } from '../src/server/plans/plan.service';
import { insertTasks } from '../src/server/plans/task.repository';
import { listMyTasks } from '../src/server/plans/task.service';
import { getReportingOverview } from '../src/server/reports/reporting.service';
import { getRanking } from '../src/server/results/ranking.service';
import { buildFrameworkRow, buildUnitResult } from '../test/framework-factories';
import { countQueries } from '../test/query-counter';
import { startThrowawayPostgres } from '../test/throwaway-postgres';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10,100' },
    /** SESSION_CACHE_SECONDS of the app (0: read the session on every request, as before). */
    'session-cache': { type: 'string', default: '5' },
  },
});
const duration = Number(values.seconds);
const connectionCounts = values.connections.split(',').map(Number);
const TODAY = '2024-08-20';

const embedded = await startThrowawayPostgres('parplan-bench-');
const { db, pool } = connectDatabase(embedded.appUrl, 20);
await migrateAsOwner(embedded.ownerUrl, embedded.appRole);

// A province shaped like a real one after 2025: 20 departments with 4 offices each, 100 communes
// with 3 officer posts (501 units).
const { tenant, root } = await buildTenant(db, 'Tỉnh Benchmark');
type Unit = Awaited<ReturnType<typeof buildOrganisation>>;
const departments: Unit[] = [];
const communes: Unit[] = [];
for (let d = 0; d < 20; d++) {
  const department = await buildOrganisation(db, {
    tenantId: tenant.id,
    parentId: root.id,
    type: 'department',
  });
  departments.push(department);
  for (let s = 0; s < 4; s++)
    await buildOrganisation(db, { tenantId: tenant.id, parentId: department.id, type: 'sub_unit' });
}
for (let c = 0; c < 100; c++) {
  const commune = await buildOrganisation(db, {
    tenantId: tenant.id,
    parentId: root.id,
    type: 'commune',
  });
  communes.push(commune);
  for (let s = 0; s < 3; s++)
    await buildOrganisation(db, { tenantId: tenant.id, parentId: commune.id, type: 'sub_unit' });
}

// The province's issued plan: 12 tasks per department, 2 per commune, each department task with
// two communes coordinating (440 tasks).
const [plan] = await db
  .insert(plans)
  .values({
    tenantId: tenant.id,
    organisationId: root.id,
    year: 2024,
    status: 'issued',
    issuedAt: new Date('2024-01-15T08:00:00Z'),
    reportingRule: QUARTERLY_BY_15TH,
    content: defaultPlanContent(
      { name: 'Tỉnh Benchmark', type: 'province', parent: null },
      2024,
      'Cải cách hành chính',
    ),
  })
  .returning();
const leads = [
  ...departments.flatMap((department, d) =>
    Array.from({ length: 12 }, (_, i) => ({
      lead: department.id,
      coordinating: [communes[(d * 5 + i) % 100]!.id, communes[(d * 5 + i + 1) % 100]!.id],
    })),
  ),
  ...communes.flatMap((commune) =>
    Array.from({ length: 2 }, () => ({ lead: commune.id, coordinating: [] as string[] })),
  ),
];
await insertTasks(
  db,
  tenant.id,
  plan!.id,
  leads.map((task, index) => ({
    area: index % 2 ? 'Cải cách thủ tục hành chính' : 'Chuyển đổi số',
    sectionId: null,
    kind: 'assignment',
    leadGroup: null,
    groupId: null,
    content: `Nhiệm vụ số ${index + 1} của kế hoạch`,
    solution: '',
    nodeLinks: [],
    leadOrganisationId: task.lead,
    leadSuggestion: '',
    coordinatingOrganisationIds: task.coordinating,
    coordinatingNote: '',
    outputKind: 'report',
    outputDescription: '',
    timeframeText: index % 3 ? 'Quý II/2024' : 'Thường xuyên',
    note: '',
    status: 'not_started',
    position: index + 1,
  })),
);

// Bộ chỉ số cấp xã with a result for every commune.
const framework = await buildFrameworkRow(db, {
  tenantId: tenant.id,
  ownerOrganisationId: root.id,
  unitTypes: ['commune'],
  year: 2023,
});
for (const [index, commune] of communes.entries()) {
  await buildUnitResult(db, {
    framework,
    organisationId: commune.id,
    entries: [
      { nodeCode: '1', appraisedScore: 30 + (index % 30) },
      { nodeCode: '2', appraisedScore: 10 + ((index * 7) % 30) },
    ],
  });
}

const admin = await buildUser(db, {
  tenantId: tenant.id,
  homeOrganisationId: root.id,
  grants: [{ role: 'admin', organisationId: root.id }],
});
const cookie = `parplan_session=${await buildSession(db, admin)}`;

const app = await buildApp({
  config: loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SESSION_CACHE_SECONDS: values['session-cache'],
  }),
  db,
  embedded: true,
  logger: false,
  clock: { now: () => new Date(`${TODAY}T03:00:00Z`), today: () => TODAY },
});
await app.listen({ host: '127.0.0.1', port: 0 });
const appUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

// The bare side: the service function with a context built once.
const actor: Actor = {
  tenantId: tenant.id,
  userId: admin.id,
  grants: [{ role: 'admin', organisationId: root.id }],
};
const contextOn = async (organisationId: string): Promise<ServiceContext> => ({
  db,
  actor,
  today: TODAY,
  now: new Date(`${TODAY}T03:00:00Z`),
  resource: {
    tenantId: tenant.id,
    organisationId,
    path: (await findOrganisationPath(db, tenant.id, organisationId))!,
  },
  audit: () => Promise.reject(new Error('audit on a read route')),
});
const onRoot = await contextOn(root.id);
const aCommune = communes[7]!;
const onCommune = await contextOn(aCommune.id);

interface Endpoint {
  name: string;
  path: string;
  bare: () => Promise<unknown>;
}
const endpoints: Endpoint[] = [
  {
    name: 'cây đơn vị (organisations)',
    path: '/api/organisations',
    bare: () =>
      listReadableOrganisations(onRoot, { includeClosed: false }).then((items) => ({
        items,
        abilities: organisationListAbilities(onRoot.actor),
      })),
  },
  {
    name: 'nhiệm vụ của đơn vị (my-tasks)',
    path: `/api/my-tasks?organisationId=${aCommune.id}`,
    bare: () => listMyTasks(onCommune, { organisationId: aCommune.id }),
  },
  {
    name: 'trang kế hoạch (plan)',
    path: `/api/plans/${plan!.id}`,
    bare: () => getPlanDetail(onRoot, { planId: plan!.id }),
  },
  {
    name: 'theo dõi báo cáo (reporting)',
    path: `/api/plans/${plan!.id}/reporting`,
    bare: () => getReportingOverview(onRoot, { planId: plan!.id }),
  },
  {
    name: 'xếp hạng (ranking)',
    path: `/api/frameworks/${framework.id}/ranking?organisationId=${root.id}`,
    bare: () => getRanking(onRoot, { frameworkId: framework.id, organisationId: root.id }),
  },
];

const bare = Fastify({ logger: false });
endpoints.forEach((endpoint, index) => bare.get(`/bare/${index}`, endpoint.bare));
await bare.listen({ host: '127.0.0.1', port: 0 });
const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;

async function fetchJson(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status} ${text}`);
  return { body: JSON.parse(text) as unknown, bytes: text.length };
}

async function measure(url: string, connections: number, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, headers, connections, duration });
  if (result.non2xx || result.errors)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

console.log(
  `${1 + departments.length * 5 + communes.length * 4} units, ${leads.length} tasks, ` +
    `${communes.length} results; ${duration} s per run; session cache ${values['session-cache']} s`,
);
// Same JSON, checked once; and how many statements one request sends (after a warm request, so
// the session is read as it is in steady state). All counted before any load runs: counting
// "every statement of the process" right after a 100-connection run would also catch that run's
// last requests still in flight.
const checked = [];
for (const [index, endpoint] of endpoints.entries()) {
  const oursUrl = `${appUrl}${endpoint.path}`;
  const bareEndpointUrl = `${bareUrl}/bare/${index}`;
  await fetchJson(oursUrl, { cookie });
  const ours = await countQueries(() => fetchJson(oursUrl, { cookie }), { anyContext: true });
  const theirs = await countQueries(() => fetchJson(bareEndpointUrl), { anyContext: true });
  if (!isDeepStrictEqual(ours.result.body, theirs.result.body))
    throw new Error(`${endpoint.name}: the app and the bare route answer differently`);
  checked.push({ endpoint, oursUrl, bareEndpointUrl, ours, theirs });
}
const rows: string[][] = [];
for (const { endpoint, oursUrl, bareEndpointUrl, ours, theirs } of checked) {
  for (const connections of connectionCounts) {
    await measure(oursUrl, connections, { cookie }); // warm-up, also of the pool
    const bareRun = await measure(bareEndpointUrl, connections);
    const oursRun = await measure(oursUrl, connections, { cookie });
    const ratio = oursRun.rps / bareRun.rps;
    const goal =
      connections < 100
        ? '—'
        : ratio >= 0.7 && oursRun.p99 < 50
          ? 'đạt (met)'
          : 'chưa đạt (not met)';
    rows.push([
      endpoint.name,
      `${(ours.result.bytes / 1024).toFixed(0)} KB`,
      String(connections),
      oursRun.rps.toFixed(0),
      bareRun.rps.toFixed(0),
      ratio.toFixed(2),
      `${oursRun.p99}/${bareRun.p99}`,
      // Little's law: with `connections` requests always open, the bare route's own mean latency
      // is connections ÷ its req/s — no layer on top can answer faster than that.
      ((connections / bareRun.rps) * 1000).toFixed(0),
      `${ours.sql.length}/${theirs.sql.length}`,
      goal,
    ]);
  }
}
const header = [
  'endpoint',
  'JSON',
  'conn',
  'req/s ours',
  'req/s bare',
  'ratio',
  'p99 ms ours/bare',
  'bare mean ms (conn÷req/s)',
  'queries ours/bare',
  'goal (≥0.7×, p99<50 ms @100)',
];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column]!.length)),
);
for (const row of [header, ...rows])
  console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | '));

await app.close();
await bare.close();
await pool.end();
await embedded.stop();
