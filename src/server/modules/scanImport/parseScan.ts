/**
 * Parsing a stored upload as a stream of findings, whatever its format. The file is read in
 * chunks and never held whole; findings come out as the file is read. Bad input throws a
 * ScanParseError that says what and where (line and column, row, or element).
 */
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { namedAsset } from './assets.js';
import { parseJsonReport } from './json/jsonReport.js';
import { parseGenericCsv } from './parsers/genericCsv.js';
import { genericJsonHandler } from './parsers/genericJson.js';
import { parseNessusCsv } from './parsers/nessusCsv.js';
import { nessusXmlHandler } from './parsers/nessusXml.js';
import { parseOpenvasCsv } from './parsers/openvasCsv.js';
import { openvasXmlHandler } from './parsers/openvasXml.js';
import { sarifHandler } from './parsers/sarif.js';
import { repositoryUri } from './parsers/sarifRepository.js';
import { trivyHandler } from './parsers/trivyJson.js';
import { ScanParseError, type ParsedFinding, type ScanFormat } from './parsers/types.js';
import { parseXmlReport } from './xml/xmlReport.js';

export interface ParseScanOptions {
  /** Called after each chunk read with the bytes read so far (for a progress bar). */
  onProgress?(bytesRead: number): void;
  /**
   * The name of the one asset of a report that names none (SARIF without a repository URI,
   * generic findings without endpoints). The import should pass something stable across
   * reimports, like the scope's name; the default is the file's name without extension.
   */
  assetName?: string;
}

export async function* parseScan(path: string, format: ScanFormat, options: ParseScanOptions = {}): AsyncGenerator<ParsedFinding> {
  const first = await firstByte(path);
  if (first === undefined) throw new ScanParseError('The file is empty');
  const read = { onProgress: options.onProgress };
  const reportAssetName = options.assetName?.trim() || basename(path, extname(path)) || 'report';
  switch (format) {
    case 'nessus-xml':
      yield* parseXmlReport(path, nessusXmlHandler, read);
      return;
    case 'openvas-xml':
      yield* parseXmlReport(path, openvasXmlHandler, read);
      return;
    case 'trivy-json':
      yield* parseJsonReport(path, trivyHandler(first === '['), read);
      return;
    case 'sarif': {
      const asset = namedAsset('repository', (await repositoryUri(path)) ?? reportAssetName);
      yield* parseJsonReport(path, sarifHandler(asset), read);
      return;
    }
    case 'generic-json':
      yield* parseJsonReport(path, genericJsonHandler(namedAsset('repository', reportAssetName)), read);
      return;
    case 'openvas-csv':
      yield* parseOpenvasCsv(path, read);
      return;
    case 'nessus-csv':
      yield* parseNessusCsv(path, read);
      return;
    case 'generic-csv':
      yield* parseGenericCsv(path, namedAsset('repository', reportAssetName), read);
      return;
    default:
      throw new ScanParseError(`Unknown format "${String(format)}"`);
  }
}

/** The first character that is not whitespace or a byte-order mark, or undefined for an empty file. */
async function firstByte(path: string): Promise<string | undefined> {
  const size = (await stat(path)).size;
  if (size === 0) return undefined;
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(size, 64 * 1024));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('latin1').replace(/^(?:\xEF\xBB\xBF|\xFF\xFE|\xFE\xFF)/, '');
    const match = /[^\s\0]/.exec(text);
    if (!match && bytesRead === size) return undefined;
    return match?.[0] ?? ' ';
  } finally {
    await handle.close();
  }
}
