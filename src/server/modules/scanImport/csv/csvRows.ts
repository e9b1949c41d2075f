/**
 * A CSV report as rows of cells, streamed through csv-parse. The text is UTF-8 (BOM or not) or
 * Windows-1252 (see utf8OrWindows1252Text); the delimiter is the one the header line uses most
 * (",", ";" or tab, as spreadsheet exports differ). Blank rows are skipped; a record that never
 * ends (an unclosed quote) or grows past the cap fails with its row number.
 */
import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { fileChunks, utf8OrWindows1252Text, type ReadOptions } from '../input/fileChunks.js';
import { limits } from '../limits.js';
import { ScanParseError } from '../parsers/types.js';

export interface CsvRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: string[];
}

export async function* csvRows(path: string, options: ReadOptions = {}): AsyncGenerator<CsvRow> {
  const texts = utf8OrWindows1252Text(fileChunks(path, options));
  const first = await texts.next();
  if (first.done) return;
  const delimiter = headerDelimiter(first.value);
  async function* allTexts() {
    yield first.value as string;
    yield* texts;
  }
  const source = Readable.from(allTexts(), { objectMode: false });
  const parser = parse({ delimiter, relax_column_count: true, skip_empty_lines: true, max_record_size: limits.maxCsvRecordChars, info: true });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { records: number } }>) {
      if (record.every((cell) => cell.trim() === '')) continue;
      yield { row: info.records, cells: record };
    }
  } catch (error) {
    if (error instanceof ScanParseError) throw error;
    const csvError = error as CsvError & { lines?: number; records?: number };
    if (typeof csvError.code === 'string' && csvError.code.startsWith('CSV_')) {
      const where = csvError.records !== undefined ? `row ${csvError.records + 1}` : `line ${csvError.lines}`;
      throw new ScanParseError(`Malformed CSV: ${csvError.message.split(':')[0]}`, where);
    }
    throw error;
  } finally {
    source.destroy();
  }
}

function headerDelimiter(text: string): string {
  const newline = text.search(/\r?\n/);
  const header = newline === -1 ? text : text.slice(0, newline);
  const counts = [',', ';', '\t'].map((candidate) => [candidate, header.split(candidate).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** Header names normalised for matching dialects: "CVSS V3 Base Score" → "cvssv3basescore". */
export const normaliseHeader = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Column index of the first header among `names` (normalised) that the file has, or -1. */
export function findColumn(headers: string[], ...names: string[]): number {
  for (const name of names) {
    const index = headers.indexOf(name);
    if (index !== -1) return index;
  }
  return -1;
}

/** A cell's text: CR LF inside quoted cells read as LF. */
export function cell(cells: string[], index: number): string {
  if (index < 0) return '';
  const value = cells[index] ?? '';
  return value.indexOf('\r') === -1 ? value : value.replace(/\r\n?/g, '\n');
}
