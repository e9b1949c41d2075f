import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { makeTenant, testPassword } from '../testing/factories.js';
import { useAdminApp, useTestApp } from '../testing/fixtures.js';
import { attemptLogin, createTestApp, readAuditEvents, sessionCookieOf, signIn } from '../testing/testApp.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const rawSetCookie = (response: LightMyRequestResponse) => [response.headers['set-cookie'] ?? []].flat().join('\n');

function getMe(app: FastifyInstance, session: string) {
  return app.inject({ method: 'GET', url: '/api/v1/me', cookies: { varn_session: session } });
}

describe('signing in and out', () => {
  const setup = useAdminApp();

  it('answers a right password with the CSRF token and an HttpOnly, SameSite=Lax session cookie for the whole site', async () => {
    const user = await setup.tenant.user([]);
    const response = await attemptLogin(setup.app, user.email, testPassword);
    expect(response.statusCode).toBe(200);
    expect(response.json().csrfToken).toEqual(expect.any(String));
    expect(response.json().csrfToken.length).toBeGreaterThanOrEqual(20);
    expect(response.json().personId).toBe(user.id);
    const header = rawSetCookie(response);
    expect(header).toMatch(/^varn_session=[^;]+/);
    expect(header).toMatch(/;\s*HttpOnly/i);
    expect(header).toMatch(/;\s*SameSite=Lax/i);
    expect(header).toMatch(/;\s*Path=\/(;|$)/);
    expect(header).not.toMatch(/;\s*Secure/i);
    expect((await getMe(setup.app, sessionCookieOf(response)!.value)).statusCode).toBe(200);
  });

  it('accepts the e-mail address in any letter case', async () => {
    const user = await setup.tenant.user([]);
    expect((await attemptLogin(setup.app, user.email.toUpperCase(), testPassword)).statusCode).toBe(200);
  });

  it('refuses a wrong password and an unknown e-mail alike, without a session', async () => {
    const user = await setup.tenant.user([]);
    for (const response of [
      await attemptLogin(setup.app, user.email, 'not-the-right-password'),
      await attemptLogin(setup.app, `nobody-${user.email}`, testPassword),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.json().code).toBe('invalid_credentials');
      expect(sessionCookieOf(response)).toBeUndefined();
    }
  });

  it('starts a new session at each sign-in and ends the one the browser came with', async () => {
    const user = await setup.tenant.user([]);
    const first = sessionCookieOf(await attemptLogin(setup.app, user.email, testPassword))!.value;
    const second = await attemptLogin(setup.app, user.email, testPassword, { session: first });
    expect(second.statusCode).toBe(200);
    const secondId = sessionCookieOf(second)!.value;
    expect(secondId).not.toBe(first);
    expect((await getMe(setup.app, first)).statusCode).toBe(401);
    expect((await getMe(setup.app, secondId)).statusCode).toBe(200);
  });

  it('never adopts a session id chosen before sign-in (session fixation)', async () => {
    const user = await setup.tenant.user([]);
    const planted = 'attacker-chosen-session-id-0123456789';
    const response = await attemptLogin(setup.app, user.email, testPassword, { session: planted });
    expect(sessionCookieOf(response)!.value).not.toBe(planted);
    expect((await getMe(setup.app, planted)).statusCode).toBe(401);
  });

  it('ends the session at sign-out', async () => {
    const user = await setup.tenant.user([]);
    const client = await signIn(setup.app, user.email, testPassword);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    const logout = await client.post('/api/v1/auth/logout');
    expect(logout.statusCode).toBe(204);
    expect(rawSetCookie(logout)).toMatch(/varn_session=;/);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    expect((await client.get('/api/v1/me')).json().code).toBe('unauthenticated');
  });

  it('blocks an account after 10 wrong passwords, even for the right one, from any address', async () => {
    const user = await setup.tenant.user([]);
    const other = await setup.tenant.user([]);
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      expect((await attemptLogin(setup.app, user.email, `wrong-${attempt}`, { ip: '10.1.0.1' })).statusCode).toBe(401);
    }
    const blocked = await attemptLogin(setup.app, user.email, testPassword, { ip: '10.1.0.1' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('too_many_attempts');
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(sessionCookieOf(blocked)).toBeUndefined();
    expect((await attemptLogin(setup.app, user.email, testPassword, { ip: '10.1.0.2' })).statusCode).toBe(429);
    // Another account from the same address is not affected.
    expect((await attemptLogin(setup.app, other.email, testPassword, { ip: '10.1.0.1' })).statusCode).toBe(200);
  });

  it('does not count failures that a successful sign-in came after', async () => {
    const user = await setup.tenant.user([]);
    for (let round = 0; round < 2; round += 1) {
      for (let attempt = 1; attempt <= 9; attempt += 1) await attemptLogin(setup.app, user.email, 'wrong', { ip: '10.2.0.1' });
      expect((await attemptLogin(setup.app, user.email, testPassword, { ip: '10.2.0.1' })).statusCode).toBe(200);
    }
  });

  it('blocks an address after 50 failures across different accounts', async () => {
    const user = await setup.tenant.user([]);
    for (let attempt = 1; attempt <= 50; attempt += 1) {
      const response = await attemptLogin(setup.app, `guess-${attempt}@example.test`, 'wrong-password', { ip: '10.3.0.1' });
      expect(response.statusCode).toBe(401);
    }
    const blocked = await attemptLogin(setup.app, user.email, testPassword, { ip: '10.3.0.1' });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attemptLogin(setup.app, user.email, testPassword, { ip: '10.3.0.2' })).statusCode).toBe(200);
  });

  it('records each successful sign-in in the audit log', async () => {
    const user = await setup.tenant.user([]);
    const signIns = async () =>
      (await readAuditEvents(setup.admin, `actorId=${user.id}&entityType=account`)).items.filter((e) => e.action === 'session.signed_in');
    expect(await signIns()).toHaveLength(0);
    await signIn(setup.app, user.email, testPassword);
    await attemptLogin(setup.app, user.email, 'wrong-password');
    await signIn(setup.app, user.email, testPassword);
    const events = await signIns();
    expect(events).toHaveLength(2);
    expect(events[0].actorId).toBe(user.id);
  });

  it('refuses a person whose employment has ended, and ends their open sessions', async () => {
    const user = await setup.tenant.user([]);
    const client = await signIn(setup.app, user.email, testPassword);
    const ended = await setup.admin.patch(`/api/v1/people/${user.id}`, { version: user.version, employmentStatus: 'ended' });
    expect(ended.statusCode).toBe(200);
    const response = await attemptLogin(setup.app, user.email, testPassword);
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('invalid_credentials');
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('session cookie over https', () => {
  const testApp = useTestApp({ secureCookies: true });

  it('marks the session cookie Secure', async () => {
    const tenant = await makeTenant(testApp.database);
    const user = await tenant.user([]);
    const response = await attemptLogin(testApp.app, user.email, testPassword);
    expect(response.statusCode).toBe(200);
    expect(rawSetCookie(response)).toMatch(/;\s*Secure/i);
    expect(rawSetCookie(response)).toMatch(/;\s*HttpOnly/i);
  });
});

describe('session timeouts', () => {
  // Each case gets its own app: the limits are fixed when the app is built.
  it.each([
    ['ends a session left idle longer than the idle limit', { idleMs: 2_000, absoluteMs: 60 * 60_000 }],
    ['ends a session older than the absolute limit while still well within the idle limit', { idleMs: 60 * 60_000, absoluteMs: 2_000 }],
  ])('%s', async (_label, sessionLimits) => {
    const testApp = await createTestApp({ sessionLimits });
    try {
      const user = await (await makeTenant(testApp.database)).user([]);
      const client = await signIn(testApp.app, user.email, testPassword);
      expect((await client.get('/api/v1/me')).statusCode).toBe(200);
      await pause(2_600);
      expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    } finally {
      await testApp.close();
    }
  });
});
