import { describe, expect, it } from 'vitest';
import { testPassword } from '../testing/factories.js';
import { useAdminApp } from '../testing/fixtures.js';
import { attemptLogin, readAuditEvents, signIn } from '../testing/testApp.js';
import { setPasswordByEmail } from './setPassword.js';

describe('an operator setting a password (varn set-password)', () => {
  const setup = useAdminApp();

  it('lets the person sign in with the new password only, signs out their sessions and is audited', async () => {
    const user = await setup.tenant.user([]);
    const before = await signIn(setup.app, user.email, testPassword);
    await setPasswordByEmail(setup.database, ` ${user.email.toUpperCase()} `, 'a-fresh-operator-passphrase');
    expect((await before.get('/api/v1/me')).statusCode).toBe(401);
    expect((await attemptLogin(setup.app, user.email, testPassword)).statusCode).toBe(401);
    expect((await attemptLogin(setup.app, user.email, 'a-fresh-operator-passphrase')).statusCode).toBe(200);
    const events = await readAuditEvents(setup.admin, 'entityType=account&limit=50');
    expect(events.items.map((event) => event.action)).toContain('account.password_set_by_operator');
  });

  it('refuses a weak password and an unknown account, changing nothing', async () => {
    const user = await setup.tenant.user([]);
    await expect(setPasswordByEmail(setup.database, user.email, 'short')).rejects.toThrow(/at least 12/);
    await expect(setPasswordByEmail(setup.database, 'nobody@nowhere.example', 'a-fresh-operator-passphrase')).rejects.toThrow(/No account/);
    expect((await attemptLogin(setup.app, user.email, testPassword)).statusCode).toBe(200);
  });
});
