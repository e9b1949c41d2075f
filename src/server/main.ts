import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { seedDemo, type DemoSummary } from './demo/seedDemo.js';
import { buildApp } from './http/app.js';
import { scheduleHousekeeping } from './jobs/housekeeping.js';
import { scheduleRiskReminders } from './jobs/riskReminders.js';
import { scheduleIncidentDeadlineAlerts } from './jobs/incidentDeadlineAlerts.js';
import { startJobQueue } from './jobs/jobQueue.js';
import { scheduleScanImports } from './jobs/scanImport.js';
import { scanImportSettings } from './jobs/scanImportQueue.js';
import { countTenants } from './modules/tenants/service.js';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  demo: DemoSummary | null;
  close(): Promise<void>;
}

export function databaseTarget(config: Config) {
  return config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir };
}

/** config -> database -> migrations -> demo (on an empty database) -> http -> jobs. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openDatabase(databaseTarget(config));
  try {
    await database.migrate();
    let demo: DemoSummary | null = null;
    if (config.demo && (await countTenants(database)) === 0) {
      demo = await seedDemo(database, config.demoPassword, !config.demoPassword);
    }
    const scanImports = scanImportSettings(config.dataDir);
    const app = await buildApp({
      services: {
        database,
        sessionLimits: { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs },
        secureCookies: config.https,
        scanImports,
      },
      webDir: config.webDir,
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
    });
    const address = await app.listen({ port: config.port, host: config.host });
    const port = new URL(address).port;
    const sessionLimits = { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs };
    const jobs = await startJobQueue(database, app.log);
    await scheduleHousekeeping(jobs, database, sessionLimits);
    await scheduleRiskReminders(jobs, database);
    await scheduleIncidentDeadlineAlerts(jobs, database);
    await scheduleScanImports(jobs, database, scanImports, app.log);
    return {
      app,
      database,
      url: `http://localhost:${port}`,
      demo,
      async close() {
        await jobs.stop({ graceful: true, wait: true, timeout: 5_000 });
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
