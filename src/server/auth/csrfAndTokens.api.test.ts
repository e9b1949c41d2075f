import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testPassword } from '../testing/factories.js';
import { useAdminApp } from '../testing/fixtures.js';
import { signIn, type Client } from '../testing/testApp.js';
import { queryRows } from '../testing/testDatabase.js';

describe('CSRF protection, API tokens and password change', () => {
  const setup = useAdminApp();

  const unitNames = async () => ((await setup.admin.get('/api/v1/org-units')).json() as Array<{ name: string }>).map((u) => u.name);

  const withBearer = (secret: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    setup.app.inject({ method, url, headers: { authorization: `Bearer ${secret}` }, ...(payload ? { payload } : {}) });

  async function createToken(client: Client, name = 'Integration') {
    const response = await client.post('/api/v1/me/tokens', { name });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; secret: string; prefix: string; expiresAt: string };
  }

  describe('CSRF', () => {
    it.each([
      ['without an X-CSRF-Token header', {}],
      ['with a wrong X-CSRF-Token header', { 'x-csrf-token': 'not-the-session-token' }],
    ])('refuses a cookie-authenticated write %s and writes nothing', async (_label, headers) => {
      const name = `Forged ${Math.random()}`;
      const response = await setup.app.inject({
        method: 'POST',
        url: '/api/v1/org-units',
        cookies: { varn_session: setup.admin.cookie },
        headers,
        payload: { name, type: 'enhet', parentId: setup.tenant.rootOrgUnitId },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('csrf_failed');
      expect(await unitNames()).not.toContain(name);
    });

    it('refuses a write with the CSRF token of another session', async () => {
      const other = await setup.signInNewUser([{ role: 'administrator' }]);
      const response = await setup.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        cookies: { varn_session: setup.admin.cookie },
        headers: { 'x-csrf-token': other.csrfToken },
        payload: { locale: 'en' },
      });
      expect(response.statusCode).toBe(403);
      expect((await setup.admin.get('/api/v1/me')).json().locale).toBe('sv');
    });

    it('lets reads through without the token and accepts writes with it', async () => {
      const read = await setup.app.inject({ method: 'GET', url: '/api/v1/org-units', cookies: { varn_session: setup.admin.cookie } });
      expect(read.statusCode).toBe(200);
      const write = await setup.admin.post('/api/v1/org-units', { name: 'Med rätt token', type: 'enhet', parentId: setup.tenant.rootOrgUnitId });
      expect(write.statusCode).toBe(201);
      expect(await unitNames()).toContain('Med rätt token');
    });

    it('hands the CSRF token back on GET /me for a cookie session', async () => {
      expect((await setup.admin.get('/api/v1/me')).json().csrfToken).toBe(setup.admin.csrfToken);
    });
  });

  describe('API tokens', () => {
    it('shows the secret once, at creation, and never in the list', async () => {
      const token = await createToken(setup.admin);
      expect(token.secret).toContain(token.prefix);
      const list = await setup.admin.get('/api/v1/me/tokens');
      expect(list.statusCode).toBe(200);
      expect(list.json().map((t: { id: string }) => t.id)).toContain(token.id);
      expect(list.body).not.toContain(token.secret);
      expect(list.json().every((t: object) => !('secret' in t))).toBe(true);
    });

    it('authenticates reads and writes by bearer token, with no CSRF token needed', async () => {
      const token = await createToken(setup.admin);
      const me = await withBearer(token.secret, 'GET', '/api/v1/me');
      expect(me.statusCode).toBe(200);
      expect(me.json().email).toBe(setup.admin.email);
      expect(me.json().csrfToken).toBeUndefined();
      const write = await withBearer(token.secret, 'POST', '/api/v1/org-units', { name: 'Via token', type: 'enhet', parentId: setup.tenant.rootOrgUnitId });
      expect(write.statusCode).toBe(201);
      expect(await unitNames()).toContain('Via token');
    });

    it('refuses a malformed or unknown bearer token', async () => {
      expect((await withBearer('varn_nothing_here', 'GET', '/api/v1/me')).statusCode).toBe(401);
      const basic = await setup.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Basic dXNlcjpwYXNz' } });
      expect(basic.statusCode).toBe(401);
    });

    it('stops accepting a revoked token', async () => {
      const token = await createToken(setup.admin);
      expect((await withBearer(token.secret, 'GET', '/api/v1/me')).statusCode).toBe(200);
      expect((await setup.admin.delete(`/api/v1/me/tokens/${token.id}`)).statusCode).toBe(204);
      const after = await withBearer(token.secret, 'GET', '/api/v1/me');
      expect(after.statusCode).toBe(401);
      expect(after.json().code).toBe('unauthenticated');
      const listed = (await setup.admin.get('/api/v1/me/tokens')).json().find((t: { id: string }) => t.id === token.id);
      expect(listed.revokedAt).not.toBeNull();
    });

    it("does not let a person revoke someone else's token", async () => {
      const token = await createToken(setup.admin);
      const other = await setup.signInNewUser([{ role: 'administrator' }]);
      expect((await other.delete(`/api/v1/me/tokens/${token.id}`)).statusCode).toBe(404);
      expect((await withBearer(token.secret, 'GET', '/api/v1/me')).statusCode).toBe(200);
    });

    it('stops accepting an expired token', async () => {
      const token = await createToken(setup.admin);
      expect((await withBearer(token.secret, 'GET', '/api/v1/me')).statusCode).toBe(200);
      await setup.database.db.execute(sql`update api_tokens set expires_at = now() - interval '1 minute' where id = ${token.id}`);
      expect((await withBearer(token.secret, 'GET', '/api/v1/me')).statusCode).toBe(401);
    });

    it('stores the secret only as a hash', async () => {
      const token = await createToken(setup.admin);
      const rows = await queryRows<{ row: string }>(setup.database.db, sql`select row_to_json(t)::text as row from api_tokens t where id = ${token.id}`);
      expect(rows).toHaveLength(1);
      const stored = JSON.parse(rows[0].row) as Record<string, unknown>;
      expect(Object.values(stored)).not.toContain(token.secret);
      expect(rows[0].row).not.toContain(token.secret.slice(-20));
    });

    it('refuses a token for a person whose employment has ended', async () => {
      const user = await setup.tenant.user([]);
      const token = await createToken(await signIn(setup.app, user.email, testPassword));
      expect((await withBearer(token.secret, 'GET', '/api/v1/me')).statusCode).toBe(200);
      expect((await setup.admin.patch(`/api/v1/people/${user.id}`, { version: user.version, employmentStatus: 'ended' })).statusCode).toBe(200);
      expect((await withBearer(token.secret, 'GET', '/api/v1/me')).statusCode).toBe(401);
    });
  });

  describe('password change', () => {
    const newPassword = 'Gräsklippare-i-Gävle-2031';

    it.each([
      ['the current password is wrong', 'not-my-password', newPassword, 'password_wrong'],
      ['the new one is too short', testPassword, 'kort-17!', 'password_too_short'],
      ['the new one is common', testPassword, 'Password1234!', 'password_too_common'],
      ['the new one is a common Swedish word', testPassword, 'Sommar2024!!!', 'password_too_common'],
    ])('refuses when %s and keeps the old password', async (_label, currentPassword, candidate, code) => {
      const user = await setup.tenant.user([]);
      const client = await signIn(setup.app, user.email, testPassword);
      const response = await client.post('/api/v1/me/password', { currentPassword, newPassword: candidate });
      expect(response.statusCode).toBe(422);
      expect(response.json().code).toBe(code);
      await expect(signIn(setup.app, user.email, testPassword)).resolves.toBeDefined();
    });

    it('switches to the new password and signs out the other sessions', async () => {
      const user = await setup.tenant.user([]);
      const laptop = await signIn(setup.app, user.email, testPassword);
      const phone = await signIn(setup.app, user.email, testPassword);
      const response = await laptop.post('/api/v1/me/password', { currentPassword: testPassword, newPassword });
      expect(response.statusCode).toBe(204);
      expect((await phone.get('/api/v1/me')).statusCode).toBe(401);
      expect((await laptop.get('/api/v1/me')).statusCode).toBe(200);
      await expect(signIn(setup.app, user.email, testPassword)).rejects.toThrow(/401/);
      await expect(signIn(setup.app, user.email, newPassword)).resolves.toBeDefined();
    });
  });
});
