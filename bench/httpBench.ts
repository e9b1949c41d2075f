/**
 * What the HTTP benchmarks share: a fresh database (PostgreSQL when DATABASE_URL is set,
 * else PGlite in memory), the real app listening on a port with production-level logging,
 * sign-in, and timing requests one at a time through fetch.
 */
import os from 'node:os';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/http/app.js';
import { openTestDatabase } from '../src/server/testing/testDatabase.js';
import { testPassword } from '../src/server/testing/factories.js';

export const warmUp = 20;

export async function openBenchDatabase() {
  // openTestDatabase makes (and afterwards drops) a fresh database on the server it is given.
  process.env.TEST_DATABASE_URL = process.env.DATABASE_URL ?? '';
  const database = await openTestDatabase();
  const databaseName =
    database.kind === 'postgres'
      ? `PostgreSQL ${((await database.db.execute(sql`show server_version`)) as unknown as { rows: { server_version: string }[] }).rows[0]!.server_version.split(' ')[0]}`
      : 'PGlite (in memory)';
  return { database, databaseName };
}

/** The app with logs written at the production level (info) and thrown away, so their cost is counted. */
export async function buildBenchApp(database: Awaited<ReturnType<typeof openTestDatabase>>) {
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  const app = await buildApp({
    services: { database, sessionLimits: { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 }, secureCookies: false },
    webDir: '/nonexistent',
    logLevel: 'info',
    logStream: discard,
    trustProxy: 0,
  });
  return {
    app,
    async listen(): Promise<string> {
      await app.listen({ host: '127.0.0.1', port: 0 });
      return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    },
  };
}

export async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: testPassword }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const session = response.headers.getSetCookie().find((value) => value.startsWith('varn_session='))!;
  return session.split(';')[0]!;
}

/** Times each request until its whole body is read; `answer` says (through `describe`) what came back. */
export async function measure(url: string, cookie: string, timed: number, describe: (json: unknown, bytes: number) => string) {
  const ms: number[] = [];
  let answer = '';
  for (let run = 0; run < warmUp + timed; run += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    const body = await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 300)}`);
    if (run >= warmUp) ms.push(elapsed);
    if (run === 0) answer = describe(JSON.parse(body), body.length);
  }
  return { ms: ms.sort((a, b) => a - b), answer };
}

/** The nearest-rank percentile of sorted values (q = 0 is the minimum, 1 the maximum). */
export function nearestRank(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** min, median, p95 and max, formatted for the README tables. */
export const spread = (ms: number[]) => [0, 0.5, 0.95, 1].map((q) => nearestRank(ms, q).toFixed(1));

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version.slice(1)}`;
}

export const loadAverage = () => os.loadavg()[0]!.toFixed(2);
