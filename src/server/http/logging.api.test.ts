import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { makeTenant, testPassword } from '../testing/factories.js';
import { useTestApp } from '../testing/fixtures.js';
import { attemptLogin, signIn } from '../testing/testApp.js';

describe('logs', () => {
  const lines: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  const test = useTestApp({}, '/nonexistent', { level: 'trace', stream });

  it('are JSON lines that never carry a password, session cookie, CSRF token or API token', async () => {
    const tenant = await makeTenant(test.database);
    const user = await tenant.user([{ role: 'administrator' }]);
    await attemptLogin(test.app, user.email, 'wrong-password-xyz');
    const client = await signIn(test.app, user.email, testPassword);
    const token = (await client.post('/api/v1/me/tokens', { name: 'integration' })).json().secret as string;
    await test.app.inject({ method: 'GET', url: '/api/v1/people?q=x', headers: { authorization: `Bearer ${token}` } });
    await client.post('/api/v1/me/password', { currentPassword: testPassword, newPassword: 'a-brand-new-passphrase' });

    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const everything = lines.join('\n');
    for (const secret of [testPassword, 'wrong-password-xyz', 'a-brand-new-passphrase', client.cookie, client.csrfToken, token]) {
      expect(everything).not.toContain(secret);
    }
  });
});
