import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Database } from '../db/database.js';
import { buildApp } from '../http/app.js';
import type { AppServices } from '../http/route.js';
import { openTestDatabase } from './testDatabase.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  services: AppServices;
  close(): Promise<void>;
}

export async function createTestApp(
  overrides: Partial<AppServices> = {},
  webDir = '/nonexistent',
  logging: { level: string; stream?: NodeJS.WritableStream } = { level: 'silent' },
): Promise<TestApp> {
  const database = await openTestDatabase();
  const services: AppServices = {
    database,
    sessionLimits: { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 },
    secureCookies: false,
    ...overrides,
  };
  const app = await buildApp({ services, webDir, logLevel: logging.level, logStream: logging.stream, trustProxy: false });
  return {
    app,
    database,
    services,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in caller: sends the session cookie, and the CSRF token on writes. */
export interface Client {
  email: string;
  csrfToken: string;
  cookie: string;
  request(method: InjectOptions['method'], url: string, body?: unknown): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`Sign-in as ${email} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'varn_session')!;
  const csrfToken = response.json().csrfToken as string;
  const request: Client['request'] = (method, url, body) =>
    app.inject({
      method,
      url,
      cookies: { varn_session: cookie.value },
      headers: method === 'GET' ? {} : { 'x-csrf-token': csrfToken },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  return {
    email,
    csrfToken,
    cookie: cookie.value,
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body),
    delete: (url) => request('DELETE', url),
  };
}
