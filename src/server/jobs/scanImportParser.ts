/**
 * The host side of the parsing thread (scanImportParserThread.ts): starts it on an uploaded
 * file and hands its batches of COPY text to the import job as an async iterable.
 */
import { Worker } from 'node:worker_threads';
import type { ScanFormat } from '../../shared/schemas/vulnerability.js';

/** The report to parse: `assetName` names the one asset of a report that names none (the scope's name, stable across reimports). */
export interface ReportFile {
  path: string;
  format: ScanFormat;
  scanId: string;
  assetName: string;
}

export interface ParserThreadInput extends ReportFile {
  batchRows: number;
  batchChars: number;
  maxBatchesInFlight: number;
}

export type ParserThreadMessage =
  | { kind: 'rows'; rows: number; bytesRead: number; copyText: Uint8Array }
  | { kind: 'done'; bytesRead: number }
  | { kind: 'failed'; parseError: boolean; message: string };

/** The report itself is malformed: the message (naming where) is for the person who uploaded it. */
export class UnreadableReport extends Error {}

export interface ParsedBatch {
  rows: number;
  bytesRead: number;
  copyText: Uint8Array;
}

/** A few MB per batch: large enough for COPY to be efficient, small enough to keep memory flat. */
const batching = { batchRows: 5_000, batchChars: 8 * 1024 * 1024, maxBatchesInFlight: 2 };

/**
 * Parses `path` in a worker thread. Stopping early (the consumer throws or returns) ends the
 * thread. A parser that runs out of memory kills only its thread: the heap limit is the thread's.
 */
export async function* parseInThread(file: ReportFile): AsyncGenerator<ParsedBatch> {
  const workerData: ParserThreadInput = { ...file, ...batching };
  const worker = new Worker(new URL('./scanImportParserThread.mjs', import.meta.url), { workerData, resourceLimits: { maxOldGenerationSizeMb: 512 } });
  const inbox: ParserThreadMessage[] = [];
  let stopped: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: ParserThreadMessage) => {
    inbox.push(message);
    notify();
  });
  worker.on('error', (error) => {
    stopped = new Error(`The parser stopped: ${error.message}`);
    notify();
  });
  worker.on('exit', () => {
    stopped ??= new Error('The parser stopped before the end of the report');
    notify();
  });
  try {
    for (;;) {
      while (inbox.length === 0 && !stopped) await new Promise<void>((resolve) => (wake = resolve));
      const message = inbox.shift();
      if (!message) throw stopped!;
      if (message.kind === 'done') return;
      if (message.kind === 'failed') throw message.parseError ? new UnreadableReport(message.message) : new Error(message.message);
      yield { rows: message.rows, bytesRead: message.bytesRead, copyText: message.copyText };
      worker.postMessage('more');
    }
  } finally {
    await worker.terminate();
  }
}
