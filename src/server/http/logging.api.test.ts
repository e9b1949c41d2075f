import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, testPassword } from '../testing/factories.js';
import { createTestApp, signIn, type TestApp } from '../testing/testApp.js';

describe('logs', () => {
  let test: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    test = await createTestApp({}, '/nonexistent', { level: 'trace', stream });
  });
  afterAll(() => test?.close());

  it('are JSON lines that never carry a password, session cookie, CSRF token or API token', async () => {
    const tenant = await makeTenant(test.database);
    const user = await tenant.user([{ role: 'administrator' }]);
    await test.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: 'wrong-password-xyz' } });
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
