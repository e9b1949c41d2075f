/**
 * Writes parsed rows into `scan_rows` as COPY text. On PostgreSQL one COPY streams the whole
 * report over a connection of its own (rows appear only if it completes); on PGlite, which has
 * one connection for everything, each batch is its own short COPY so requests get their turn
 * between batches.
 */
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../db/database.js';
import { copyStagingRows } from '../modules/scans/stagingRows.js';

export interface StagingWriter {
  write(copyText: Uint8Array): Promise<void>;
  /** Commits what was written (PostgreSQL); a no-op on PGlite. */
  finish(): Promise<void>;
  /** Stops without keeping anything this writer sent on PostgreSQL; the job deletes PGlite's batches. */
  abort(): Promise<void>;
}

export async function openStagingWriter(database: Database): Promise<StagingWriter> {
  if (database.kind === 'pglite') {
    const pglite = database.pglite!;
    return {
      async write(copyText) {
        await pglite.query(copyStagingRows("'/dev/blob'"), [], { blob: new Blob([copyText as Uint8Array<ArrayBuffer>]) });
      },
      finish: async () => undefined,
      abort: async () => undefined,
    };
  }
  const client = new pg.Client({ connectionString: database.connectionString });
  await client.connect();
  const stream = client.query(copyFrom(copyStagingRows('STDIN')));
  let failure: Error | null = null;
  stream.on('error', (error: Error) => (failure ??= error));
  return {
    async write(copyText) {
      if (failure) throw failure;
      // once() rejects when the stream fails while we wait for it to drain.
      if (!stream.write(copyText)) await once(stream, 'drain');
    },
    async finish() {
      try {
        stream.end();
        await finished(stream);
      } finally {
        await client.end();
      }
    },
    async abort() {
      // Destroying the stream sends CopyFail: the server drops every row of this COPY.
      stream.destroy(new Error('import stopped'));
      await finished(stream).catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}
