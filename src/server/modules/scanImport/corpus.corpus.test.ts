/**
 * Every file of the shared scanner corpus (../shared/corpus, real scanner output) parsed and
 * merged by (asset, identity), checked against the numbers in its README. The corpus is not
 * copied into the repository; without it these tests fail rather than skip.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseScan, ScanParseError, summarizeFindings, type FindingSeverity, type ParsedFinding } from './index.js';

const corpus = resolve(process.cwd(), '../shared/corpus');

type Severities = Partial<Record<FindingSeverity, number>>;
interface Expected {
  format: string;
  assets: number;
  findings: number;
  severities: Severities;
}

/** The README's table, plus the generic files it describes in prose. */
const expected: Record<string, Expected> = {
  'nessus/nessus_many_vuln.csv': { format: 'nessus-csv', assets: 2, findings: 4, severities: { high: 1, medium: 3 } },
  'nessus/nessus_many_vuln.xml': { format: 'nessus-xml', assets: 1, findings: 7, severities: { info: 7 } },
  'nessus/nessus_many_vuln2-default.csv': { format: 'nessus-csv', assets: 1, findings: 29, severities: { info: 28, medium: 1 } },
  'nessus/nessus_was_no_vuln.csv': { format: 'nessus-csv', assets: 0, findings: 0, severities: {} },
  'nessus/nessus_with_cvssv3.nessus': { format: 'nessus-xml', assets: 1, findings: 48, severities: { critical: 1, high: 11, info: 23, low: 1, medium: 12 } },
  'openvas/many_vuln.csv': { format: 'openvas-csv', assets: 1, findings: 4, severities: { critical: 1, low: 1, medium: 2 } },
  'openvas/many_vuln.xml': { format: 'openvas-xml', assets: 1, findings: 44, severities: { critical: 8, high: 11, medium: 25 } },
  'openvas/no_vuln.csv': { format: 'openvas-csv', assets: 0, findings: 0, severities: {} },
  'openvas/no_vuln.xml': { format: 'openvas-xml', assets: 0, findings: 0, severities: {} },
  'openvas/report_detail_v2.csv': { format: 'openvas-csv', assets: 1, findings: 1, severities: { critical: 1 } },
  'sarif/appendix_k.sarif': { format: 'sarif', assets: 1, findings: 1, severities: { high: 1 } },
  'sarif/appendix_k1.sarif': { format: 'sarif', assets: 0, findings: 0, severities: {} },
  'sarif/bash-report-fabricated-no-internal-dupes-subset.sarif': { format: 'sarif', assets: 1, findings: 4, severities: { low: 4 } },
  'sarif/bash-report-fabricated-no-internal-dupes.sarif': { format: 'sarif', assets: 1, findings: 5, severities: { low: 5 } },
  'sarif/cxf-3.4.6.sarif': { format: 'sarif', assets: 1, findings: 22, severities: { critical: 1, high: 11, low: 6, medium: 4 } },
  'sarif/no_runs.sarif': { format: 'sarif', assets: 0, findings: 0, severities: {} },
  'trivy/all_statuses.json': { format: 'trivy-json', assets: 1, findings: 8, severities: { low: 8 } },
  'trivy/legacy_many_vulns.json': { format: 'trivy-json', assets: 1, findings: 93, severities: { high: 18, info: 1, low: 65, medium: 9 } },
  'trivy/legacy_no_vuln.json': { format: 'trivy-json', assets: 0, findings: 0, severities: {} },
  'trivy/misconfigurations_and_secrets.json': { format: 'trivy-json', assets: 1, findings: 5, severities: { critical: 2, high: 2, medium: 1 } },
  'trivy/scheme_2_many_vulns.json': { format: 'trivy-json', assets: 1, findings: 5, severities: { critical: 1, high: 1, medium: 3 } },
  'trivy/scheme_2_no_vuln.json': { format: 'trivy-json', assets: 0, findings: 0, severities: {} },
  'generic/generic_report1.json': { format: 'generic-json', assets: 1, findings: 2, severities: { medium: 2 } },
  // One title on one host, five URLs: five instances on one asset.
  'generic/generic_report1.csv': { format: 'generic-csv', assets: 1, findings: 5, severities: { low: 5 } },
  // Reimport files: they must parse; findings merge by title (no endpoints, no tool ids).
  'generic/test_import_report1.json': { format: 'generic-json', assets: 1, findings: 2, severities: { critical: 2 } },
  'generic/test_import_report2.json': { format: 'generic-json', assets: 1, findings: 1, severities: { critical: 1 } },
};

