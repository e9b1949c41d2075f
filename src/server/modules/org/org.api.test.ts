import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../../../shared/schemas/org.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { readAuditEvents } from '../../testing/testApp.js';

describe('org units', () => {
  const setup = useAdminApp();

  async function create(name: string, parentId = setup.tenant.rootOrgUnitId, type = 'forvaltning'): Promise<OrgUnit> {
    const response = await setup.admin.post('/api/v1/org-units', { name, type, parentId });
    expect(response.statusCode).toBe(201);
    return response.json();
  }
  const fetchUnit = async (id: string): Promise<OrgUnit> => (await setup.admin.get(`/api/v1/org-units/${id}`)).json();
  const patch = (unit: OrgUnit, changes: Record<string, unknown>) => setup.admin.patch(`/api/v1/org-units/${unit.id}`, { version: unit.version, ...changes });
  const close = (unit: OrgUnit) => setup.admin.post(`/api/v1/org-units/${unit.id}/close`, { version: unit.version });
  const reopen = (unit: OrgUnit) => setup.admin.post(`/api/v1/org-units/${unit.id}/reopen`, { version: unit.version });
  const auditOf = async (id: string) => (await readAuditEvents(setup.admin, `entityId=${id}`)).items;
  const peopleUnder = async (orgUnitId: string): Promise<string[]> =>
    (await setup.admin.get(`/api/v1/people?orgUnitId=${orgUnitId}`)).json().items.map((p: { id: string }) => p.id);

  it('creates a unit under a parent, found in the list and by id', async () => {
    const unit = await create('Socialförvaltningen');
    expect(unit).toMatchObject({ name: 'Socialförvaltningen', type: 'forvaltning', parentId: setup.tenant.rootOrgUnitId, closedAt: null, version: 1 });
    expect(await fetchUnit(unit.id)).toEqual(unit);
    const list: OrgUnit[] = (await setup.admin.get('/api/v1/org-units')).json();
    expect(list.map((u) => u.id)).toEqual(expect.arrayContaining([setup.tenant.rootOrgUnitId, unit.id]));
  });

  it('refuses a parent that does not exist or is closed', async () => {
    const missing = await setup.admin.post('/api/v1/org-units', { name: 'Föräldralös', type: 'enhet', parentId: randomUUID() });
    expect(missing.statusCode).toBe(404);
    const closed = await create('Nedlagd');
    expect((await close(closed)).statusCode).toBe(200);
    const under = await setup.admin.post('/api/v1/org-units', { name: 'Under nedlagd', type: 'enhet', parentId: closed.id });
    expect(under.statusCode).toBe(409);
    expect(under.json().code).toBe('org_unit_closed');
  });

  it('renames and retypes a unit, each change bumping its version', async () => {
    const unit = await create('Kultur');
    const renamed = await patch(unit, { name: 'Kultur och fritid' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Kultur och fritid', type: 'forvaltning', version: 2 });
    const retyped = await patch(renamed.json(), { type: 'namnd' });
    expect(retyped.json()).toMatchObject({ name: 'Kultur och fritid', type: 'namnd', version: 3 });
    expect(await fetchUnit(unit.id)).toMatchObject({ name: 'Kultur och fritid', type: 'namnd', version: 3 });
  });

  it('moves a unit with its whole subtree, people included', async () => {
    const oldHome = await create('Barn och utbildning');
    const school = await create('Skolor', oldHome.id, 'avdelning');
    const classroom = await create('Björkskolan', school.id, 'enhet');
    const teacher = await setup.tenant.person('Lärare Lind', classroom.id);
    const newHome = await create('Utbildningsförvaltningen');
    expect(await peopleUnder(oldHome.id)).toContain(teacher.id);

    const moved = await patch(school, { parentId: newHome.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parentId).toBe(newHome.id);
    expect(await peopleUnder(newHome.id)).toContain(teacher.id);
    expect(await peopleUnder(oldHome.id)).not.toContain(teacher.id);
    expect((await fetchUnit(classroom.id)).parentId).toBe(school.id);

    // The moved subtree is still a subtree: a unit added under it later is found there too.
    const annex = await create('Annexet', classroom.id, 'enhet');
    const pupilHelper = await setup.tenant.person('Elevassistent Ek', annex.id);
    expect(await peopleUnder(newHome.id)).toContain(pupilHelper.id);
  });

  it('refuses to move a unit under itself or one of its descendants', async () => {
    const top = await create('Samhällsbyggnad');
    const middle = await create('Plan', top.id, 'avdelning');
    const bottom = await create('Bygglov', middle.id, 'enhet');
    for (const parentId of [bottom.id, middle.id, top.id]) {
      const response = await patch(top, { parentId });
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('org_unit_cycle');
    }
    expect(await fetchUnit(top.id)).toMatchObject({ parentId: setup.tenant.rootOrgUnitId, version: 1 });
    expect(await fetchUnit(bottom.id)).toMatchObject({ parentId: middle.id });
  });

  it('refuses to move or close the top of the organisation', async () => {
    const root = await fetchUnit(setup.tenant.rootOrgUnitId);
    const other = await create('Någonstans');
    expect((await patch(root, { parentId: other.id })).json().code).toBe('org_unit_root');
    expect((await close(root)).json().code).toBe('org_unit_root');
  });

  it('refuses to close a unit that still has people or open subunits', async () => {
    const staffed = await create('Med personal');
    await setup.tenant.person('Anställd Andersson', staffed.id);
    const withChild = await create('Med underenhet');
    await create('Underenhet', withChild.id, 'enhet');
    for (const unit of [staffed, withChild]) {
      const response = await close(unit);
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('org_unit_not_empty');
      expect((await fetchUnit(unit.id)).closedAt).toBeNull();
    }
  });

  it('closes an empty unit (people whose employment ended do not count) and reopens it', async () => {
    const unit = await create('Tillfälligt projekt');
    const former = await setup.tenant.person('Före detta Fors', unit.id);
    const ended = await setup.admin.patch(`/api/v1/people/${former.id}`, { version: former.version, employmentStatus: 'ended' });
    expect(ended.statusCode).toBe(200);

    const closed = await close(unit);
    expect(closed.statusCode).toBe(200);
    expect(closed.json().closedAt).toEqual(expect.any(String));
    expect((await close(closed.json())).json().code).toBe('org_unit_closed');
    const opened = await reopen(closed.json());
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ closedAt: null, version: 3 });
    expect((await reopen(opened.json())).json().code).toBe('org_unit_open');
  });

  it('refuses to reopen a unit whose parent is closed', async () => {
    const parent = await create('Förälder');
    const child = await create('Barn', parent.id, 'enhet');
    const closedChild = (await close(child)).json();
    expect((await close(parent)).statusCode).toBe(200);
    expect((await reopen(closedChild)).json().code).toBe('org_unit_closed');
  });

  it('leaves one audit event with before and after for each change', async () => {
    const unit = await create('Revisionsenheten');
    const other = await create('Ny förälder');
    const renamed = (await patch(unit, { name: 'Granskningsenheten' })).json();
    const retyped = (await patch(renamed, { type: 'avdelning' })).json();
    const moved = (await patch(retyped, { parentId: other.id })).json();
    const closed = (await close(moved)).json();
    await reopen(closed);

    const events = (await auditOf(unit.id)).reverse();
    expect(events.map((e) => e.action)).toEqual([
      'org_unit.created',
      'org_unit.updated',
      'org_unit.updated',
      'org_unit.moved',
      'org_unit.closed',
      'org_unit.reopened',
    ]);
    expect(events.every((e) => e.actorId === setup.adminId)).toBe(true);
    const [created, rename, retype, move, closing, reopening] = events;
    expect(created).toMatchObject({ before: null, after: { name: 'Revisionsenheten' } });
    expect(rename).toMatchObject({ before: { name: 'Revisionsenheten' }, after: { name: 'Granskningsenheten' } });
    expect(retype).toMatchObject({ before: { type: 'forvaltning' }, after: { type: 'avdelning' } });
    expect(move).toMatchObject({ before: { parentId: setup.tenant.rootOrgUnitId }, after: { parentId: other.id } });
    expect(closing).toMatchObject({ before: { closedAt: null }, after: { closedAt: expect.any(String) } });
    expect(reopening).toMatchObject({ before: { closedAt: expect.any(String) }, after: { closedAt: null } });
  });

  it('lets a subtree administrator manage only inside the subtree', async () => {
    const own = await create('Egen förvaltning');
    const foreign = await create('Annans förvaltning');
    const ownChild = await create('Egen avdelning', own.id, 'avdelning');
    const local = await setup.signInNewUser([{ role: 'administrator', orgUnitId: own.id }]);

    expect((await local.post('/api/v1/org-units', { name: 'Ny inom', type: 'enhet', parentId: own.id })).statusCode).toBe(201);
    expect((await local.post('/api/v1/org-units', { name: 'Ny utanför', type: 'enhet', parentId: foreign.id })).statusCode).toBe(403);
    expect((await local.patch(`/api/v1/org-units/${foreign.id}`, { version: foreign.version, name: 'Kapad' })).statusCode).toBe(403);
    // Moving out of the subtree needs org.manage at the destination too.
    const moveOut = await local.patch(`/api/v1/org-units/${ownChild.id}`, { version: ownChild.version, parentId: foreign.id });
    expect(moveOut.statusCode).toBe(403);
    expect((await fetchUnit(ownChild.id)).parentId).toBe(own.id);
    const visible: OrgUnit[] = (await local.get('/api/v1/org-units')).json();
    expect(visible.map((u) => u.id)).toContain(ownChild.id);
    expect(visible.map((u) => u.id)).not.toContain(foreign.id);
  });
});
