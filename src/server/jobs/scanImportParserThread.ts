/**
 * The parsing thread of a scan import: runs the parser over the uploaded file and posts the
 * findings as COPY text in batches, so parsing a large report never blocks the server's event
 * loop. At most `maxBatchesInFlight` batches wait for the database at any time (the host sends
 * `more` after writing one), which bounds memory whatever the file size.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ScanParseError } from '../modules/scanImport/parsers/types.js';
import { parseScan } from '../modules/scans/scanParser.js';
import { StagingRowEncoder } from '../modules/scans/stagingRows.js';
import type { ParserThreadInput, ParserThreadMessage } from './scanImportParser.js';

const input = workerData as ParserThreadInput;
const port = parentPort!;
const post = (message: ParserThreadMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let credits = input.maxBatchesInFlight;
let wake: (() => void) | null = null;
port.on('message', (message) => {
  if (message !== 'more') return;
  credits += 1;
  wake?.();
  wake = null;
});

const utf8 = new TextEncoder();
let bytesRead = 0;
let lines: string[] = [];
let chars = 0;

async function flush() {
  if (lines.length === 0) return;
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits -= 1;
  const copyText = utf8.encode(lines.join(''));
  post({ kind: 'rows', rows: lines.length, bytesRead, copyText }, [copyText.buffer as ArrayBuffer]);
  lines = [];
  chars = 0;
}

try {
  const encoder = new StagingRowEncoder(input.scanId);
  for await (const finding of parseScan(input.path, input.format, { onProgress: (read) => (bytesRead = read), assetName: input.assetName })) {
    const line = encoder.encode(finding);
    lines.push(line);
    chars += line.length;
    if (lines.length >= input.batchRows || chars >= input.batchChars) await flush();
  }
  await flush();
  post({ kind: 'done', bytesRead });
} catch (error) {
  const parseError = error instanceof ScanParseError;
  post({ kind: 'failed', parseError, message: error instanceof Error ? error.message : String(error) });
}
