import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../db/database.js';
import type { AppServices } from '../http/route.js';
import { makeTenant, testPassword, type TestTenant } from './factories.js';
import { createTestApp, signIn, type Client, type TestApp } from './testApp.js';
import { openTestDatabase } from './testDatabase.js';

/*
 * Fixtures for a describe block: each registers its own beforeAll and afterAll, and
 * returns an object whose fields are filled in by beforeAll. Read the fields inside
 * hooks and tests only; at collection time they are still empty.
 */

/** A fresh, migrated database, closed after the block. */
export function useTestDatabase(): { database: Database } {
  const fixture = {} as { database: Database };
  beforeAll(async () => {
    fixture.database = await openTestDatabase();
  });
  afterAll(() => fixture.database?.close());
  return fixture;
}

/** A test app on its own database, closed after the block. */
export function useTestApp(...options: Parameters<typeof createTestApp>): TestApp {
  const fixture = {} as TestApp;
  beforeAll(async () => {
    // Copying the fields is safe: close() works on its closure, not on `this`.
    Object.assign(fixture, await createTestApp(...options));
  });
  // close is absent when beforeAll failed before the app existed.
  afterAll(() => fixture.close?.());
  return fixture;
}

export interface AdminApp extends TestApp {
  tenant: TestTenant;
  /** Signed in as a tenant-wide administrator of `tenant`. */
  admin: Client;
  adminId: string;
  /** A new user of `tenant` with these roles (and unit), signed in. */
  signInNewUser(...user: Parameters<TestTenant['user']>): Promise<Client>;
}

/** A test app with one tenant and its administrator signed in, closed after the block. */
export function useAdminApp(overrides: Partial<AppServices> = {}): AdminApp {
  const fixture = {
    async signInNewUser(...user) {
      return signIn(fixture.app, (await fixture.tenant.user(...user)).email, testPassword);
    },
  } as AdminApp;
  // One hook, not useTestApp plus a second, so the steps stay in order whatever `sequence.hooks` says.
  beforeAll(async () => {
    Object.assign(fixture, await createTestApp(overrides));
    fixture.tenant = await makeTenant(fixture.database);
    const adminUser = await fixture.tenant.user([{ role: 'administrator' }]);
    fixture.adminId = adminUser.id;
    fixture.admin = await signIn(fixture.app, adminUser.email, testPassword);
  });
  afterAll(() => fixture.close?.());
  return fixture;
}
