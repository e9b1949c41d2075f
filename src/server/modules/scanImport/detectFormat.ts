/**
 * Which scanner format a file is, from its first bytes (~64 KB): the XML root element, the
 * JSON's top-level keys, or the CSV header's column names. The file name only breaks ties the
 * content cannot (a bare `null` is Trivy's legacy output for a clean image).
 */
import { normaliseHeader } from './csv/csvRows.js';
import type { ScanFormat } from './parsers/types.js';

export const detectionHeadBytes = 64 * 1024;

export function detectFormat(head: Buffer, fileName?: string): ScanFormat | null {
  const text = headText(head).replace(/^\s+/, '');
  if (text === '') return null;
  if (text.startsWith('<')) return xmlFormat(text);
  if (text.startsWith('{') || text.startsWith('[') || text.startsWith('null')) return jsonFormat(text, fileName);
  return csvFormat(text);
}

function headText(head: Buffer): string {
  const bytes = head.subarray(0, detectionHeadBytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // Not fatal: a Windows-1252 CSV or a chunk cut mid-character must still be recognised.
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

function xmlFormat(text: string): ScanFormat | null {
  // The first element after the prolog (declaration, comments, DOCTYPE).
  const root = /<([A-Za-z_][\w.:-]*)/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>/g, ''))?.[1];
  if (root === 'NessusClientData_v2') return 'nessus-xml';
  if (root === 'report' || root === 'get_reports_response') return 'openvas-xml';
  // A DOCTYPE we could not skip (entities…) still names the root; let the parser refuse it.
  const declared = /<!DOCTYPE\s+([A-Za-z_][\w.:-]*)/.exec(text)?.[1];
  if (declared === 'NessusClientData_v2') return 'nessus-xml';
  if (declared === 'report') return 'openvas-xml';
  return null;
}

function jsonFormat(text: string, fileName?: string): ScanFormat | null {
  if (text.startsWith('null')) return /\.sarif$/i.test(fileName ?? '') ? 'sarif' : 'trivy-json';
  if (text.startsWith('[')) return 'trivy-json';
  const key = (name: string) => new RegExp(`"${name}"\\s*:`).test(text);
  if (key('runs') && (/"\$schema"\s*:\s*"[^"]*sarif/i.test(text) || /"version"\s*:\s*"2\.1\.0"/.test(text))) return 'sarif';
  if (key('SchemaVersion') || key('ArtifactName') || key('ClusterName') || (key('Results') && key('Target'))) return 'trivy-json';
  if (/"findings"\s*:\s*\[/.test(text)) return 'generic-json';
  if (/\.sarif$/i.test(fileName ?? '') && key('runs')) return 'sarif';
  return null;
}

function csvFormat(text: string): ScanFormat | null {
  const firstLine = text.split(/\r?\n/, 1)[0]!;
  const delimiter = [',', ';', '\t'].reduce((best, next) => (firstLine.split(next).length > firstLine.split(best).length ? next : best));
  const headers = new Set(firstLine.split(delimiter).map((name) => normaliseHeader(name.replace(/^"|"$/g, ''))));
  const has = (...names: string[]) => names.some((name) => headers.has(name));
  if (has('nvtoid') && has('ip', 'hostname')) return 'openvas-csv';
  if (has('pluginid', 'plugin') && has('host', 'ipaddress', 'dnsname')) return 'nessus-csv';
  if (has('title') && has('severity') && has('description')) return 'generic-csv';
  return null;
}
