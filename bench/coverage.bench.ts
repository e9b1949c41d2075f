/**
 * npm run bench:coverage — how fast the coverage dashboard and the object list answer for a
 * tenant with 5,000 objects and 20,000 information sets (issue 3: p95 ≤ 100 ms on PostgreSQL).
 * On PostgreSQL when DATABASE_URL is set (a fresh database is created and dropped afterwards),
 * else on PGlite in memory. Requests go through the real HTTP stack (a listening server and
 * fetch) signed in as a tenant-wide CISO: 20 warm-up requests, then 200 timed ones, one at a
 * time. `GET /api/v1/me` is the same-run baseline: what sign-in checks and the tenant
 * transaction cost alone.
 */
import { sql } from 'drizzle-orm';
import { buildBenchApp, loadAverage, machineDescription, measure as measureRequest, nearestRank, openBenchDatabase, signIn, spread, warmUp } from './httpBench.js';
import { generateRegisterData } from './registerData.js';

const timed = 200;
const targetMs = 100;

const { database, databaseName } = await openBenchDatabase();
const bench = await buildBenchApp(database);
const { app } = bench;

try {
  const generationStarted = performance.now();
  const data = await generateRegisterData(database);
  const generationSeconds = (performance.now() - generationStarted) / 1000;
  const ciso = await data.tenant.user([{ role: 'ciso' }]);
  const counts = await rowCounts(data.tenant.tenantId);

  const base = await bench.listen();
  const cookie = await signIn(base, ciso.email);
  const loadBefore = loadAverage();

  const forvaltning = data.forvaltningIds[0];
  const requests = [
    '/api/v1/me',
    '/api/v1/coverage',
    '/api/v1/objects?limit=100',
    `/api/v1/objects?limit=100&status=never&orgUnitId=${forvaltning}`,
    '/api/v1/objects?limit=1000',
  ];
  const results = [];
  for (const url of requests) results.push({ url, ...(await measure(base + url, cookie)) });

  const machine = machineDescription();
  console.log(`database: ${databaseName}`);
  console.log(`machine: ${machine}; load average before/after the requests: ${loadBefore} / ${loadAverage()}`);
  console.log(`data: ${data.unitCount} org units, ${Object.entries(counts).map(([table, n]) => `${n.toLocaleString('en-US')} ${table}`).join(', ')} (generated in ${generationSeconds.toFixed(1)} s)\n`);
  console.log('| request | answer | min | median | p95 | max | target |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const result of results) {
    const url = result.url.replace(forvaltning, '<förvaltning>');
    const [min, median, p95, max] = spread(result.ms);
    const target = result.url === '/api/v1/me' ? 'baseline' : `p95 ≤ ${targetMs} ms`;
    console.log(`| \`GET ${url}\` | ${result.answer} | ${min} ms | ${median} ms | ${p95} ms | ${max} ms | ${target} |`);
  }
  console.log(`\nMeasured on ${databaseName}, ${machine}, ${new Date().toISOString().slice(0, 10)}: ${timed} requests each after ${warmUp} to warm up, one at a time, as a tenant-wide CISO.`);
  const slow = results.filter((result) => result.url !== '/api/v1/me' && nearestRank(result.ms, 0.95) > targetMs);
  if (database.kind !== 'postgres') console.log(`(The p95 ≤ ${targetMs} ms target is for PostgreSQL; set DATABASE_URL to measure it.)`);
  else console.log(`target p95 ≤ ${targetMs} ms: ${slow.length === 0 ? 'met by every measured request' : `missed by ${slow.map((r) => r.url).join(', ')}`}`);
} finally {
  await app.close();
  await database.close();
}

/** Times one request as `cookie`'s holder. */
function measure(url: string, cookie: string) {
  return measureRequest(url, cookie, timed, describe);
}

function describe(json: unknown, bytes: number): string {
  const size = `${Math.round(bytes / 1024)} kB`;
  if (Array.isArray(json)) return `${json.length} units, ${size}`;
  const list = json as { total?: number; items?: unknown[] };
  if (list.items) return `${list.items.length} of ${list.total} objects, ${size}`;
  return size;
}

async function rowCounts(tenantId: string): Promise<Record<string, number>> {
  const result = await database.db.execute(sql`
    select (select count(*) from objects where tenant_id = ${tenantId})::int as objects,
      (select count(*) from information_sets where tenant_id = ${tenantId})::int as "information sets",
      (select count(*) from information_sets where tenant_id = ${tenantId} and approved_k is not null)::int as "approved sets",
      (select count(*) from information_sets where tenant_id = ${tenantId} and approved_valid_until < now())::int as "expired sets",
      (select count(*) from classifications where tenant_id = ${tenantId})::int as classifications,
      (select count(*) from systems where tenant_id = ${tenantId})::int as systems,
      (select count(*) from information_set_systems where tenant_id = ${tenantId})::int as "set–system links",
      (select count(*) from actions where tenant_id = ${tenantId})::int as actions,
      (select count(*) from actions where tenant_id = ${tenantId} and due_date < current_date and status not in ('done', 'cancelled'))::int as "overdue actions"`);
  return (result as unknown as { rows: Record<string, number>[] }).rows[0];
}
