import { describe, expect, it } from 'vitest';
import { testPassword } from '../testing/factories.js';
import { useAdminApp } from '../testing/fixtures.js';
import { attemptLogin, signIn } from '../testing/testApp.js';

/** Attacks a scoped administrator or an outsider could try; each must fail visibly. */
describe('a unit-scoped administrator', () => {
  const setup = useAdminApp();

  async function unitAdmin() {
    const unit = await setup.tenant.unit(`Kommunledningsförvaltningen ${Math.random()}`);
    const elsewhere = await setup.tenant.unit(`Gymnasieskolan ${Math.random()}`);
    const client = await setup.signInNewUser([{ role: 'administrator', orgUnitId: unit.id }], unit.id);
    return { unit, elsewhere, client };
  }

  it('cannot end the employment of, or change the sign-in e-mail of, someone holding roles beyond their unit', async () => {
    const { unit, client } = await unitAdmin();
    const ciso = await setup.tenant.user([{ role: 'ciso' }], unit.id);
    const ended = await client.patch(`/api/v1/people/${ciso.id}`, { version: 1, employmentStatus: 'ended' });
    expect(ended.statusCode).toBe(403);
    const hijacked = await client.patch(`/api/v1/people/${ciso.id}`, { version: 1, email: 'attacker@evil.example' });
    expect(hijacked.statusCode).toBe(403);
    await expect(signIn(setup.app, ciso.email, testPassword)).resolves.toBeTruthy();
    // Someone whose roles lie inside the unit is theirs to manage.
    const local = await setup.tenant.user([{ role: 'risk_owner', orgUnitId: unit.id }], unit.id);
    expect((await client.patch(`/api/v1/people/${local.id}`, { version: 1, employmentStatus: 'on_leave' })).statusCode).toBe(200);
  });

  it('cannot learn about people outside their unit by giving them a role or making them a manager', async () => {
    const { unit, elsewhere, client } = await unitAdmin();
    const outsider = await setup.tenant.person('Amina Utanför', elsewhere.id);
    const assigned = await client.post('/api/v1/role-assignments', { personId: outsider.id, role: 'administrator', scopeType: 'org_unit', orgUnitId: unit.id });
    expect(assigned.statusCode).toBe(422);
    expect(assigned.body).not.toContain('Amina');
    const insider = await setup.tenant.person('Inne Person', unit.id);
    const managed = await client.patch(`/api/v1/people/${insider.id}`, { version: 1, managerId: outsider.id });
    expect(managed.statusCode).toBe(422);
    expect(managed.body).not.toContain('Amina');
  });
});

describe('sign-in and sessions under attack', () => {
  const setup = useAdminApp();

  it('counts parallel wrong passwords, so a burst cannot get past the limit even with the right one in it', async () => {
    const user = await setup.tenant.user([]);
    const attempts = Array.from({ length: 30 }, (_, index) =>
      attemptLogin(setup.app, user.email, index === 20 ? testPassword : 'wrong-password-123', { ip: `10.1.0.${index}` }),
    );
    const statuses = (await Promise.all(attempts)).map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(10);
    expect(statuses[20]).toBe(429);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(19);
  });

  it('ignores a forged X-Forwarded-For when no proxy is trusted', async () => {
    for (let index = 0; index < 50; index += 1) await attemptLogin(setup.app, `nobody${index}@example.se`, 'wrong-password-123', { ip: '10.2.0.1' });
    const forged = await setup.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.2.0.1',
      headers: { 'x-forwarded-for': '192.0.2.77' },
      payload: { email: 'someone@example.se', password: 'wrong-password-123' },
    });
    expect(forged.statusCode).toBe(429);
  });

  it('refuses a sign-out without the CSRF token, and records one with it', async () => {
    const client = await setup.signInNewUser([]);
    const forged = await setup.app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: { varn_session: client.cookie }, payload: {} });
    expect(forged.statusCode).toBe(403);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    const events = (await setup.admin.get('/api/v1/audit-events?entityType=account&limit=20')).json().items as Array<{ action: string }>;
    expect(events.map((event) => event.action)).toContain('session.signed_out');
  });

  it('does not let an API token mint more tokens', async () => {
    const secret = (await setup.admin.post('/api/v1/me/tokens', { name: 'integration' })).json().secret as string;
    const minted = await setup.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: { authorization: `Bearer ${secret}` }, payload: { name: 'child', expiresInDays: 365 } });
    expect(minted.statusCode).toBe(403);
    expect(minted.json().code).toBe('session_required');
  });
});

describe('values the database cannot store', () => {
  const setup = useAdminApp();

  it.each([
    ['a NUL character in a sign-in e-mail', 'POST', '/api/v1/auth/login', { email: 'a\u0000@b.se', password: 'x' }],
    ['a NUL character in a unit name', 'POST', '/api/v1/org-units', 'nul-name'],
    ['a NUL character in a search', 'GET', '/api/v1/people?q=%00', undefined],
    ['an audit cursor beyond any id', 'GET', '/api/v1/audit-events?before=99999999999999999999', undefined],
    ['a date in year 0', 'GET', '/api/v1/audit-events?from=0000-01-01T00:00:00Z', undefined],
  ] as const)('answer 400 for %s, never 500', async (_label, method, url, body) => {
    const payload = body === 'nul-name' ? { name: 'a\u0000b', type: 'enhet', parentId: setup.tenant.rootOrgUnitId } : body;
    const response = await setup.admin.request(method, url, payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
