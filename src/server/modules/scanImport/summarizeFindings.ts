/**
 * What a report contains after in-report merging: findings with the same asset key and identity
 * are one finding (the most severe of the duplicates counts). Keeps one entry per distinct
 * finding, so use it for tests and small reports; imports merge in the database.
 */
import { findingSeverities, type FindingSeverity, type ParsedFinding } from './parsers/types.js';

export interface ReportSummary {
  assets: number;
  findings: number;
  severities: Record<FindingSeverity, number>;
  /** How often each merged finding occurred, by `${asset.key}\u0000${identity}`. */
  occurrences: Map<string, number>;
}

const rank = (severity: FindingSeverity) => findingSeverities.indexOf(severity);

export async function summarizeFindings(findings: AsyncIterable<ParsedFinding>): Promise<ReportSummary> {
  const merged = new Map<string, { severity: FindingSeverity; count: number }>();
  const assets = new Set<string>();
  for await (const finding of findings) {
    const key = `${finding.asset.key}\u0000${finding.identity}`;
    assets.add(finding.asset.key);
    const seen = merged.get(key);
    if (!seen) merged.set(key, { severity: finding.severity, count: 1 });
    else {
      seen.count++;
      if (rank(finding.severity) < rank(seen.severity)) seen.severity = finding.severity;
    }
  }
  const severities = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  const occurrences = new Map<string, number>();
  for (const [key, { severity, count }] of merged) {
    severities[severity]++;
    occurrences.set(key, count);
  }
  return { assets: assets.size, findings: merged.size, severities, occurrences };
}
