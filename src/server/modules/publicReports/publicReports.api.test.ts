import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, testPassword, type TestTenant } from '../../testing/factories.js';
import { useTestApp } from '../../testing/fixtures.js';
import { signIn, type Client } from '../../testing/testApp.js';

describe('the public report link', () => {
  const lines: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  const test = useTestApp({}, '/nonexistent', { level: 'trace', stream });
  let tenant: TestTenant;
  let ciso: Client;
  let manager: Client;
  let secret: string;
  const secretsSeen: string[] = [];

  const linkUrl = (token: string) => `/api/v1/public/incident-reports/${token}`;
  const open = (token: string, ip = '198.51.100.1') => test.app.inject({ method: 'GET', url: linkUrl(token), remoteAddress: ip });
  const send = (token: string, body: Record<string, unknown>, ip = '198.51.100.1') => test.app.inject({ method: 'POST', url: linkUrl(token), payload: body, remoteAddress: ip });
  const report = { title: 'Konstigt mejl till kommunens växel', description: 'Någon ringde och bad om lösenord till e-tjänsten.', contact: 'granne@example.se' };
  const switchLink = async (body: Record<string, unknown>) => {
    const version = (await ciso.get('/api/v1/incident-settings')).json().version;
    const settings = (await ciso.patch('/api/v1/incident-settings', { version, ...body })).json();
    const token = settings.publicReportPath?.replace('/rapportera/', '') ?? null;
    if (token) secretsSeen.push(token);
    return token as string;
  };

  beforeAll(async () => {
    tenant = await makeTenant(test.database);
    ciso = await signIn(test.app, (await tenant.user([{ role: 'ciso' }])).email, testPassword);
    manager = await signIn(test.app, (await tenant.user([{ role: 'incident_manager' }])).email, testPassword);
    secret = await switchLink({ publicReport: true });
  });

  it('names the organisation, and files a report the incident manager sees, without sign-in', async () => {
    expect((await open(secret)).json()).toEqual({ organisation: tenant.name });
    const sent = await send(secret, { ...report, occurredAt: '2026-03-01T08:00:00Z' }, '198.51.100.2');
    expect(sent.statusCode).toBe(201);
    const { number } = sent.json();
    expect(number).toMatch(/^\d{4}-\d{4}$/);

    const list = (await manager.get('/api/v1/incidents?limit=100')).json();
    const listed = list.items.find((item: { number: string }) => item.number === number);
    expect(listed).toMatchObject({ channel: 'public_link', title: report.title, orgUnit: { id: tenant.rootOrgUnitId }, mine: false });
    const detail = (await manager.get(`/api/v1/incidents/${listed.id}`)).json();
    expect(detail).toMatchObject({ reporter: null, reporterContact: 'granne@example.se', description: report.description, occurredAt: expect.stringMatching(/^2026-03-01T08:00:00/) });
  });

  it('answers 404 for a wrong, malformed or switched-off link, and 400 naming a bad field', async () => {
    expect((await open('A'.repeat(43))).statusCode).toBe(404);
    expect((await open('inte-en-länk')).statusCode).toBe(404);
    expect((await send('A'.repeat(43), report)).statusCode).toBe(404);
    const missingTitle = await send(secret, { description: 'Utan rubrik' }, '198.51.100.3');
    expect(missingTitle.statusCode).toBe(400);
    expect(missingTitle.json().errors.map((e: { path: string }) => e.path)).toContain('body.title');

    const other = await switchLink({ rotatePublicReport: true });
    expect((await open(secret, '198.51.100.3')).statusCode).toBe(404);
    await switchLink({ publicReport: false });
    expect((await open(other, '198.51.100.3')).statusCode).toBe(404);
    expect((await send(other, report, '198.51.100.3')).statusCode).toBe(404);
    secret = await switchLink({ publicReport: true });
  });

  it('lets one address send 5 reports and open the link 60 times per 10 minutes, then answers 429', async () => {
    for (let i = 0; i < 5; i += 1) expect((await send(secret, report, '203.0.113.7')).statusCode).toBe(201);
    const refused = await send(secret, report, '203.0.113.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json()).toMatchObject({ status: 429, code: 'too_many_requests' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Guessing secrets counts the same, and other addresses are not affected.
    expect((await send('B'.repeat(43), report, '203.0.113.7')).statusCode).toBe(429);
    expect((await send(secret, report, '203.0.113.8')).statusCode).toBe(201);

    for (let i = 0; i < 60; i += 1) expect((await open(secret, '203.0.113.9')).statusCode).toBe(200);
    expect((await open(secret, '203.0.113.9')).statusCode).toBe(429);
    // Signed-in routes are not limited by it.
    for (let i = 0; i < 70; i += 1) expect((await manager.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('never writes a link\'s secret to the log, neither the API\'s nor the web page\'s path', async () => {
    await test.app.inject({ method: 'GET', url: `/rapportera/${secret}` });
    expect(secretsSeen.length).toBeGreaterThanOrEqual(3);
    const everything = lines.join('\n');
    expect(everything).toContain('/incident-reports/[redacted]');
    expect(everything).toContain('/rapportera/[redacted]');
    for (const token of secretsSeen) expect(everything).not.toContain(token);
  });
});
