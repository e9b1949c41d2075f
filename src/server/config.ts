import path from 'node:path';
import { z } from 'zod';

const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  VARN_DATA_DIR: z.string().default('./data'),
  VARN_DEMO: z.enum(['0', '1']).default('1'),
  VARN_DEMO_PASSWORD: z.string().min(12).optional(),
  /** Set when Värn is served over https (directly or behind a proxy): Secure cookies and HSTS. */
  VARN_PUBLIC_URL: z.string().url().optional(),
  /** How many reverse proxies stand in front (0: none); only their X-Forwarded-For hops are trusted. */
  VARN_TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  VARN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  VARN_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  VARN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  VARN_WEB_DIR: z.string().default('./dist/web'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  demo: boolean;
  demoPassword?: string;
  https: boolean;
  trustProxy: number;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  logLevel: string;
  webDir: string;
}

/** Reads and validates the environment; a bad value stops the start with the variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.VARN_DATA_DIR),
    demo: e.VARN_DEMO === '1',
    demoPassword: e.VARN_DEMO_PASSWORD,
    https: e.VARN_PUBLIC_URL?.startsWith('https:') ?? false,
    trustProxy: e.VARN_TRUST_PROXY,
    sessionIdleMs: e.VARN_SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.VARN_SESSION_ABSOLUTE_HOURS * 3_600_000,
    logLevel: e.VARN_LOG_LEVEL,
    webDir: path.resolve(e.VARN_WEB_DIR),
  };
}
