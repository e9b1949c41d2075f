import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAdminApp } from '../testing/fixtures.js';
import { createTestApp, type TestApp } from '../testing/testApp.js';
import { queryRows } from '../testing/testDatabase.js';
import { allRoutes } from './allRoutes.js';

async function rowCounts(testApp: TestApp) {
  const [counts] = await queryRows<{ units: number; people: number; events: number }>(testApp.database.db, sql`
    select (select count(*) from org_units)::int as units, (select count(*) from people)::int as people,
           (select count(*) from audit_events)::int as events`);
  return counts;
}

function expectProblem(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ status, code });
}

function cspDirectives(response: LightMyRequestResponse): Map<string, string> {
  const header = String(response.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name.toLowerCase(), values.join(' ')]),
  );
}

function expectSecurityHeaders(response: LightMyRequestResponse) {
  const csp = cspDirectives(response);
  expect(csp.get('script-src')).toBeDefined();
  expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  expect(csp.get('frame-ancestors')).toBe("'none'");
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBeTruthy();
}

describe('bad input and the HTTP surface', () => {
  const setup = useAdminApp();

  const rawPost = (url: string, payload: string) =>
    setup.app.inject({
      method: 'POST',
      url,
      cookies: { varn_session: setup.admin.cookie },
      headers: { 'x-csrf-token': setup.admin.csrfToken, 'content-type': 'application/json' },
      payload,
    });

  describe('refuses bad bodies with a 4xx that names the problem, and writes nothing', () => {
    let before: Awaited<ReturnType<typeof rowCounts>>;
    beforeAll(async () => {
      before = await rowCounts(setup);
    });

    it('answers malformed JSON with malformed_json', async () => {
      expectProblem(await rawPost('/api/v1/org-units', `{"name": "Halv", "type": "enhet", "parentId": `), 400, 'malformed_json');
    });

    it('answers wrong types with validation_failed naming each field', async () => {
      const response = await setup.admin.post('/api/v1/org-units', { name: 42, type: 'planet', parentId: setup.tenant.rootOrgUnitId });
      expectProblem(response, 400, 'validation_failed');
      const paths = response.json().errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.type']));
    });

    it('answers a missing required field naming it', async () => {
      const response = await setup.admin.post('/api/v1/people', { name: 'Utan e-post', orgUnitId: setup.tenant.rootOrgUnitId });
      expectProblem(response, 400, 'validation_failed');
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain('body.email');
    });

    it('answers unknown fields naming the key', async () => {
      const response = await setup.admin.post('/api/v1/org-units', { name: 'Med extra', type: 'enhet', parentId: setup.tenant.rootOrgUnitId, colour: 'red' });
      expectProblem(response, 400, 'validation_failed');
      expect(JSON.stringify(response.json().errors)).toContain('colour');
    });

    it('answers a body over 1 MB with body_too_large', async () => {
      const payload = JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10), type: 'enhet', parentId: setup.tenant.rootOrgUnitId });
      expectProblem(await rawPost('/api/v1/org-units', payload), 413, 'body_too_large');
    });

    it('has written no rows and no audit events', async () => {
      expect(await rowCounts(setup)).toEqual(before);
    });
  });

  it('answers an unknown API route with a JSON 404', async () => {
    for (const response of [await setup.admin.get('/api/v1/no-such-thing'), await setup.admin.post('/api/v1/org-units/x/y/z')]) {
      expectProblem(response, 404, 'unknown_route');
    }
  });

  it('answers an id that is not a UUID with 400 and a UUID of nothing with 404', async () => {
    const malformed = await setup.admin.get('/api/v1/org-units/not-a-uuid');
    expectProblem(malformed, 400, 'validation_failed');
    expect(malformed.json().errors.map((e: { path: string }) => e.path)).toContain('params.id');
    expectProblem(await setup.admin.patch('/api/v1/people/12345', { version: 1, name: 'X' }), 400, 'validation_failed');
    expectProblem(await setup.admin.get(`/api/v1/org-units/${randomUUID()}`), 404, 'not_found');
    expectProblem(await setup.admin.get(`/api/v1/people/${randomUUID()}`), 404, 'not_found');
  });

  it('answers a stale version with version_conflict and keeps the newer change', async () => {
    const unit = await setup.tenant.unit('Gamla namnet');
    expect((await setup.admin.patch(`/api/v1/org-units/${unit.id}`, { version: unit.version, name: 'Första ändringen' })).statusCode).toBe(200);
    const eventsBefore = (await rowCounts(setup)).events;
    expectProblem(await setup.admin.patch(`/api/v1/org-units/${unit.id}`, { version: unit.version, name: 'Andra ändringen' }), 409, 'version_conflict');
    const current = (await setup.admin.get(`/api/v1/org-units/${unit.id}`)).json();
    expect(current).toMatchObject({ name: 'Första ändringen', version: unit.version + 1 });
    expect((await rowCounts(setup)).events).toBe(eventsBefore);
  });

  it('sends security headers on API responses, without HSTS over plain http', async () => {
    for (const response of [await setup.admin.get('/api/v1/me'), await setup.app.inject({ method: 'GET', url: '/api/v1/me' })]) {
      expectSecurityHeaders(response);
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('reports health and readiness of a migrated database', async () => {
    const health = await setup.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    const ready = await setup.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });

  it('describes every registered route, and only those, in an OpenAPI 3.1 document', async () => {
    const response = await setup.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toMatch(/^3\.1\./);
    const registered = allRoutes.map((route) => `${route.method.toLowerCase()} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(document.paths).flatMap(([url, operations]) =>
      Object.keys(operations)
        .filter((key) => ['get', 'post', 'patch', 'put', 'delete'].includes(key))
        .map((method) => `${method} ${url}`),
    );
    expect(registered.length).toBeGreaterThan(10);
    expect(documented.sort()).toEqual([...registered].sort());
  });
});

describe('the web app and https headers', () => {
  let testApp: TestApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'varn-web-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><html><body><div id="root">Värn test shell</div></body></html>');
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log("värn");');
    testApp = await createTestApp({ secureCookies: true }, webDir);
  });
  afterAll(async () => {
    await testApp.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  const get = (url: string) => testApp.app.inject({ method: 'GET', url });

  it('serves index.html for the routes of the web app', async () => {
    for (const url of ['/', '/org', '/people', `/people/${randomUUID()}`, '/audit']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('Värn test shell');
    }
  });

  it('serves the built assets', async () => {
    const response = await get('/assets/app.js');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('console.log');
  });

  it('answers other paths with 404, JSON under /api', async () => {
    const page = await get('/no-such-page');
    expect(page.statusCode).toBe(404);
    expect(page.body).not.toContain('Värn test shell');
    expect((await get('/people/1/2')).statusCode).toBe(404);
    expectProblem(await get('/api/v1/x'), 404, 'unknown_route');
  });

  it('sends security headers and HSTS on UI and API responses over https', async () => {
    for (const response of [await get('/org'), await get('/api/v1/me')]) {
      expectSecurityHeaders(response);
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    }
  });
});
