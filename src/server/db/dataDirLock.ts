import path from 'node:path';
import lockfile from 'proper-lockfile';

export interface DataDirLock {
  release(): Promise<void>;
}

export class DataDirLockedError extends Error {}

/**
 * Takes the data directory's lock, or refuses with a clear message when another Värn
 * process holds it. The lock is refreshed while held and goes stale if its holder dies.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const lockfilePath = path.join(dataDir, 'varn.lock');
  try {
    const release = await lockfile.lock(dataDir, { lockfilePath, stale: 15_000, update: 5_000, realpath: false });
    return { release: () => release().catch(() => undefined) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DataDirLockedError(
        `The data directory ${dataDir} is in use by another Värn process (lock ${lockfilePath}). ` +
          'Stop that process first; two processes on one embedded database would corrupt it.',
      );
    }
    throw error;
  }
}
