import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { AuditEvent } from '../../shared/schemas/audit.js';
import type { Database } from '../db/database.js';
import { buildApp } from '../http/app.js';
import type { AppServices } from '../http/route.js';
import { scanImportSettings } from '../jobs/scanImportQueue.js';
import { MultipartForm } from './multipartForm.js';
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
  // Scanner uploads land in a directory of this app's own; without a job queue they stay queued.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'varn-test-data-'));
  const services: AppServices = {
    database,
    sessionLimits: { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 },
    secureCookies: false,
    scanImports: scanImportSettings(dataDir),
    ...overrides,
  };
  const app = await buildApp({ services, webDir, logLevel: logging.level, logStream: logging.stream, trustProxy: 0 });
  return {
    app,
    database,
    services,
    async close() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
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

/** A raw sign-in request, answered as is: from a given address, or with a session cookie already set. */
export function attemptLogin(app: FastifyInstance, email: string, password: string, options: { ip?: string; session?: string } = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    ...(options.ip ? { remoteAddress: options.ip } : {}),
    ...(options.session ? { cookies: { varn_session: options.session } } : {}),
  });
}

export const sessionCookieOf = (response: LightMyRequestResponse) => response.cookies.find((c) => c.name === 'varn_session');

export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const response = await attemptLogin(app, email, password);
  if (response.statusCode !== 200) throw new Error(`Sign-in as ${email} failed: ${response.statusCode} ${response.body}`);
  const cookie = sessionCookieOf(response)!;
  const csrfToken = response.json().csrfToken as string;
  // A Buffer goes as application/octet-stream, a MultipartForm as multipart/form-data, anything else as JSON.
  const request: Client['request'] = (method, url, body) => {
    const form = body instanceof MultipartForm ? body : null;
    const contentType = form ? form.contentType : Buffer.isBuffer(body) ? 'application/octet-stream' : null;
    return app.inject({
      method,
      url,
      cookies: { varn_session: cookie.value },
      headers: { ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }), ...(contentType ? { 'content-type': contentType } : {}) },
      ...(body === undefined ? {} : { payload: form ? form.payload : (body as object) }),
    });
  };
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

/** One page of the audit trail as `client` may read it; `query` is the URL query string. */
export async function readAuditEvents(client: Client, query: string): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
  const response = await client.get(`/api/v1/audit-events?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}
