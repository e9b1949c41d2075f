import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maximumProfile, type Profile } from '../../../shared/classification/profile.js';
import type { ObjectDetail } from '../../../shared/schemas/register.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { registerFactory } from '../../testing/registerFactories.js';
import { readAuditEvents } from '../../testing/testApp.js';

describe('the register of förvaltningsobjekt', () => {
  const setup = useAdminApp();
  const factory = () => registerFactory(setup.tenant);
  const detail = async (id: string): Promise<ObjectDetail> => (await setup.admin.get(`/api/v1/objects/${id}`)).json();

  async function ownerWithSets(profiles: Profile[]) {
    const owner = await setup.tenant.person('Informationsägare Ines');
    const object = await factory().object();
    for (const profile of profiles) {
      const set = await factory().set(object.id, { ownerId: owner.id });
      await factory().approved(set.id, profile, owner);
    }
    return { owner, object: await detail(object.id) };
  }

  it('creates an object with its objektägare, audited, and lists it', async () => {
    const owner = await setup.tenant.person('Olle Objektägare');
    const response = await setup.admin.post('/api/v1/objects', { name: 'Hemtjänstplanering', orgUnitId: setup.tenant.rootOrgUnitId, ownerId: owner.id, critical: true });
    expect(response.statusCode).toBe(201);
    const created: ObjectDetail = response.json();
    expect(created).toMatchObject({ name: 'Hemtjänstplanering', critical: true, state: 'never', owners: [{ id: owner.id, name: 'Olle Objektägare' }], informationSets: [] });
    expect(created.profile).toEqual({ K: 0, R: 0, T: 0, S: 0 });
    const list = (await setup.admin.get('/api/v1/objects?q=hemtjänst')).json();
    expect(list.items.map((item: { id: string }) => item.id)).toContain(created.id);
    expect((await readAuditEvents(setup.admin, `entityId=${created.id}`)).items.map((event) => event.action)).toContain('object.created');
  });

  it('derives the profile as the element-wise maximum of the approved sets, updated at once', async () => {
    const { owner, object } = await ownerWithSets([
      { K: 3, R: 1, T: 1, S: 0 },
      { K: 1, R: 2, T: 3, S: 1 },
    ]);
    expect(object.derivedProfile).toEqual({ K: 3, R: 2, T: 3, S: 1 });
    expect(object.profile).toEqual(object.derivedProfile);
    expect(object.state).toBe('valid');
    const third = await factory().set(object.id, { ownerId: owner.id });
    expect((await detail(object.id)).state).toBe('incomplete');
    await factory().approved(third.id, { K: 0, R: 0, T: 0, S: 2 }, owner);
    const after = await detail(object.id);
    expect(after.derivedProfile).toEqual(maximumProfile([{ K: 3, R: 2, T: 3, S: 1 }, { K: 0, R: 0, T: 0, S: 2 }]));
    for (const set of after.informationSets) expect(set.classification?.status).toBe('approved');
  });

  it('raises a profile only with a reason and never below the derived maximum', async () => {
    const { object } = await ownerWithSets([{ K: 2, R: 2, T: 1, S: 1 }]);
    const put = (body: unknown) => setup.admin.request('PUT', `/api/v1/objects/${object.id}/profile`, body);
    const below = await put({ version: object.version, profile: { K: 1, R: 2, T: 1, S: 1 }, reason: 'Ingen' });
    expect(below.statusCode).toBe(422);
    expect(below.json().code).toBe('profile_below_derived');
    const noReason = await put({ version: object.version, profile: { K: 3, R: 2, T: 1, S: 1 } });
    expect(noReason.json().code).toBe('raise_reason_required');
    const outOfRange = await put({ version: object.version, profile: { K: 5, R: 2, T: 1, S: 1 }, reason: 'x' });
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.body).toContain('profile.K');
    const raised = await put({ version: object.version, profile: { K: 3, R: 2, T: 2, S: 1 }, reason: 'Aggregering av många elevers uppgifter' });
    expect(raised.statusCode).toBe(200);
    expect(raised.json()).toMatchObject({ profile: { K: 3, R: 2, T: 2, S: 1 }, derivedProfile: { K: 2, R: 2, T: 1, S: 1 }, raiseReason: 'Aggregering av många elevers uppgifter' });
    const stale = await put({ version: object.version, profile: null });
    expect(stale.statusCode).toBe(409);
    expect((await detail(object.id)).raiseReason).toBe('Aggregering av många elevers uppgifter');
  });

  it('refuses bad input with a 4xx naming the field, writing nothing', async () => {
    const before = (await setup.admin.get('/api/v1/objects?limit=1000')).json().total;
    const cases = [
      { name: '', orgUnitId: setup.tenant.rootOrgUnitId },
      { name: 'X', orgUnitId: 'not-a-uuid' },
      { name: 'X', orgUnitId: setup.tenant.rootOrgUnitId, unknown: 1 },
      { name: 'X', orgUnitId: setup.tenant.rootOrgUnitId, ownerId: randomUUID() },
    ];
    for (const body of cases) {
      const response = await setup.admin.post('/api/v1/objects', body);
      expect(response.statusCode, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
    }
    expect((await setup.admin.post('/api/v1/objects', { name: 'Y', orgUnitId: randomUUID() })).statusCode).toBe(404);
    await factory().object(setup.tenant.rootOrgUnitId, { name: 'Löner' });
    const duplicate = await setup.admin.post('/api/v1/objects', { name: 'löner', orgUnitId: setup.tenant.rootOrgUnitId });
    expect([duplicate.statusCode, duplicate.json().code]).toEqual([409, 'name_taken']);
    expect((await setup.admin.get('/api/v1/objects?limit=1000')).json().total).toBe(before + 1);
  });

  it('lets an employee read nothing and change nothing', async () => {
    const employee = await setup.signInNewUser([]);
    const object = await factory().object();
    expect((await employee.get('/api/v1/objects')).statusCode).toBe(403);
    expect((await employee.post('/api/v1/objects', { name: 'Nej', orgUnitId: setup.tenant.rootOrgUnitId })).statusCode).toBe(403);
    expect((await employee.patch(`/api/v1/objects/${object.id}`, { version: 1, name: 'Nej' })).statusCode).toBe(403);
  });

  it('lets an object owner edit only the objects they own', async () => {
    const ownerPerson = await setup.tenant.person('Ägare Åsa');
    const mine = await factory().object(setup.tenant.rootOrgUnitId, { ownerId: ownerPerson.id });
    const theirs = await factory().object();
    const { signIn } = await import('../../testing/testApp.js');
    const { testPassword } = await import('../../testing/factories.js');
    const { createAccount } = await import('../../auth/accountService.js');
    const { withTenant } = await import('../../db/context.js');
    await withTenant(setup.database, setup.tenant.tenantId, null, (ctx) => createAccount(ctx, { personId: ownerPerson.id, email: 'asa@test.se', password: testPassword }));
    const owner = await signIn(setup.app, 'asa@test.se', testPassword);
    expect((await owner.patch(`/api/v1/objects/${mine.id}`, { version: mine.version, description: 'Min' })).statusCode).toBe(200);
    expect((await owner.patch(`/api/v1/objects/${theirs.id}`, { version: theirs.version, description: 'Inte min' })).statusCode).toBe(403);
    const listed = (await owner.get('/api/v1/objects?limit=1000')).json().items.map((item: { id: string }) => item.id);
    expect(listed).toEqual([mine.id]);
    expect((await owner.post('/api/v1/systems', { objectId: mine.id, name: 'Planeringssystemet', hosting: 'saas' })).statusCode).toBe(201);
    expect((await owner.post('/api/v1/systems', { objectId: theirs.id, name: 'Annat', hosting: 'saas' })).statusCode).toBe(403);
  });

  it('flags approved information for review when its system changes or gains an integration', async () => {
    const { owner, object } = await ownerWithSets([]);
    const system = await factory().system(object.id);
    const set = await factory().set(object.id, { ownerId: owner.id, systemIds: [system.id] });
    await factory().approved(set.id, { K: 1, R: 1, T: 1, S: 1 }, owner);
    const renamed = await setup.admin.patch(`/api/v1/systems/${system.id}`, { version: system.version, description: 'Bara text' });
    expect(renamed.statusCode).toBe(200);
    expect((await setup.admin.get(`/api/v1/information-sets/${set.id}`)).json().needsReview).toBeNull();
    await setup.admin.patch(`/api/v1/systems/${system.id}`, { version: renamed.json().version, hosting: 'on_premises' });
    expect((await setup.admin.get(`/api/v1/information-sets/${set.id}`)).json().needsReview).toMatchObject({ reason: 'system_changed' });
    expect((await detail(object.id)).needsReview).toBe(true);
    await factory().approved(set.id, { K: 1, R: 1, T: 1, S: 1 }, owner);
    expect((await setup.admin.get(`/api/v1/information-sets/${set.id}`)).json().needsReview).toBeNull();
    await setup.admin.post(`/api/v1/systems/${system.id}/integrations`, { externalName: 'Skatteverket' });
    expect((await setup.admin.get(`/api/v1/information-sets/${set.id}`)).json().needsReview).toMatchObject({ reason: 'integration_added' });
  });
});
