import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, testPassword, type TestTenant } from '../../testing/factories.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/testApp.js';

describe('people who can sign in', () => {
  let test: TestApp;
  let tenant: TestTenant;
  let admin: Client;
  let adminId: string;

  beforeAll(async () => {
    test = await createTestApp();
    tenant = await makeTenant(test.database);
    const user = await tenant.user([{ role: 'administrator' }]);
    adminId = user.id;
    admin = await signIn(test.app, user.email, testPassword);
  });
  afterAll(() => test?.close());

  it('sign in with their new e-mail once it is changed, and no longer with the old one', async () => {
    const user = await tenant.user([]);
    const response = await admin.patch(`/api/v1/people/${user.id}`, { version: 1, email: 'Nytt.Namn@Kommun.example' });
    expect(response.statusCode, response.body).toBe(200);
    await expect(signIn(test.app, user.email, testPassword)).rejects.toThrow(/401/);
    const renamed = await signIn(test.app, 'nytt.namn@kommun.example', testPassword);
    expect((await renamed.get('/api/v1/me')).json().email).toBe('nytt.namn@kommun.example');
  });

  it('cannot take a sign-in e-mail another tenant already uses', async () => {
    const neighbour = await makeTenant(test.database);
    const taken = await neighbour.user([]);
    const user = await tenant.user([]);
    const response = await admin.patch(`/api/v1/people/${user.id}`, { version: 1, email: taken.email });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('email_taken');
    expect((await admin.get(`/api/v1/people/${user.id}`)).json().email).toBe(user.email);
  });

  it('keep the last administrator: their employment cannot end while nobody else administers', async () => {
    const refused = await admin.patch(`/api/v1/people/${adminId}`, { version: 1, employmentStatus: 'ended' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('last_administrator');

    const second = await tenant.user([{ role: 'administrator' }]);
    const ended = await admin.patch(`/api/v1/people/${second.id}`, { version: 1, employmentStatus: 'ended' });
    expect(ended.statusCode).toBe(200);
    await expect(signIn(test.app, second.email, testPassword)).rejects.toThrow(/401/);
    // An ended administrator does not count: the remaining one is still the last.
    const assignments = (await admin.get(`/api/v1/role-assignments?personId=${adminId}`)).json() as Array<{ id: string }>;
    const revoke = await admin.delete(`/api/v1/role-assignments/${assignments[0].id}`);
    expect(revoke.json().code).toBe('last_administrator');
  });
});
