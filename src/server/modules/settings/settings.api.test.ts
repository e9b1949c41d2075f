import { describe, expect, it } from 'vitest';
import { useAdminApp } from '../../testing/fixtures.js';
import { registerFactory } from '../../testing/registerFactories.js';

describe('tenant settings', () => {
  const setup = useAdminApp();

  it('lets the CISO shorten how long a classification stays valid, audited, with 409 on a stale write', async () => {
    const ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    const settings = (await ciso.get('/api/v1/settings')).json();
    expect(settings).toEqual({ classificationValidityMonths: 12, version: 1 });
    const changed = await ciso.patch('/api/v1/settings', { version: 1, classificationValidityMonths: 6 });
    expect(changed.json()).toEqual({ classificationValidityMonths: 6, version: 2 });
    expect((await ciso.patch('/api/v1/settings', { version: 1, classificationValidityMonths: 24 })).statusCode).toBe(409);
    expect((await ciso.patch('/api/v1/settings', { version: 2, classificationValidityMonths: 0 })).statusCode).toBe(400);

    const owner = await setup.tenant.person('Ägare');
    const factory = registerFactory(setup.tenant);
    const set = await factory.set((await factory.object()).id, { ownerId: owner.id });
    const approved = await factory.approved(set.id, { K: 1, R: 1, T: 1, S: 1 }, owner);
    const months = (new Date(approved.validUntil!).getTime() - new Date(approved.approvedAt!).getTime()) / (86_400_000 * 30.4);
    expect(Math.round(months)).toBe(6);
    const events = (await setup.admin.get(`/api/v1/audit-events?entityType=tenant&entityId=${setup.tenant.tenantId}`)).json();
    expect(events.items.filter((event: { action: string }) => event.action === 'tenant_settings.updated')).toHaveLength(1);
  });

  it('is closed to everyone but the CISO and administrators', async () => {
    const owner = await setup.signInNewUser([{ role: 'object_owner' }]);
    expect((await owner.get('/api/v1/settings')).statusCode).toBe(403);
  });
});
