import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { pgliteExtensions } from './db/database.js';
import { databaseKind, openTestDatabase } from './testing/testDatabase.js';

const varn = path.resolve('bin/varn.mjs');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `varn` command as a user would, with its own environment. */
function runVarn(args: string[], env: Record<string, string>, until?: RegExp): Promise<Run & { stop(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [varn, ...args], {
      env: { ...process.env, VARN_LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run = { code: null as number | null, stdout: '', stderr: '' };
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    child.stdout.on('data', (chunk) => {
      run.stdout += chunk;
      if (until?.test(run.stdout)) resolve({ ...run, stop });
    });
    child.stderr.on('data', (chunk) => (run.stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ ...run, code, stdout: run.stdout, stderr: run.stderr, stop }));
  });
}

const temporaryDirs: string[] = [];
function dataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'varn-cli-'));
  temporaryDirs.push(dir);
  return dir;
}
afterAll(() => temporaryDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('the embedded database lock', () => {
  it('refuses a second server on the same data directory, with a clear message', async () => {
    const env = { VARN_DATA_DIR: dataDir(), VARN_DEMO: '0', PORT: '0' };
    const first = await runVarn(['serve'], env, /running at/);
    try {
      expect(first.stdout).toMatch(/Värn is running at http:\/\/localhost:\d+/);
      const second = await runVarn(['serve'], env);
      expect(second.code).not.toBe(0);
      expect(second.stderr).toMatch(/in use by another Värn process/);
      const url = /http:\/\/localhost:\d+/.exec(first.stdout)![0];
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    } finally {
      await first.stop();
    }
  }, 120_000);
});

describe('varn audit verify', () => {
  const adminEnv = { VARN_ADMIN_PASSWORD: 'a-long-admin-passphrase' };
  const createAdmin = ['create-admin', '--tenant', 'provkommun', '--tenant-name', 'Provkommun', '--email', 'admin@prov.se', '--name', 'Ada Admin'];

  async function expectVerifyCatchesTampering(env: Record<string, string>, tamper: (sql: string) => Promise<void>) {
    const created = await runVarn(createAdmin, { ...env, ...adminEnv });
    expect(created.code, created.stderr).toBe(0);
    const intact = await runVarn(['audit', 'verify'], env);
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(/OK tenant .*: \d+ events intact/);

    await tamper(`
      alter table audit_events disable trigger audit_events_append_only;
      update audit_events set after = '{"name":"Förfalskad"}' where chain_index = 2;
      alter table audit_events enable trigger audit_events_append_only;`);
    const broken = await runVarn(['audit', 'verify'], env);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toMatch(/first broken event id \d+ \(chain position 2\): hash mismatch/);
  }

  // Runs on the database the suite runs on: a data directory, or the PostgreSQL server.
  it(`passes on an intact log and names the first edited event (${databaseKind()})`, async () => {
    if (databaseKind() === 'pglite') {
      const dir = dataDir();
      await expectVerifyCatchesTampering({ VARN_DATA_DIR: dir }, async (sql) => {
        const db = await PGlite.create(path.join(dir, 'pgdata'), { extensions: pgliteExtensions });
        await db.exec(sql);
        await db.close();
      });
      return;
    }
    const database = await openTestDatabase();
    try {
      await expectVerifyCatchesTampering({ DATABASE_URL: database.connectionString! }, async (sql) => {
        const client = new pg.Client({ connectionString: database.connectionString });
        await client.connect();
        await client.query(sql);
        await client.end();
      });
    } finally {
      await database.close();
    }
  }, 120_000);
});
