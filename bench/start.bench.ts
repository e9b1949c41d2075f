/**
 * npm run bench:start — how fast Värn starts and how much memory it holds:
 * 1. first start on an empty data directory, including the demo, until /readyz answers 200;
 * 2. later starts on that existing data directory, until /readyz answers 200 (median of 5);
 * 3. resident memory of the server process after start (after a few requests).
 * Each start is a real `varn serve` process, timed from spawn.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const varn = path.resolve('bin/varn.mjs');
const port = 3990;

async function waitForReady(child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`varn serve exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function timedStart(dataDir: string) {
  const started = performance.now();
  const child = spawn(process.execPath, [varn, 'serve'], {
    env: { ...process.env, VARN_DATA_DIR: dataDir, PORT: String(port), VARN_DEMO_PASSWORD: 'bench-demo-password', VARN_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForReady(child);
  const seconds = (performance.now() - started) / 1000;
  return { child, seconds };
}

function residentMegabytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)![1]);
  return kilobytes / 1024;
}

async function stop(child: ChildProcess) {
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'varn-bench-'));
try {
  const first = await timedStart(dataDir);
  await stop(first.child);
  const later: number[] = [];
  let memory = 0;
  for (let run = 0; run < 5; run += 1) {
    const start = await timedStart(dataDir);
    later.push(start.seconds);
    if (run === 4) {
      for (const url of ['/api/openapi.json', '/readyz', '/healthz']) await fetch(`http://127.0.0.1:${port}${url}`);
      memory = residentMegabytes(start.child.pid!);
    }
    await stop(start.child);
  }
  later.sort((a, b) => a - b);
  const median = later[Math.floor(later.length / 2)];
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  console.log(`first start with demo to /readyz 200: ${first.seconds.toFixed(2)} s (target ≤ 20 s)`);
  console.log(`start on existing data to /readyz 200: median ${median.toFixed(2)} s of ${later.map((s) => s.toFixed(2)).join(', ')} (target ≤ 3 s)`);
  console.log(`resident memory after start: ${memory.toFixed(0)} MB (target ≤ 400 MB)`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
