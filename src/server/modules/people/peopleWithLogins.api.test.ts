import { describe, expect, it } from 'vitest';
import { makeTenant, testPassword } from '../../testing/factories.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { signIn } from '../../testing/testApp.js';

describe('people who can sign in', () => {
  const setup = useAdminApp();

  it('sign in with their new e-mail once it is changed, and no longer with the old one', async () => {
    const user = await setup.tenant.user([]);
    const response = await setup.admin.patch(`/api/v1/people/${user.id}`, { version: 1, email: 'Nytt.Namn@Kommun.example' });
    expect(response.statusCode, response.body).toBe(200);
    await expect(signIn(setup.app, user.email, testPassword)).rejects.toThrow(/401/);
    const renamed = await signIn(setup.app, 'nytt.namn@kommun.example', testPassword);
    expect((await renamed.get('/api/v1/me')).json().email).toBe('nytt.namn@kommun.example');
  });

  it('cannot take a sign-in e-mail another tenant already uses', async () => {
    const neighbour = await makeTenant(setup.database);
    const taken = await neighbour.user([]);
    const user = await setup.tenant.user([]);
    const response = await setup.admin.patch(`/api/v1/people/${user.id}`, { version: 1, email: taken.email });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('email_taken');
    expect((await setup.admin.get(`/api/v1/people/${user.id}`)).json().email).toBe(user.email);
  });

  it('keep the last administrator: their employment cannot end while nobody else administers', async () => {
    const refused = await setup.admin.patch(`/api/v1/people/${setup.adminId}`, { version: 1, employmentStatus: 'ended' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('last_administrator');

    const second = await setup.tenant.user([{ role: 'administrator' }]);
    const ended = await setup.admin.patch(`/api/v1/people/${second.id}`, { version: 1, employmentStatus: 'ended' });
    expect(ended.statusCode).toBe(200);
    await expect(signIn(setup.app, second.email, testPassword)).rejects.toThrow(/401/);
    // An ended administrator does not count: the remaining one is still the last.
    const assignments = (await setup.admin.get(`/api/v1/role-assignments?personId=${setup.adminId}`)).json() as Array<{ id: string }>;
    const revoke = await setup.admin.delete(`/api/v1/role-assignments/${assignments[0].id}`);
    expect(revoke.json().code).toBe('last_administrator');
  });
});
