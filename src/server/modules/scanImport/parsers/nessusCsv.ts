/**
 * Tenable/Nessus CSV exports in their column dialects: "Plugin ID" or "Plugin"; "Host", else
 * "IP Address", else "DNS Name"; CVSS v3 as "CVSS V3 Base Score", "CVSSv3", "CVSS v3.0 Base
 * Score"…; the rating as "Risk", "Risk Factor" or "Severity"; blank header names ignored.
 * Identity: host, plugin id, port, protocol. Severity: CVSS v3 banded, else the rating, else a
 * banded CVSS v2 score. Rows without a plugin id (trailing filler rows) are skipped.
 */
import { collectCves, hostAsset } from '../assets.js';
import { cell, csvRows, findColumn, normaliseHeader } from '../csv/csvRows.js';
import type { ReadOptions } from '../input/fileChunks.js';
import { detach, limits, optionalText } from '../limits.js';
import { bandScore, chooseSeverity, parseEpss, parseScore, ratingSeverity } from '../severity.js';
import { ScanParseError, type ParsedFinding } from './types.js';

export async function* parseNessusCsv(path: string, options: ReadOptions = {}): AsyncGenerator<ParsedFinding> {
  let columns: Record<string, number> | undefined;
  for await (const { row, cells } of csvRows(path, options)) {
    if (!columns) {
      const headers = cells.map(normaliseHeader);
      columns = {
        plugin: findColumn(headers, 'pluginid', 'plugin'),
        host: findColumn(headers, 'host'),
        ip: findColumn(headers, 'ipaddress', 'ip'),
        dns: findColumn(headers, 'dnsname', 'fqdn'),
        port: findColumn(headers, 'port'),
        protocol: findColumn(headers, 'protocol'),
        name: findColumn(headers, 'name', 'pluginname'),
        rating: findColumn(headers, 'risk', 'riskfactor', 'severity'),
        cvss3: findColumn(headers, 'cvssv3basescore', 'cvssv3', 'cvssv30basescore', 'cvssv31basescore', 'cvss3basescore', 'cvss3'),
        cvss2: findColumn(headers, 'cvssv2basescore', 'cvss', 'cvssbasescore', 'cvssv2'),
        cves: findColumn(headers, 'cve', 'cves'),
        synopsis: findColumn(headers, 'synopsis'),
        description: findColumn(headers, 'description'),
        solution: findColumn(headers, 'solution'),
        output: findColumn(headers, 'pluginoutput', 'plugintext'),
        epss: findColumn(headers, 'epssscore', 'epss'),
      };
      if (columns.plugin === -1 || (columns.host === -1 && columns.ip === -1 && columns.dns === -1)) {
        throw new ScanParseError('Not a Nessus CSV export: it needs a "Plugin ID" column and a "Host", "IP Address" or "DNS Name" column', 'row 1');
      }
      continue;
    }
    const pluginId = cell(cells, columns.plugin).trim();
    if (!pluginId) continue;
    const ip = cell(cells, columns.ip).trim();
    const dns = cell(cells, columns.dns).trim();
    const host = cell(cells, columns.host).trim() || ip || dns;
    if (!host) throw new ScanParseError('The row has no host, IP address or DNS name', `row ${row}`);
    const port = cell(cells, columns.port).trim() || '0';
    const protocol = cell(cells, columns.protocol).trim().toLowerCase() || 'tcp';
    const cvss = parseScore(cell(cells, columns.cvss3));
    const cvss2 = parseScore(cell(cells, columns.cvss2));
    const finding: ParsedFinding = {
      asset: hostAsset(host, { ip: ip || undefined, fqdn: dns || undefined }),
      identity: detach(`${pluginId}|${port}/${protocol}`),
      ruleId: detach(pluginId.slice(0, limits.maxShortChars)),
      title: optionalText(cell(cells, columns.name), limits.maxShortChars) ?? `Nessus plugin ${pluginId}`,
      severity: chooseSeverity(cvss, ratingSeverity(cell(cells, columns.rating)), cvss2 !== undefined ? bandScore(cvss2) : undefined),
      cves: collectCves(cell(cells, columns.cves)),
      port,
      protocol,
      location: `${port}/${protocol}`,
    };
    if (cvss !== undefined) finding.cvss = cvss;
    const epss = parseEpss(cell(cells, columns.epss));
    if (epss !== undefined) finding.epss = epss;
    const description = optionalText(cell(cells, columns.description) || cell(cells, columns.synopsis));
    if (description) finding.description = description;
    const solution = optionalText(cell(cells, columns.solution));
    if (solution && solution !== 'n/a') finding.solution = solution;
    const evidence = optionalText(cell(cells, columns.output));
    if (evidence) finding.evidence = evidence;
    yield finding;
  }
}
