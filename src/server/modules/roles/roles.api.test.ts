import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OrgUnit } from '../../../shared/schemas/org.js';
import type { RoleAssignment } from '../../../shared/schemas/roles.js';
import { makeTenant, testPassword } from '../../testing/factories.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { signIn, type Client } from '../../testing/testApp.js';

describe('role assignments', () => {
  const setup = useAdminApp();
  let environment: OrgUnit;
  let parks: OrgUnit;

  beforeAll(async () => {
    environment = await setup.tenant.unit('Miljöförvaltningen');
    parks = await setup.tenant.unit('Parker', environment.id, 'avdelning');
  });

  const assign = (body: Record<string, unknown>, client = setup.admin) => client.post('/api/v1/role-assignments', body);
  const assignmentsOf = async (personId: string, client = setup.admin): Promise<RoleAssignment[]> =>
    (await client.get(`/api/v1/role-assignments?personId=${personId}`)).json();
  const permissionsOf = async (client: Client): Promise<string[]> => (await client.get('/api/v1/me')).json().permissions;

  it('assigns a role for the whole organisation', async () => {
    const person = await setup.tenant.person('Carin Ciso');
    const response = await assign({ personId: person.id, role: 'ciso', scopeType: 'tenant' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ personId: person.id, personName: 'Carin Ciso', role: 'ciso', scopeType: 'tenant', orgUnitId: null });
    expect(await assignmentsOf(person.id)).toEqual([response.json()]);
  });

  it('assigns a role for an org-unit subtree', async () => {
    const person = await setup.tenant.person('Maj Miljöchef', environment.id);
    const response = await assign({ personId: person.id, role: 'line_manager', scopeType: 'org_unit', orgUnitId: environment.id });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ role: 'line_manager', scopeType: 'org_unit', orgUnitId: environment.id, orgUnitName: 'Miljöförvaltningen' });
  });

  it('refuses an org-unit scope without a unit, and a tenant scope with one', async () => {
    const person = await setup.tenant.person('Otydlig Omfattning');
    const withoutUnit = await assign({ personId: person.id, role: 'auditor', scopeType: 'org_unit' });
    expect(withoutUnit.statusCode).toBe(400);
    expect(withoutUnit.json().code).toBe('validation_failed');
    expect(withoutUnit.json().errors.map((e: { path: string }) => e.path)).toContain('body.orgUnitId');
    const withUnit = await assign({ personId: person.id, role: 'auditor', scopeType: 'tenant', orgUnitId: environment.id });
    expect(withUnit.statusCode).toBe(400);
    expect(await assignmentsOf(person.id)).toEqual([]);
  });

  it('refuses an unknown role, person or unit, and a closed unit', async () => {
    const person = await setup.tenant.person('Felaktig Fält');
    expect((await assign({ personId: person.id, role: 'emperor', scopeType: 'tenant' })).statusCode).toBe(400);
    expect((await assign({ personId: randomUUID(), role: 'auditor', scopeType: 'tenant' })).statusCode).toBe(422);
    expect((await assign({ personId: person.id, role: 'auditor', scopeType: 'org_unit', orgUnitId: randomUUID() })).statusCode).toBe(404);
    const closed = await setup.tenant.unit('Avvecklad');
    await setup.admin.post(`/api/v1/org-units/${closed.id}/close`, { version: closed.version });
    const intoClosed = await assign({ personId: person.id, role: 'auditor', scopeType: 'org_unit', orgUnitId: closed.id });
    expect(intoClosed.json().code).toBe('org_unit_closed');
    expect(await assignmentsOf(person.id)).toEqual([]);
  });

  it('refuses the same role twice in the same scope, but allows it in another scope', async () => {
    const person = await setup.tenant.person('Dubbel Dahl');
    expect((await assign({ personId: person.id, role: 'auditor', scopeType: 'tenant' })).statusCode).toBe(201);
    const again = await assign({ personId: person.id, role: 'auditor', scopeType: 'tenant' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('role_already_assigned');
    const scoped = { personId: person.id, role: 'auditor', scopeType: 'org_unit', orgUnitId: parks.id };
    expect((await assign(scoped)).statusCode).toBe(201);
    expect((await assign(scoped)).statusCode).toBe(409);
    expect(await assignmentsOf(person.id)).toHaveLength(2);
  });

  it('revokes a role', async () => {
    const person = await setup.tenant.person('Återkallad Åsa');
    const assignment: RoleAssignment = (await assign({ personId: person.id, role: 'risk_owner', scopeType: 'org_unit', orgUnitId: parks.id })).json();
    expect((await setup.admin.delete(`/api/v1/role-assignments/${assignment.id}`)).statusCode).toBe(204);
    expect(await assignmentsOf(person.id)).toEqual([]);
    expect((await setup.admin.delete(`/api/v1/role-assignments/${assignment.id}`)).statusCode).toBe(404);
  });

  it('never removes the last administrator of the whole organisation', async () => {
    const only = await makeTenant(setup.database);
    const firstUser = await only.user([{ role: 'administrator' }]);
    const first = await signIn(setup.app, firstUser.email, testPassword);
    const [firstGrant] = await assignmentsOf(firstUser.id, first);
    const refused = await first.delete(`/api/v1/role-assignments/${firstGrant.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('last_administrator');
    expect(await assignmentsOf(firstUser.id, first)).toHaveLength(1);

    // A subtree administrator does not count; a second tenant-wide one does.
    const local = await only.person('Lokal Admin');
    await assign({ personId: local.id, role: 'administrator', scopeType: 'org_unit', orgUnitId: only.rootOrgUnitId }, first);
    expect((await first.delete(`/api/v1/role-assignments/${firstGrant.id}`)).statusCode).toBe(409);
    const second = await only.person('Andra Admin');
    expect((await assign({ personId: second.id, role: 'administrator', scopeType: 'tenant' }, first)).statusCode).toBe(201);
    expect((await first.delete(`/api/v1/role-assignments/${firstGrant.id}`)).statusCode).toBe(204);
    expect((await first.get('/api/v1/role-assignments')).statusCode).toBe(403);
  });

  it('keeps one administrator when the last two revoke each other at the same moment', async () => {
    const pair = await makeTenant(setup.database);
    const users = [await pair.user([{ role: 'administrator' }]), await pair.user([{ role: 'administrator' }])];
    const clients = await Promise.all(users.map((user) => signIn(setup.app, user.email, testPassword)));
    const grants = await Promise.all(users.map(async (user) => (await assignmentsOf(user.id, clients[0]))[0]));
    // Each revokes the other's grant; before the fix both succeeded on PostgreSQL.
    const responses = await Promise.all([clients[0].delete(`/api/v1/role-assignments/${grants[1].id}`), clients[1].delete(`/api/v1/role-assignments/${grants[0].id}`)]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([204, 409]);
    const auditor = await signIn(setup.app, (await pair.user([{ role: 'auditor' }])).email, testPassword);
    const remaining: RoleAssignment[] = (await auditor.get('/api/v1/role-assignments?role=administrator')).json();
    expect(remaining.filter((a) => a.scopeType === 'tenant')).toHaveLength(1);
  });

  it("changes a signed-in person's permissions on their next request", async () => {
    const user = await setup.tenant.user([]);
    const client = await signIn(setup.app, user.email, testPassword);
    expect(await permissionsOf(client)).toEqual([]);
    expect((await client.get('/api/v1/audit-events')).statusCode).toBe(403);

    const grant: RoleAssignment = (await assign({ personId: user.id, role: 'auditor', scopeType: 'tenant' })).json();
    expect(await permissionsOf(client)).toEqual(expect.arrayContaining(['audit.read', 'people.read', 'org.read']));
    expect(await permissionsOf(client)).not.toContain('people.manage');
    expect((await client.get('/api/v1/audit-events')).statusCode).toBe(200);
    const me = (await client.get('/api/v1/me')).json();
    expect(me.grants).toEqual([{ role: 'auditor', scopeType: 'tenant', orgUnitId: null, orgUnitName: null, objectId: null, objectName: null }]);

    expect((await setup.admin.delete(`/api/v1/role-assignments/${grant.id}`)).statusCode).toBe(204);
    expect(await permissionsOf(client)).toEqual([]);
    expect((await client.get('/api/v1/audit-events')).statusCode).toBe(403);
  });

  describe('a subtree administrator', () => {
    let local: Client;
    beforeAll(async () => {
      local = await setup.signInNewUser([{ role: 'administrator', orgUnitId: environment.id }], environment.id);
    });

    it('assigns roles inside the subtree only', async () => {
      const person = await setup.tenant.person('Parkchef Per', parks.id);
      expect((await assign({ personId: person.id, role: 'line_manager', scopeType: 'org_unit', orgUnitId: parks.id }, local)).statusCode).toBe(201);
      expect((await assign({ personId: person.id, role: 'line_manager', scopeType: 'tenant' }, local)).statusCode).toBe(403);
      expect((await assign({ personId: person.id, role: 'auditor', scopeType: 'org_unit', orgUnitId: setup.tenant.rootOrgUnitId }, local)).statusCode).toBe(403);
      expect((await assignmentsOf(person.id)).map((a) => a.role)).toEqual(['line_manager']);
    });

    it('cannot revoke a tenant-wide role, and sees only assignments of people in the subtree', async () => {
      const [adminGrant] = await assignmentsOf(setup.adminId);
      expect((await local.delete(`/api/v1/role-assignments/${adminGrant.id}`)).statusCode).toBe(403);
      const visible: RoleAssignment[] = (await local.get('/api/v1/role-assignments')).json();
      expect(visible.length).toBeGreaterThan(0);
      expect(visible.map((a) => a.personId)).not.toContain(setup.adminId);
    });
  });
});
