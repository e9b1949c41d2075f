/**
 * Parser speed on the import benchmark's data: a Nessus .nessus and an OpenVAS GMP XML with
 * 200,000 findings over 5,000 hosts (bench/scanFiles.ts), each parsed alone, in a fresh process
 * so its peak RSS is the parser's own. Prints findings/s and peak RSS per run.
 *
 *   npx tsx bench/parseSpeed.ts [--findings 200000] [--hosts 5000] [--runs 3] [--dir /tmp/…]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScan } from '../src/server/modules/scanImport/index.js';
import type { ScanFormat } from '../src/server/modules/scanImport/index.js';
import { writeNessusFile, writeOpenvasFile } from './scanFiles.js';

export interface ParseMeasurement {
  findings: number;
  seconds: number;
  /** CPU time of this process (user + system): what the parser costs when the machine is shared. */
  cpuSeconds: number;
  findingsPerSecond: number;
  peakRssMb: number;
}

/** Parses the file in this process; peak RSS is this process's peak so far. */
export async function measureParse(path: string, format: ScanFormat): Promise<ParseMeasurement> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let findings = 0;
  for await (const finding of parseScan(path, format)) if (finding) findings++;
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { findings, seconds, cpuSeconds: (used.user + used.system) / 1e6, findingsPerSecond: Math.round(findings / seconds), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1]!;
}

async function main() {
  const child = process.argv.indexOf('--child');
  if (child !== -1) {
    const [path, format] = process.argv.slice(child + 1);
    process.stdout.write(JSON.stringify(await measureParse(path!, format as ScanFormat)));
    return;
  }
  const size = { findings: Number(option('findings', '200000')), hosts: Number(option('hosts', '5000')) };
  const runs = Number(option('runs', '3'));
  const dir = option('dir', join(tmpdir(), 'varn-bench-scans'));
  mkdirSync(dir, { recursive: true });
  const reports = [
    { format: 'nessus-xml' as const, path: join(dir, `nessus-${size.findings}-${size.hosts}.nessus`), write: writeNessusFile },
    { format: 'openvas-xml' as const, path: join(dir, `openvas-${size.findings}-${size.hosts}.xml`), write: writeOpenvasFile },
  ];
  const self = fileURLToPath(import.meta.url);
  for (const report of reports) {
    if (!existsSync(report.path)) {
      console.log(`writing ${report.path}`);
      await report.write(report.path, size);
    }
    for (let run = 1; run <= runs; run++) {
      const output = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', report.path, report.format], { encoding: 'utf8' });
      const result = JSON.parse(output) as ParseMeasurement;
      console.log(
        `${report.format} run ${run}: ${result.findings} findings in ${result.seconds.toFixed(2)} s (CPU ${result.cpuSeconds.toFixed(2)} s) = ` +
          `${result.findingsPerSecond.toLocaleString('en')} findings/s, peak RSS ${result.peakRssMb} MB`,
      );
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
