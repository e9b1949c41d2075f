import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.js';
import { acquireDataDirLock, type DataDirLock } from './dataDirLock.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** The embedded instance, for pglite-socket and pg-boss; absent on a PostgreSQL server. */
  pglite?: PGlite;
  /** The server's connection string, for pg-boss; absent when embedded. */
  connectionString?: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Extensions the migrations use (pg_trgm: the risk register's search indexes). PGlite loads
 * an extension only when created with it, so every PGlite.create must pass these.
 */
export const pgliteExtensions = { pg_trgm };

export type DatabaseTarget = { databaseUrl: string } | { dataDir: string } | { inMemory: true };

/**
 * Opens the database: PostgreSQL when a URL is given, else PGlite on a data directory
 * guarded by a lock (two processes on one PGlite directory corrupt it silently).
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('databaseUrl' in target) return openPostgres(target.databaseUrl);
  if ('inMemory' in target) return openPglite(await PGlite.create({ extensions: pgliteExtensions }), null);
  fs.mkdirSync(target.dataDir, { recursive: true });
  const lock = await acquireDataDirLock(target.dataDir);
  try {
    // PostgreSQL's default 128 MB+ of shared buffers would be most of the process's memory;
    // the embedded database serves small installations, where 32 MB is plenty.
    const pglite = await PGlite.create(path.join(target.dataDir, 'pgdata'), { postgresqlconf: ['shared_buffers=32MB'], extensions: pgliteExtensions });
    return openPglite(pglite, lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

function openPglite(pglite: PGlite, lock: DataDirLock | null): Database {
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite,
    migrate: () => runMigrations(() => migratePglite(db as never, { migrationsFolder })),
    async close() {
      await pglite.close();
      await lock?.release();
    },
  };
}

function openPostgres(connectionString: string): Database {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (error) => console.error(JSON.stringify({ level: 50, time: Date.now(), msg: 'database connection lost', reason: error.message })));
  const db = drizzlePostgres(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    connectionString,
    migrate: () => runMigrations(() => migratePostgres(db as never, { migrationsFolder })),
    close: () => pool.end(),
  };
}

export class MigrationError extends Error {}

async function runMigrations(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new MigrationError(`Database migration failed, Värn will not start: ${cause}`);
  }
}

/** True once the database answers and has every migration this build ships. */
export async function isMigrated(database: Database): Promise<boolean> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  const result = await database.db.execute(sql`select count(*)::int as applied from drizzle.__drizzle_migrations`);
  const rows = (result as unknown as { rows: { applied: number }[] }).rows;
  return rows[0].applied >= journal.entries.length;
}
