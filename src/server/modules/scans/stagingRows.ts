/**
 * Parsed findings as lines of PostgreSQL's COPY text format for `scan_rows`: the parsing thread
 * encodes them, the import job only passes the bytes on (COPY on PostgreSQL and on PGlite).
 */
import { createHash } from 'node:crypto';
import { assetKinds, findingSeverities } from '../../../shared/schemas/vulnerability.js';
import type { ParsedFinding } from '../scanImport/parsers/types.js';

/** The COPY column list; `encodeStagingRow` writes the values in this order. */
export const stagingColumns = [
  'scan_id',
  'ordinal',
  'asset_kind',
  'asset_key',
  'asset_ip',
  'asset_fqdn',
  'identity',
  'rule_id',
  'title',
  'severity',
  'cvss',
  'cves',
  'epss',
  'port',
  'protocol',
  'location',
  'evidence',
  'text_hash',
  'description',
  'solution',
] as const;

export const copyStagingRows = (source: 'STDIN' | "'/dev/blob'") => `COPY scan_rows (${stagingColumns.join(', ')}) FROM ${source}`;

const severities = new Set<string>(findingSeverities);
const kinds = new Set<string>(assetKinds);
const nul = '\\N';

/** A text value in COPY's text format; PostgreSQL text cannot hold NUL, so NULs are dropped. */
function copyText(value: string | undefined | null): string {
  if (value === undefined || value === null) return nul;
  if (!/[\\\t\n\r\0]/.test(value)) return value;
  return value.replace(/[\\\t\n\r\0]/g, (char) => (char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : char === '\r' ? '\\r' : ''));
}

function copyNumber(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? nul : String(value);
}

/** A text[] literal (`{"CVE-2021-1","CVE-2021-2"}`), then escaped for COPY like any text. */
function copyTextArray(values: readonly string[]): string {
  const elements = values.map((value) => `"${value.replace(/\0/g, '').replace(/["\\]/g, (char) => `\\${char}`)}"`);
  return copyText(`{${elements.join(',')}}`);
}

/** Names a rule's description and solution together; the key of finding_texts. */
export function textHashOf(description: string | undefined, solution: string | undefined): string | null {
  if (description === undefined && solution === undefined) return null;
  return createHash('sha1').update(JSON.stringify([description ?? null, solution ?? null])).digest('base64url');
}

/** Hashes remembered per import; past this many, texts are simply staged again (the merge takes one of each). */
const maxRememberedTexts = 1_000_000;

/**
 * Encodes one import's findings as COPY lines (with their newlines). A rule's texts go with the
 * first row that has them; later rows name them by hash only. Refuses what breaks the parser
 * contract, which would be a bug.
 */
export class StagingRowEncoder {
  #stagedTexts = new Set<string>();
  #ordinal = 0;

  constructor(readonly scanId: string) {}

  encode(finding: ParsedFinding): string {
    if (!severities.has(finding.severity)) throw new Error(`Parser produced the unknown severity ${finding.severity}`);
    if (!kinds.has(finding.asset.kind)) throw new Error(`Parser produced the unknown asset kind ${finding.asset.kind}`);
    const textHash = textHashOf(finding.description, finding.solution);
    const carriesTexts = textHash !== null && !this.#stagedTexts.has(textHash);
    if (carriesTexts && this.#stagedTexts.size < maxRememberedTexts) this.#stagedTexts.add(textHash);
    const values = [
      this.scanId,
      String(this.#ordinal++),
      finding.asset.kind,
      copyText(finding.asset.key),
      copyText(finding.asset.ip),
      copyText(finding.asset.fqdn),
      copyText(finding.identity),
      copyText(finding.ruleId),
      copyText(finding.title),
      finding.severity,
      copyNumber(finding.cvss),
      copyTextArray(finding.cves ?? []),
      copyNumber(finding.epss),
      copyText(finding.port),
      copyText(finding.protocol),
      copyText(finding.location),
      copyText(finding.evidence),
      copyText(textHash),
      carriesTexts ? copyText(finding.description) : nul,
      carriesTexts ? copyText(finding.solution) : nul,
    ];
    return `${values.join('\t')}\n`;
  }
}
