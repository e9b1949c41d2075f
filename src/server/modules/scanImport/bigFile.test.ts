import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeNessusFile, writeOpenvasFile } from '../../../../bench/scanFiles.js';
import { parseScan } from './parseScan.js';
import { tempReports } from './testing/reportFactories.js';

const files = tempReports();
const megabyte = 1024 * 1024;

/**
 * Parses the file keeping every finding's asset key and identity, as an importer merging in
 * memory would (strings that still pointed into the file's chunks would keep the file alive),
 * and returns the peak RSS growth in MB.
 */
async function parseMeasuringMemory(path: string, format: 'nessus-xml' | 'openvas-xml') {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const keys = new Map<string, Set<string>>();
  let findings = 0;
  for await (const finding of parseScan(path, format)) {
    let identities = keys.get(finding.asset.key);
    if (!identities) keys.set(finding.asset.key, (identities = new Set()));
    identities.add(finding.identity);
    if (++findings % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const distinct = [...keys.values()].reduce((sum, identities) => sum + identities.size, 0);
  return { findings, distinct, growth: (Math.max(peak, process.memoryUsage().rss) - before) / megabyte };
}

describe('a 100 MB report parses with bounded memory', () => {
  it('Nessus: 100 MB, 50,000 findings, RSS growth far below the file size', { timeout: 120_000 }, async () => {
    const path = files.dir + '/big.nessus';
    await writeNessusFile(path, { findings: 50_000, hosts: 1_000 });
    expect(statSync(path).size).toBeGreaterThan(90 * megabyte);
    const result = await parseMeasuringMemory(path, 'nessus-xml');
    expect(result).toMatchObject({ findings: 50_000, distinct: 50_000 });
    expect(result.growth).toBeLessThan(150);
  });

  it('OpenVAS: 100 MB, RSS growth far below the file size', { timeout: 120_000 }, async () => {
    const path = files.dir + '/big.xml';
    await writeOpenvasFile(path, { findings: 40_000, hosts: 800 });
    expect(statSync(path).size).toBeGreaterThan(90 * megabyte);
    const result = await parseMeasuringMemory(path, 'openvas-xml');
    expect(result).toMatchObject({ findings: 40_000, distinct: 40_000 });
    expect(result.growth).toBeLessThan(150);
  });
});