/** Files that must be refused, with the fields the error must name. */
const refused: Record<string, string[]> = {
  'generic/generic_empty.json': ['title', 'severity', 'description'],
  'generic/generic_invalid.json': ['invalid_field', 'last_status_update'],
};

const pathOf = (file: string) => join(corpus, file);
const formatOf = (file: string) => detectFormat(readFileSync(pathOf(file)).subarray(0, 64 * 1024), file);

async function collect(file: string): Promise<ParsedFinding[]> {
  const findings: ParsedFinding[] = [];
  for await (const finding of parseScan(pathOf(file), formatOf(file)!, { assetName: 'Corpus' })) findings.push(finding);
  return findings;
}

async function* each<T>(items: T[]) {
  yield* items;
}

function corpusFiles(dir = corpus): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return corpusFiles(path);
    return /\.(md)$/.test(name) ? [] : [relative(corpus, path)];
  });
}

describe('the shared scanner corpus', () => {
  it('is there (../shared/corpus from the project root), and every report in it is checked here', () => {
    expect(existsSync(corpus), `missing ${corpus}: the corpus tests need the shared corpus next to the project`).toBe(true);
    expect(corpusFiles().sort()).toEqual([...Object.keys(expected), ...Object.keys(refused)].sort());
  });

  it.each(Object.entries(expected))('%s: detected, parsed and merged as the README counts it', async (file, want) => {
    expect(formatOf(file)).toBe(want.format);
    const summary = await summarizeFindings(each(await collect(file)));
    const severities = Object.fromEntries(Object.entries(summary.severities).filter(([, count]) => count > 0));
    expect({ assets: summary.assets, findings: summary.findings, severities }).toEqual({ assets: want.assets, findings: want.findings, severities: want.severities });
  });

  it.each(Object.entries(refused))('%s: refused with an error naming the fields', async (file, fields) => {
    const error = await collect(file).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ScanParseError);
    for (const field of fields) expect((error as Error).message).toContain(field);
    expect((error as ScanParseError).where).toBe('finding 1');
  });

  it('SARIF subset as a reimport: same asset, and exactly one finding of the full report is gone', async () => {
    const full = await collect('sarif/bash-report-fabricated-no-internal-dupes.sarif');
    const subset = await collect('sarif/bash-report-fabricated-no-internal-dupes-subset.sarif');
    expect(new Set([...full, ...subset].map((finding) => finding.asset.key)).size).toBe(1);
    const subsetIdentities = new Set(subset.map((finding) => finding.identity));
    expect(full.filter((finding) => !subsetIdentities.has(finding.identity))).toHaveLength(1);
    expect(subset.every((finding) => full.some((other) => other.identity === finding.identity))).toBe(true);
  });

  it('carries the CVEs that the KEV catalogue lists', async () => {
    const cves = async (file: string) => new Set((await collect(file)).flatMap((finding) => finding.cves));
    expect(await cves('trivy/scheme_2_many_vulns.json')).toContain('CVE-2020-15999');
    expect(await cves('openvas/many_vuln.xml')).toContain('CVE-2012-1823');
    expect(await cves('nessus/nessus_with_cvssv3.nessus')).toContain('CVE-2012-1823');
  });
});
