import type { SQL } from 'drizzle-orm';
import type { Tx } from './database.js';

/** Runs a hand-written query (rollups drizzle's builder cannot express) and returns its rows. */
export async function rawRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
