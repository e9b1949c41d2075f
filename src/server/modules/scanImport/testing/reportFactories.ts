/**
 * Small scanner reports for tests, built from what matters to the test (hosts, plugins, scores)
 * rather than copied fixture files, and helpers to parse them from a temporary directory.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { detectFormat } from '../detectFormat.js';
import { parseScan, type ParseScanOptions } from '../parseScan.js';
import type { ParsedFinding, ScanFormat } from '../parsers/types.js';

/** A temporary directory removed after the test file. */
export function tempReports() {
  const dir = mkdtempSync(join(tmpdir(), 'varn-scans-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let counter = 0;
  return {
    dir,
    /** Writes the content to a new file and returns its path. */
    write(name: string, content: string | Buffer): string {
      const path = join(dir, `${++counter}-${name}`);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** All findings of a file, in the format it is detected as (or the one given). */
export async function parseFile(path: string, format?: ScanFormat, options?: ParseScanOptions): Promise<ParsedFinding[]> {
  const { readFileSync } = await import('node:fs');
  const chosen = format ?? detectFormat(readFileSync(path).subarray(0, 65536), path);
  if (!chosen) throw new Error(`test file ${path} was not recognised`);
  const findings: ParsedFinding[] = [];
  for await (const finding of parseScan(path, chosen, options)) findings.push(finding);
  return findings;
}

/** The error parsing throws, for `expect(...).toMatchObject(...)`. */
export async function parseError(path: string, format?: ScanFormat): Promise<Error> {
  try {
    await parseFile(path, format);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the parse to fail');
}

export interface NessusItem {
  pluginId: number;
  port?: number;
  protocol?: string;
  severity?: number;
  riskFactor?: string;
  cvss3?: string;
  name?: string;
  description?: string;
  cves?: string[];
}

export function nessusXml(hosts: { name: string; ip?: string; items: NessusItem[] }[]): string {
  const items = (list: NessusItem[]) =>
    list
      .map(
        (item) =>
          `<ReportItem port="${item.port ?? 443}" svc_name="www" protocol="${item.protocol ?? 'tcp'}" severity="${item.severity ?? 2}" pluginID="${item.pluginId}" pluginName="${item.name ?? `Plugin ${item.pluginId}`}" pluginFamily="General">\n` +
          (item.cvss3 ? `<cvss3_base_score>${item.cvss3}</cvss3_base_score>\n` : '') +
          (item.riskFactor ? `<risk_factor>${item.riskFactor}</risk_factor>\n` : '') +
          (item.cves ?? []).map((cve) => `<cve>${cve}</cve>\n`).join('') +
          `<description>${item.description ?? 'A description.'}</description>\n<solution>Upgrade.</solution>\n<plugin_output>seen</plugin_output>\n</ReportItem>\n`,
      )
      .join('');
  return (
    '<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Report name="test">\n' +
    hosts
      .map((host) => `<ReportHost name="${host.name}"><HostProperties>\n<tag name="host-ip">${host.ip ?? '10.0.0.1'}</tag>\n</HostProperties>\n${items(host.items)}</ReportHost>\n`)
      .join('') +
    '</Report>\n</NessusClientData_v2>\n'
  );
}

export interface OpenvasResult {
  ip: string;
  hostname?: string;
  oid: string;
  port?: string;
  severity?: string;
  cvss3?: string;
  threat?: string;
  name?: string;
}

export function openvasXml(results: OpenvasResult[]): string {
  const result = (r: OpenvasResult) =>
    `<result id="r"><name>${r.name ?? 'NVT'}</name><host>${r.ip}<asset asset_id=""/>${r.hostname ? `<hostname>${r.hostname}</hostname>` : ''}</host>` +
    `<port>${r.port ?? 'general/tcp'}</port><nvt oid="${r.oid}"><name>${r.name ?? 'NVT'}</name><cvss_base>5.0</cvss_base>` +
    (r.cvss3 ? `<severities score="${r.cvss3}"><severity type="cvss_base_v3"><score>${r.cvss3}</score></severity></severities>` : '') +
    `<tags>summary=Something is wrong.|solution=Fix it.|solution_type=VendorFix</tags><refs><ref type="cve" id="CVE-2024-1234"/></refs></nvt>` +
    `<threat>${r.threat ?? 'Medium'}</threat>${r.severity === undefined ? '' : `<severity>${r.severity}</severity>`}<description>found it</description></result>`;
  return `<report id="outer"><report id="inner"><results start="1" max="-1">${results.map(result).join('\n')}</results></report></report>\n`;
}

export function sarifJson(results: unknown[], rules: unknown[] = [], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver: { name: 'Linter', rules } }, results, ...extra }] }, null, 2);
}

export function sarifResult(ruleId: string, file: string, line: number, extra: Record<string, unknown> = {}) {
  return { ruleId, message: { text: `${ruleId} at ${file}:${line}` }, locations: [{ physicalLocation: { artifactLocation: { uri: file }, region: { startLine: line } } }], ...extra };
}

export function trivyJson(artifactName: string, vulnerabilities: { id: string; pkg: string; version: string; severity: string; v3?: number }[]): string {
  return JSON.stringify(
    {
      SchemaVersion: 2,
      ArtifactName: artifactName,
      ArtifactType: 'container_image',
      Results: [
        {
          Target: `${artifactName} (alpine 3.19)`,
          Class: 'os-pkgs',
          Vulnerabilities: vulnerabilities.map((v) => ({
            VulnerabilityID: v.id,
            PkgName: v.pkg,
            InstalledVersion: v.version,
            Severity: v.severity,
            ...(v.v3 === undefined ? {} : { CVSS: { nvd: { V3Score: v.v3 } } }),
          })),
        },
      ],
    },
    null,
    2,
  );
}
