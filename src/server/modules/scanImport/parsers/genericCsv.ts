/**
 * DefectDojo generic findings CSV ("Date,Title,CweId,Url,Severity,Description,Mitigation,…").
 * Columns map to the JSON fields; an unknown column is refused (naming it), blank header names
 * are ignored. "Url" is the finding's endpoint.
 */
import { cell, csvRows } from '../csv/csvRows.js';
import type { ReadOptions } from '../input/fileChunks.js';
import { genericFindings } from './genericFinding.js';
import { ScanParseError, type ParsedAsset, type ParsedFinding } from './types.js';

/** CSV column (lower-cased) → generic field; null: a known column we do not use. */
const columnFields: Record<string, string | null> = {
  title: 'title', severity: 'severity', description: 'description', mitigation: 'mitigation', impact: 'impact', references: 'references',
  cve: 'cve', 'vulnerability id': 'vuln_id_from_tool', url: 'endpoint', cvssv3_score: 'cvssv3_score', epss_score: 'epss_score',
  date: null, cweid: null, cweids: null, active: null, verified: null, falsepositive: null, duplicate: null, ismitigated: null, mitigateddate: null,
  epss_percentile: null, cvssv3: null, cvssv4: null, cvssv4_score: null, kev_date: null, known_exploited: null, ransomware_used: null,
  fix_available: null, fix_version: null,
};

export async function* parseGenericCsv(path: string, reportAsset: ParsedAsset, options: ReadOptions = {}): AsyncGenerator<ParsedFinding> {
  let fields: (string | null)[] | undefined;
  for await (const { row, cells } of csvRows(path, options)) {
    if (!fields) {
      const headers = cells.map((name) => name.trim());
      const unknown = headers.filter((name) => name !== '' && !(name.toLowerCase() in columnFields));
      if (unknown.length > 0) throw new ScanParseError(`Columns not allowed in a generic findings CSV: ${unknown.join(', ')}`, 'row 1');
      fields = headers.map((name) => (name === '' ? null : columnFields[name.toLowerCase()]!));
      continue;
    }
    const record: Record<string, unknown> = {};
    fields.forEach((field, index) => {
      const value = cell(cells, index).trim();
      if (!field || value === '') return;
      if (field === 'endpoint') record.endpoints = [value];
      else record[field] = value;
    });
    for (const finding of genericFindings(record, `row ${row}`, reportAsset)) yield finding;
  }
}
