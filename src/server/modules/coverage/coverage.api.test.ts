import { describe, expect, it } from 'vitest';
import type { CoverageRow } from '../../../shared/schemas/coverage.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { registerFactory } from '../../testing/registerFactories.js';

describe('coverage per org unit', () => {
  const setup = useAdminApp();

  it('partitions every object into valid, expired, incomplete and never, rolled up the tree', async () => {
    const factory = registerFactory(setup.tenant);
    const social = await setup.tenant.unit('Socialförvaltningen');
    const homeCare = await setup.tenant.unit('Hemtjänst', social.id, 'avdelning');
    const technical = await setup.tenant.unit('Tekniska förvaltningen');
    const owner = await setup.tenant.person('Ägare');
    const levels = { K: 2, R: 1, T: 2, S: 1 } as const;

    const valid = await factory.object(homeCare.id);
    await factory.approved((await factory.set(valid.id, { ownerId: owner.id })).id, levels, owner);
    const incomplete = await factory.object(social.id);
    await factory.approved((await factory.set(incomplete.id, { ownerId: owner.id })).id, levels, owner);
    await factory.set(incomplete.id, { ownerId: owner.id });
    const expired = await factory.object(technical.id);
    const expiredSet = await factory.set(expired.id, { ownerId: owner.id });
    await factory.approved(expiredSet.id, levels, owner);
    const { sql } = await import('drizzle-orm');
    await setup.database.db.execute(sql`update information_sets set approved_valid_until = now() - interval '1 day' where id = ${expiredSet.id}`);
    await factory.object(technical.id); // no information sets: never

    const rows: CoverageRow[] = (await setup.admin.get('/api/v1/coverage')).json();
    const byId = new Map(rows.map((row) => [row.orgUnitId, row]));
    const counts = (id: string) => {
      const { objects, valid: v, expired: e, incomplete: i, never: n } = byId.get(id)!;
      return { objects, valid: v, expired: e, incomplete: i, never: n };
    };
    expect(counts(setup.tenant.rootOrgUnitId)).toEqual({ objects: 4, valid: 1, expired: 1, incomplete: 1, never: 1 });
    expect(counts(social.id)).toEqual({ objects: 2, valid: 1, expired: 0, incomplete: 1, never: 0 });
    expect(counts(homeCare.id)).toEqual({ objects: 1, valid: 1, expired: 0, incomplete: 0, never: 0 });
    expect(counts(technical.id)).toEqual({ objects: 2, valid: 0, expired: 1, incomplete: 0, never: 1 });
    const list = (status: string, unit: string) => setup.admin.get(`/api/v1/objects?status=${status}&orgUnitId=${unit}`).then((r) => r.json().items.map((o: { id: string }) => o.id));
    expect(await list('valid', social.id)).toEqual([valid.id]);
    expect(await list('expired', setup.tenant.rootOrgUnitId)).toEqual([expired.id]);

    // A line manager of Socialförvaltningen sees their subtree only, not the units above it.
    const manager = await setup.signInNewUser([{ role: 'line_manager', orgUnitId: social.id }], social.id);
    const scoped: CoverageRow[] = (await manager.get('/api/v1/coverage')).json();
    expect(scoped.map((row) => row.orgUnitId).sort()).toEqual([social.id, homeCare.id].sort());
    expect(scoped.find((row) => row.orgUnitId === social.id)!.objects).toBe(2);
  });
});
