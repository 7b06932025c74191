// Benchmark: GET /api/organisations (session lookup, permission check, recursive tree query,
// zod serialisation) against a bare Fastify endpoint returning the same JSON, in one process run.
// Usage: npm run bench:api [-- --seconds 10 --connections 10]
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { connectDatabase } from '../src/server/db/client';
import { startThrowawayPostgres } from '../test/throwaway-postgres';
import { migrateAsOwner } from '../src/server/db/migrate';
import { buildOrganisation, buildSession, buildTenant, buildUser } from '../test/factories';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
});
const duration = Number(values.seconds);
const connections = Number(values.connections);

const embedded = await startThrowawayPostgres('parplan-bench-');
const { db, pool } = connectDatabase(embedded.appUrl, 20);
await migrateAsOwner(embedded.ownerUrl, embedded.appRole);

// A province shaped like a real one after 2025: ~20 departments with 4 offices each, 100 communes with 3 officer posts.
const { tenant, root } = await buildTenant(db, 'Tỉnh Benchmark');
for (let d = 0; d < 20; d++) {
  const department = await buildOrganisation(db, {
    tenantId: tenant.id,
    parentId: root.id,
    type: 'department',
  });
  for (let s = 0; s < 4; s++)
    await buildOrganisation(db, { tenantId: tenant.id, parentId: department.id, type: 'sub_unit' });
}
for (let c = 0; c < 100; c++) {
  const commune = await buildOrganisation(db, {
    tenantId: tenant.id,
    parentId: root.id,
    type: 'commune',
  });
  for (let s = 0; s < 3; s++)
    await buildOrganisation(db, { tenantId: tenant.id, parentId: commune.id, type: 'sub_unit' });
}
const admin = await buildUser(db, {
  tenantId: tenant.id,
  homeOrganisationId: root.id,
  grants: [{ role: 'admin', organisationId: root.id }],
});
const cookie = `parplan_session=${await buildSession(db, admin)}`;

const app = await buildApp({
  config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }),
  db,
  embedded: true,
  logger: false,
});
await app.listen({ host: '127.0.0.1', port: 0 });
const appUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const payload = await (await fetch(`${appUrl}/api/organisations`, { headers: { cookie } })).text();
const units = (JSON.parse(payload) as { items: unknown[] }).items.length;

const bare = Fastify({ logger: false });
bare.get('/bare', async (_request, reply) =>
  reply.header('content-type', 'application/json').send(payload),
);
await bare.listen({ host: '127.0.0.1', port: 0 });
const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`;

async function measure(title: string, url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, headers, connections, duration });
  if (result.non2xx || result.errors)
    throw new Error(`${title}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { title, rps: result.requests.average, p99: result.latency.p99 };
}

console.log(
  `tree of ${units} units, ${(payload.length / 1024).toFixed(1)} KB JSON; ${connections} connections × ${duration} s each`,
);
await measure('warm-up', `${appUrl}/api/organisations`, { cookie }).catch(() => undefined);
const baseline = await measure('bare Fastify, same JSON', bareUrl);
const tree = await measure('GET /api/organisations', `${appUrl}/api/organisations`, { cookie });
for (const r of [baseline, tree])
  console.log(`${r.title.padEnd(28)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${r.p99} ms`);
console.log(`ratio tree / bare: ${(tree.rps / baseline.rps).toFixed(3)}`);

await app.close();
await bare.close();
await pool.end();
await embedded.stop();
