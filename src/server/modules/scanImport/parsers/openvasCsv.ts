/**
 * Greenbone/OpenVAS CSV export ("IP,Hostname,Port,Port Protocol,CVSS,Severity,…,NVT OID,…").
 * Same identity as the XML: hostname else IP, NVT OID and port ("general/tcp" when the port is
 * empty). Severity: the CVSS column (OpenVAS's numeric severity) banded, else the Severity word.
 */
import { collectCves, hostAsset } from '../assets.js';
import { cell, csvRows, findColumn, normaliseHeader } from '../csv/csvRows.js';
import type { ReadOptions } from '../input/fileChunks.js';
import { detach, limits, optionalText } from '../limits.js';
import { bandScore, parseEpss, parseScore, ratingSeverity } from '../severity.js';
import { ScanParseError, type ParsedFinding } from './types.js';

export async function* parseOpenvasCsv(path: string, options: ReadOptions = {}): AsyncGenerator<ParsedFinding> {
  let columns: Record<string, number> | undefined;
  for await (const { row, cells } of csvRows(path, options)) {
    if (!columns) {
      const headers = cells.map(normaliseHeader);
      columns = {
        ip: findColumn(headers, 'ip'),
        hostname: findColumn(headers, 'hostname'),
        port: findColumn(headers, 'port'),
        protocol: findColumn(headers, 'portprotocol'),
        cvss: findColumn(headers, 'cvss', 'severityscore'),
        severity: findColumn(headers, 'severity'),
        name: findColumn(headers, 'nvtname'),
        summary: findColumn(headers, 'summary'),
        result: findColumn(headers, 'specificresult'),
        oid: findColumn(headers, 'nvtoid'),
        cves: findColumn(headers, 'cves', 'cve'),
        solution: findColumn(headers, 'solution'),
        epss: findColumn(headers, 'maxseverityepssscore', 'epssscore'),
      };
      if (columns.oid === -1 || (columns.ip === -1 && columns.hostname === -1)) {
        throw new ScanParseError('Not an OpenVAS CSV export: it needs the columns "NVT OID" and "IP" or "Hostname"', 'row 1');
      }
      continue;
    }
    const oid = cell(cells, columns.oid).trim();
    const ip = cell(cells, columns.ip).trim();
    const hostname = cell(cells, columns.hostname).trim();
    if (!oid) throw new ScanParseError('The row has no NVT OID', `row ${row}`);
    if (!ip && !hostname) throw new ScanParseError('The row has no IP or hostname', `row ${row}`);
    const portNumber = cell(cells, columns.port).trim();
    const protocol = cell(cells, columns.protocol).trim().toLowerCase() || 'tcp';
    const port = `${portNumber || 'general'}/${protocol}`;
    const score = parseScore(cell(cells, columns.cvss));
    const finding: ParsedFinding = {
      asset: hostAsset(hostname || ip, { ip: ip || undefined, fqdn: hostname.includes('.') ? hostname : undefined }),
      identity: detach(`${oid}|${port}`),
      ruleId: detach(oid.slice(0, limits.maxShortChars)),
      title: optionalText(cell(cells, columns.name), limits.maxShortChars) ?? `OpenVAS NVT ${oid}`,
      severity: score !== undefined ? bandScore(score) : (ratingSeverity(cell(cells, columns.severity)) ?? 'info'),
      cves: collectCves(cell(cells, columns.cves)),
      port,
      protocol,
      location: port,
    };
    const epss = parseEpss(cell(cells, columns.epss));
    if (epss !== undefined) finding.epss = epss;
    const description = optionalText(cell(cells, columns.summary));
    if (description) finding.description = description;
    const solution = optionalText(cell(cells, columns.solution));
    if (solution) finding.solution = solution;
    const evidence = optionalText(cell(cells, columns.result));
    if (evidence) finding.evidence = evidence;
    yield finding;
  }
}
