import type { PGlite } from '@electric-sql/pglite';
import PgBoss from 'pg-boss';
import type { Database } from '../db/database.js';

export interface JobLogger {
  error(details: object, message: string): void;
}

/** pg-boss speaks to the embedded database through its `db` hook (no socket needed). */
function pgliteAdapter(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text, values) {
      if (!values || values.length === 0) {
        // pg-boss sends multi-statement scripts (its own migrations) without parameters.
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      const result = await pglite.query(text, values);
      return { rows: result.rows };
    },
  };
}

/** The job queue lives in the same database (schema `pgboss`), so app processes keep no state. */
export async function startJobQueue(database: Database, logger: JobLogger): Promise<PgBoss> {
  const boss =
    database.kind === 'pglite'
      ? new PgBoss({ db: pgliteAdapter(database.pglite!) })
      : new PgBoss({ connectionString: database.connectionString, max: 4 });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  return boss;
}
