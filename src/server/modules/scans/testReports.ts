/**
 * Scanner reports for the import tests, built from what a test cares about (hosts, plugins,
 * severities) with the parsers' own report factories: real Nessus XML through the real parser.
 */
import { nessusXml, type NessusItem } from '../scanImport/testing/reportFactories.js';

export type { NessusItem };
export interface ReportHost {
  name: string;
  items: NessusItem[];
}

/** Nessus's own 0–4 rating, used when an item has no CVSS v3 score. */
export const nessusSeverity = { info: 0, low: 1, medium: 2, high: 3, critical: 4 } as const;

let pluginId = 90_000;

/** A plugin result on port 443 of the given severity; a new plugin each call unless `pluginId` is given. */
export function nessusItem(severity: keyof typeof nessusSeverity = 'high', overrides: Partial<NessusItem> = {}): NessusItem {
  pluginId += 1;
  return { pluginId, severity: nessusSeverity[severity], name: `Sårbarhet ${pluginId}`, ...overrides };
}

export function nessusReport(hosts: ReportHost[]): Buffer {
  return Buffer.from(nessusXml(hosts));
}

/** The report cut off in the middle of its last item: the parser fails naming the line. */
export function truncatedReport(hosts: ReportHost[]): Buffer {
  const xml = nessusXml(hosts);
  return Buffer.from(xml.slice(0, xml.lastIndexOf('<description>') + 20));
}
