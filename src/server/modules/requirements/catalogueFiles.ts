import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { maxImportRows, type CatalogueFormat } from '../../../shared/schemas/requirements.js';
import { DomainError } from '../../http/domainError.js';

/**
 * Reading and writing catalogue files. A file is a header row of column names and one row per
 * requirement; this layer only turns bytes into cells (and back), never judges the values.
 */

/** One data row of a file: its number as the person sees it (the header is row 1) and its cells by column. */
export interface SheetRow {
  row: number;
  cells: Record<string, unknown>;
}

export interface Sheet {
  columns: string[];
  rows: SheetRow[];
}

export const unreadable = (format: string, reason: string) =>
  new DomainError(422, 'unreadable_file', `The file cannot be read as ${format.toUpperCase()}: ${reason}`);
/** A catalogue has a dozen columns; cells beyond this are ignored rather than held in memory. */
const maxColumns = 50;
const tooManyRows = () => new DomainError(422, 'too_many_rows', `A catalogue holds at most ${maxImportRows} requirements per file`);

/** Spreadsheet programs run cells starting with these as formulas when they open a CSV file. */
const formulaStart = /^[=+\-@\t\r]/;

function sheetFrom(table: unknown[][]): Sheet {
  const [header, ...body] = table;
  if (!header) throw new DomainError(422, 'empty_file', 'The file has no header row');
  const columns = header.map((cell) => String(cell ?? '').trim());
  const rows: SheetRow[] = [];
  body.forEach((values, index) => {
    if (values.every((value) => value === null || value === undefined || String(value).trim() === '')) return;
    rows.push({ row: index + 2, cells: Object.fromEntries(columns.map((column, at) => [column, values[at]])) });
  });
  if (rows.length > maxImportRows) throw tooManyRows();
  return { columns, rows };
}

/** A cell's text: rich text joined, hyperlinks by their text; a formula is refused, never evaluated. */
export class FormulaCell {
  constructor(readonly formula: string) {}
}

function xlsxCellValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const cell = value as { formula?: string; sharedFormula?: string; richText?: Array<{ text: string }>; text?: unknown; error?: string };
  if (cell.formula !== undefined || cell.sharedFormula !== undefined) return new FormulaCell(cell.formula ?? cell.sharedFormula ?? '');
  if (cell.richText) return cell.richText.map((part) => part.text).join('');
  if (cell.text !== undefined) return xlsxCellValue(cell.text);
  if (cell.error !== undefined) return new FormulaCell(cell.error);
  return String(value);
}

/** Reads the first worksheet as a stream, stopping once past the row cap (so a huge sheet is not inflated whole). */
async function readXlsx(body: Buffer): Promise<Sheet> {
  const table: unknown[][] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(body), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        // Header plus the cap: anything further down is one row too many.
        if (row.number > maxImportRows + 1) throw tooManyRows();
        table[row.number - 1] = (row.values as unknown[]).slice(1, maxColumns + 1).map(xlsxCellValue);
      }
      break; // only the first worksheet holds the catalogue
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadable('xlsx', error instanceof Error ? error.message : 'not a workbook');
  }
  return sheetFrom(Array.from(table, (values) => values ?? []));
}

function readCsv(body: Buffer): Sheet {
  const text = body.toString('utf8');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // Swedish spreadsheet programs write semicolons; accept either, as the header shows.
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let table: string[][];
  try {
    table = parseCsv(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, to_line: maxImportRows + 3 });
  } catch (error) {
    throw unreadable('csv', error instanceof Error ? error.message : 'malformed');
  }
  const unescaped = table.map((values) => values.map((value) => (value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value)));
  return sheetFrom(unescaped);
}

export async function readSheet(format: Exclude<CatalogueFormat, 'json'>, body: Buffer): Promise<Sheet> {
  return format === 'xlsx' ? readXlsx(body) : readCsv(body);
}

/** CSV with cells that would run as formulas prefixed by an apostrophe (read back without it). */
export function writeCsv(columns: string[], rows: Array<Array<string | number | null>>): Buffer {
  const escape = (value: string | number | null) => (typeof value === 'string' && formulaStart.test(value) ? `'${value}` : value ?? '');
  return Buffer.from(stringifyCsv([columns, ...rows.map((values) => values.map(escape))], { bom: true, record_delimiter: 'windows' }), 'utf8');
}
