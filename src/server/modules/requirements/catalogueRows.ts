import type { z } from 'zod';
import { catalogueRow, type CatalogueRow, type Requirement } from '../../../shared/schemas/requirements.js';
import { DomainError } from '../../http/domainError.js';
import { FormulaCell, type Sheet } from './catalogueFiles.js';

/**
 * The catalogue's columns, the same in XLSX, CSV and JSON, so an exported file imports back
 * unchanged. Lists are written comma-separated in spreadsheets.
 */
export const catalogueColumns = ['code', 'titleSv', 'titleEn', 'descriptionSv', 'descriptionEn', 'modality', 'aspects', 'minLevel', 'nis2', 'gdpr', 'area', 'retired'] as const;
type Column = (typeof catalogueColumns)[number];
const requiredColumns: Column[] = ['code', 'titleSv', 'modality', 'aspects', 'minLevel'];
const listColumns = new Set<Column>(['aspects', 'nis2', 'gdpr']);

export interface RowIssue {
  path: string;
  message: string;
}

export const rowProblem = (issues: RowIssue[]) =>
  new DomainError(422, 'invalid_rows', `${issues.length} problem(s) in the file; nothing was imported`, {}, issues.slice(0, 200));

/** Spreadsheet headers must be exactly the catalogue's columns (any order, the optional ones may be left out). */
export function checkColumns(sheet: Sheet): void {
  const issues: RowIssue[] = [];
  const known = new Set<string>(catalogueColumns);
  for (const column of sheet.columns) if (column && !known.has(column)) issues.push({ path: `columns.${column}`, message: `Unknown column; the columns are ${catalogueColumns.join(', ')}` });
  for (const column of requiredColumns) if (!sheet.columns.includes(column)) issues.push({ path: `columns.${column}`, message: 'The column is missing' });
  if (issues.length > 0) throw rowProblem(issues);
}

/** What an empty cell means per column: missing for the required ones. */
const emptyCell: Record<Column, unknown> = {
  code: undefined,
  titleSv: undefined,
  titleEn: null,
  descriptionSv: '',
  descriptionEn: null,
  modality: undefined,
  aspects: [],
  minLevel: undefined,
  nis2: [],
  gdpr: [],
  area: '',
  retired: false,
};

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

/** A spreadsheet cell as the JSON value its column takes; what cannot be read is passed on for zod to name. */
function cellValue(column: Column, value: unknown): unknown {
  const raw = text(value);
  if (listColumns.has(column)) {
    // GDPR references may hold commas ("art. 6.1 c, e"), so they are split on semicolons only.
    const items = raw.split(column === 'gdpr' ? ';' : /[;,]/).map((item) => item.trim()).filter(Boolean);
    return column === 'aspects' ? items.map((item) => item.toUpperCase()) : column === 'nis2' ? items.map((item) => item.toLowerCase()) : items;
  }
  if (raw === '') return emptyCell[column];
  switch (column) {
    case 'minLevel':
      return /^\d+$/.test(raw) ? Number(raw) : raw;
    case 'modality': {
      const lower = raw.toLowerCase();
      return lower === 'ska' ? 'must' : lower === 'bör' || lower === 'bor' ? 'should' : lower;
    }
    case 'retired':
      return ['yes', 'ja', 'true', '1', 'x'].includes(raw.toLowerCase()) ? true : ['no', 'nej', 'false', '0'].includes(raw.toLowerCase()) ? false : raw;
    default:
      return raw;
  }
}

/** English words for zod's complaints, short enough for a list of rows. */
function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Required' : 'Wrong kind of value';
    case 'invalid_value':
      return `Must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1 ? 'Required' : issue.message;
    case 'too_big':
      return issue.origin === 'string' ? `At most ${Number(issue.maximum)} characters` : issue.message;
    case 'unrecognized_keys':
      return `Unknown field(s): ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

export interface NumberedRow {
  row: number;
  value: CatalogueRow;
}

/** Validates every row (spreadsheet cells or JSON items) and refuses the lot, listing each bad row, if any is wrong. */
export function validateRows(candidates: Array<{ row: number; value: unknown }>): NumberedRow[] {
  const issues: RowIssue[] = [];
  const valid: NumberedRow[] = [];
  const rowOfCode = new Map<string, number>();
  for (const { row, value } of candidates) {
    const formulas = Object.entries((value ?? {}) as Record<string, unknown>).filter(([, cell]) => cell instanceof FormulaCell);
    if (formulas.length > 0) {
      for (const [column] of formulas) issues.push({ path: `rows.${row}.${column}`, message: 'Formulas are not accepted; enter the value itself' });
      continue;
    }
    const parsed = catalogueRow.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length > 0 ? `.${issue.path[0] as string}` : '';
        issues.push({ path: `rows.${row}${field}`, message: issueMessage(issue) });
      }
      continue;
    }
    const key = parsed.data.code.toLowerCase();
    const first = rowOfCode.get(key);
    if (first !== undefined) issues.push({ path: `rows.${row}.code`, message: `The code ${parsed.data.code} is also on row ${first}` });
    else rowOfCode.set(key, row);
    valid.push({ row, value: parsed.data });
  }
  if (issues.length > 0) throw rowProblem(issues);
  return valid;
}

export function sheetCandidates(sheet: Sheet): Array<{ row: number; value: unknown }> {
  return sheet.rows.map(({ row, cells }) => {
    const value: Record<string, unknown> = {};
    for (const column of catalogueColumns) {
      if (!(column in cells)) continue;
      const cell = cells[column];
      value[column] = cell instanceof FormulaCell ? cell : cellValue(column, cell);
    }
    return { row, value };
  });
}

/** One requirement as a JSON catalogue row (the import's own shape). */
export function toCatalogueRow(requirement: Requirement): CatalogueRow {
  return {
    code: requirement.code,
    titleSv: requirement.titleSv,
    titleEn: requirement.titleEn,
    descriptionSv: requirement.descriptionSv,
    descriptionEn: requirement.descriptionEn,
    modality: requirement.modality,
    aspects: requirement.aspects,
    minLevel: requirement.minLevel,
    nis2: requirement.nis2,
    gdpr: requirement.gdpr,
    area: requirement.area,
    retired: requirement.retiredAt !== null,
  };
}

/** One requirement as a spreadsheet row, in `catalogueColumns` order. */
export function toSheetRow(requirement: Requirement): Array<string | number | null> {
  const row = toCatalogueRow(requirement);
  return [
    row.code,
    row.titleSv,
    row.titleEn ?? '',
    row.descriptionSv,
    row.descriptionEn ?? '',
    row.modality,
    row.aspects.join(', '),
    row.minLevel,
    row.nis2.join(', '),
    row.gdpr.join('; '),
    row.area,
    row.retired ? 'yes' : '',
  ];
}
