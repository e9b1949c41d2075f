import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OrgUnit } from '../../../shared/schemas/org.js';
import type { Person } from '../../../shared/schemas/people.js';
import { makeTenant, testPassword } from '../../testing/factories.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { signIn, type Client } from '../../testing/testApp.js';

type Page = { items: Person[]; total: number };

describe('people', () => {
  const setup = useAdminApp();
  let social: OrgUnit;
  let elderCare: OrgUnit;
  let homeCare: OrgUnit;
  let schools: OrgUnit;
  let director: Person;
  let nurse: Person;
  let careWorker: Person;
  let teacher: Person;

  beforeAll(async () => {
    social = await setup.tenant.unit('Socialförvaltningen');
    elderCare = await setup.tenant.unit('Äldreomsorg', social.id, 'avdelning');
    homeCare = await setup.tenant.unit('Hemtjänst Norr', elderCare.id, 'enhet');
    schools = await setup.tenant.unit('Utbildningsförvaltningen');
    director = await setup.tenant.person('Sigrid Socialchef', social.id);
    nurse = await setup.tenant.person('Elsa Sjuksköterska', elderCare.id);
    careWorker = await setup.tenant.person('Hugo Hemtjänstson', homeCare.id, 'hugo.hemtjanst@omsorg.example');
    teacher = await setup.tenant.person('Lena Lärare', schools.id);
  });

  const search = async (client: Client, query: string): Promise<Page> => {
    const response = await client.get(`/api/v1/people?${query}`);
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const idsOf = (page: Page) => page.items.map((p) => p.id);
  const fetchPerson = async (id: string): Promise<Person> => (await setup.admin.get(`/api/v1/people/${id}`)).json();
  const createPerson = (body: Record<string, unknown>) => setup.admin.post('/api/v1/people', body);

  describe('search', () => {
    it('finds people by part of their name or e-mail, in any letter case', async () => {
      expect(idsOf(await search(setup.admin, 'q=hemtjänstson'))).toEqual([careWorker.id]);
      expect(idsOf(await search(setup.admin, 'q=HUGO.HEMTJANST@'))).toEqual([careWorker.id]);
      expect(idsOf(await search(setup.admin, 'q=ingen-sådan-person'))).toEqual([]);
    });

    it('treats % and _ in the search text as ordinary characters', async () => {
      expect((await search(setup.admin, `q=${encodeURIComponent('%')}`)).total).toBe(0);
      expect((await search(setup.admin, 'q=_')).total).toBe(0);
    });

    it('finds people in a unit with its subtree by default, or only in the unit itself', async () => {
      expect(idsOf(await search(setup.admin, `orgUnitId=${social.id}`)).sort()).toEqual([director.id, nurse.id, careWorker.id].sort());
      expect(idsOf(await search(setup.admin, `orgUnitId=${social.id}&subtree=false`))).toEqual([director.id]);
      expect(idsOf(await search(setup.admin, `orgUnitId=${elderCare.id}`)).sort()).toEqual([nurse.id, careWorker.id].sort());
    });

    it('answers an unknown org unit with 422', async () => {
      expect((await setup.admin.get(`/api/v1/people?orgUnitId=${randomUUID()}`)).statusCode).toBe(422);
    });

    it('filters by employment status', async () => {
      const unit = await setup.tenant.unit('Statusenheten');
      const onLeave = await setup.tenant.person('Tove Tjänstledig', unit.id);
      const present = await setup.tenant.person('Nils Närvarande', unit.id);
      expect((await setup.admin.patch(`/api/v1/people/${onLeave.id}`, { version: onLeave.version, employmentStatus: 'on_leave' })).statusCode).toBe(200);
      expect(idsOf(await search(setup.admin, `orgUnitId=${unit.id}&status=on_leave`))).toEqual([onLeave.id]);
      expect(idsOf(await search(setup.admin, `orgUnitId=${unit.id}&status=active`))).toEqual([present.id]);
    });

    it('pages through results in name order with the total of all matches', async () => {
      const unit = await setup.tenant.unit('Sidenheten');
      const names = ['Ada Sida', 'Bo Sida', 'Cecilia Sida', 'David Sida', 'Eva Sida'];
      for (const name of [...names].reverse()) await setup.tenant.person(name, unit.id);
      const pages = [await search(setup.admin, 'q=Sida&limit=2'), await search(setup.admin, 'q=Sida&limit=2&offset=2'), await search(setup.admin, 'q=Sida&limit=2&offset=4')];
      expect(pages.map((page) => page.total)).toEqual([5, 5, 5]);
      expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1]);
      expect(pages.flatMap((page) => page.items.map((p) => p.name))).toEqual(names);
    });
  });

  describe('creating and editing', () => {
    it('adds a person to a unit', async () => {
      const response = await createPerson({ name: 'Nora Nyanställd', email: 'Nora.Ny@Kommun.example', title: 'Handläggare', orgUnitId: homeCare.id });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        name: 'Nora Nyanställd',
        email: 'nora.ny@kommun.example',
        title: 'Handläggare',
        orgUnitId: homeCare.id,
        orgUnitName: 'Hemtjänst Norr',
        employmentStatus: 'active',
        hasLogin: false,
        version: 1,
      });
      expect(await fetchPerson(response.json().id)).toEqual(response.json());
    });

    it('refuses an e-mail address already used in the tenant, whatever its letter case', async () => {
      const response = await createPerson({ name: 'Dubbel Hugo', email: 'HUGO.HEMTJANST@omsorg.example', orgUnitId: social.id });
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('email_taken');
      expect((await search(setup.admin, 'q=Dubbel')).total).toBe(0);
      const edit = await setup.admin.patch(`/api/v1/people/${teacher.id}`, { version: teacher.version, email: careWorker.email });
      expect(edit.json().code).toBe('email_taken');
    });

    it('allows the same e-mail address in another tenant', async () => {
      const other = await makeTenant(setup.database);
      const otherAdmin = await signIn(setup.app, (await other.user([{ role: 'administrator' }])).email, testPassword);
      const response = await otherAdmin.post('/api/v1/people', { name: 'Hugo i grannkommunen', email: careWorker.email, orgUnitId: other.rootOrgUnitId });
      expect(response.statusCode).toBe(201);
    });

    it('edits a person, bumping the version, and refuses a stale version', async () => {
      const person = await setup.tenant.person('Rut Redigerad', social.id);
      const edited = await setup.admin.patch(`/api/v1/people/${person.id}`, { version: person.version, name: 'Rut Omdöpt', title: 'Enhetschef' });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ name: 'Rut Omdöpt', title: 'Enhetschef', version: person.version + 1 });
      const stale = await setup.admin.patch(`/api/v1/people/${person.id}`, { version: person.version, name: 'Rut Gammal' });
      expect(stale.json().code).toBe('version_conflict');
      expect((await fetchPerson(person.id)).name).toBe('Rut Omdöpt');
    });

    it('moves a person to another unit, but not to a closed or missing one', async () => {
      const person = await setup.tenant.person('Flytt Fredriksson', social.id);
      const moved = await setup.admin.patch(`/api/v1/people/${person.id}`, { version: person.version, orgUnitId: schools.id });
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({ orgUnitId: schools.id, orgUnitName: 'Utbildningsförvaltningen' });
      expect(idsOf(await search(setup.admin, `orgUnitId=${schools.id}`))).toContain(person.id);
      expect(idsOf(await search(setup.admin, `orgUnitId=${social.id}`))).not.toContain(person.id);

      const closed = await setup.tenant.unit('Stängd enhet');
      expect((await setup.admin.post(`/api/v1/org-units/${closed.id}/close`, { version: closed.version })).statusCode).toBe(200);
      const intoClosed = await setup.admin.patch(`/api/v1/people/${person.id}`, { version: moved.json().version, orgUnitId: closed.id });
      expect(intoClosed.json().code).toBe('org_unit_closed');
      const intoNothing = await setup.admin.patch(`/api/v1/people/${person.id}`, { version: moved.json().version, orgUnitId: randomUUID() });
      expect(intoNothing.statusCode).toBe(422);
      expect((await fetchPerson(person.id)).orgUnitId).toBe(schools.id);
    });

    it('sets a manager who must exist in the tenant and is not the person', async () => {
      const person = await setup.tenant.person('Maja Medarbetare', homeCare.id);
      const missing = await setup.admin.patch(`/api/v1/people/${person.id}`, { version: person.version, managerId: randomUUID() });
      expect(missing.statusCode).toBe(422);
      expect(missing.json().code).toBe('reference_not_found');
      const self = await setup.admin.patch(`/api/v1/people/${person.id}`, { version: person.version, managerId: person.id });
      expect(self.json().code).toBe('manager_self');
      const foreign = await (await makeTenant(setup.database)).person('Chef i annan kommun');
      const elsewhere = await setup.admin.patch(`/api/v1/people/${person.id}`, { version: person.version, managerId: foreign.id });
      expect(elsewhere.statusCode).toBe(422);
      const created = await createPerson({ name: 'Utan chef', email: `${randomUUID()}@kommun.example`, orgUnitId: social.id, managerId: randomUUID() });
      expect(created.statusCode).toBe(422);

      const managed = await setup.admin.patch(`/api/v1/people/${person.id}`, { version: person.version, managerId: nurse.id });
      expect(managed.statusCode).toBe(200);
      expect(managed.json()).toMatchObject({ managerId: nurse.id, managerName: 'Elsa Sjuksköterska' });
    });

    it('answers 404 for a person of another tenant', async () => {
      const foreign = await (await makeTenant(setup.database)).person('Främling');
      expect((await setup.admin.get(`/api/v1/people/${foreign.id}`)).statusCode).toBe(404);
      expect((await setup.admin.patch(`/api/v1/people/${foreign.id}`, { version: 1, name: 'Kapad' })).statusCode).toBe(404);
    });
  });

  describe('a line manager scoped to a unit', () => {
    let manager: Client;
    beforeAll(async () => {
      manager = await setup.signInNewUser([{ role: 'line_manager', orgUnitId: elderCare.id }], elderCare.id);
    });

    it('sees only the people in that subtree', async () => {
      const everyone = await search(manager, 'limit=500');
      expect(idsOf(everyone)).toEqual(expect.arrayContaining([nurse.id, careWorker.id]));
      expect(idsOf(everyone)).not.toContain(director.id);
      expect(idsOf(everyone)).not.toContain(teacher.id);
      expect(everyone.items.every((p) => [elderCare.id, homeCare.id].includes(p.orgUnitId))).toBe(true);
      expect(everyone.total).toBe(everyone.items.length);
      expect((await search(manager, `orgUnitId=${schools.id}`)).total).toBe(0);
      expect((await search(manager, 'q=Lena')).total).toBe(0);
    });

    it('is refused a person outside it, and any change even inside it', async () => {
      expect((await manager.get(`/api/v1/people/${careWorker.id}`)).statusCode).toBe(200);
      expect((await manager.get(`/api/v1/people/${teacher.id}`)).statusCode).toBe(403);
      const edit = await manager.patch(`/api/v1/people/${careWorker.id}`, { version: careWorker.version, title: 'Befordrad' });
      expect(edit.statusCode).toBe(403);
      const create = await manager.post('/api/v1/people', { name: 'Ny av chef', email: `${randomUUID()}@kommun.example`, orgUnitId: homeCare.id });
      expect(create.statusCode).toBe(403);
    });
  });

  describe('an administrator scoped to a subtree', () => {
    let local: Client;
    beforeAll(async () => {
      local = await setup.signInNewUser([{ role: 'administrator', orgUnitId: elderCare.id }], elderCare.id);
    });

    it('moves people within the subtree', async () => {
      const person = await setup.tenant.person('Inom Ingrid', homeCare.id);
      const moved = await local.patch(`/api/v1/people/${person.id}`, { version: person.version, orgUnitId: elderCare.id });
      expect(moved.statusCode).toBe(200);
    });

    it('cannot move someone out to a unit outside the subtree', async () => {
      const person = await setup.tenant.person('Kvar Karlsson', homeCare.id);
      const response = await local.patch(`/api/v1/people/${person.id}`, { version: person.version, orgUnitId: schools.id });
      expect(response.statusCode).toBe(403);
      expect(await fetchPerson(person.id)).toMatchObject({ orgUnitId: homeCare.id, version: person.version });
    });

    it('cannot pull someone in from outside, nor add people outside', async () => {
      const outsider = await setup.tenant.person('Utanför Ulla', schools.id);
      expect((await local.patch(`/api/v1/people/${outsider.id}`, { version: outsider.version, orgUnitId: homeCare.id })).statusCode).toBe(403);
      const create = await local.post('/api/v1/people', { name: 'Ny utanför', email: `${randomUUID()}@kommun.example`, orgUnitId: schools.id });
      expect(create.statusCode).toBe(403);
      expect((await fetchPerson(outsider.id)).orgUnitId).toBe(schools.id);
    });
  });
});
