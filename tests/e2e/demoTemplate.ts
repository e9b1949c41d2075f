import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export const demoPassword = 'e2e-demo-password-2026';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data directory with the demo loaded once; each test file's server starts on a copy. */
    demoTemplate: string;
  }
}

/**
 * Global setup of the browser tests: loads the demo once with `varn seed-demo`, so each test
 * file starts its server on a fresh copy in seconds instead of seeding again.
 */
export default function loadDemoOnce(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'varn-e2e-template-'));
  execFileSync(process.execPath, [path.resolve('bin/varn.mjs'), 'seed-demo'], {
    env: { ...process.env, VARN_DATA_DIR: dir, VARN_DEMO_PASSWORD: demoPassword, VARN_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  project.provide('demoTemplate', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
