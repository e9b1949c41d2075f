import { beforeAll, describe, expect, it } from 'vitest';
import { aspects } from '../../shared/classification/aspects.js';
import { maximumProfile, type Profile } from '../../shared/classification/profile.js';
import type { CoverageRow } from '../../shared/schemas/coverage.js';
import type { ObjectDetail, ObjectState, ObjectSummary } from '../../shared/schemas/register.js';
import { useTestApp } from '../testing/fixtures.js';
import { signIn, type Client } from '../testing/testApp.js';
import { ownerLoginClassifiesInBrowser, ownerLoginObjects } from './registerOwners.js';
import { seedDemo, type DemoSummary } from './seedDemo.js';

const password = 'demo-password-for-tests';
const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The ids of a JSON list's own rows (an array, or `{items}`); none for anything else. */
function listRowIds(response: { headers: Record<string, unknown>; body: string }): string[] {
  if (!String(response.headers['content-type'] ?? '').includes('json')) return [];
  const body = JSON.parse(response.body) as unknown;
  const rows = Array.isArray(body) ? body : Array.isArray((body as { items?: unknown }).items) ? (body as { items: unknown[] }).items : [];
  return rows.flatMap((row) => (row && typeof row === 'object' && typeof (row as { id?: unknown }).id === 'string' ? [(row as { id: string }).id] : []));
}

describe('the demo', () => {
  const test = useTestApp();
  let demo: DemoSummary;
  let admin: Client;
  let neighbour: Client;

  beforeAll(async () => {
    demo = await seedDemo(test.database, password, false);
    admin = await signIn(test.app, 'admin@exempelkommun.se', password);
    neighbour = await signIn(test.app, 'admin@grannkommun.se', password);
  }, 300_000);

  it('has every documented login, and each one signs in', async () => {
    const expected = ['admin', 'ciso', 'incident', 'owner', 'manager', 'it', 'employee', 'auditor', 'director'].map((name) => `${name}@exempelkommun.se`);
    expect(demo.logins).toEqual([...expected, 'admin@grannkommun.se']);
    for (const email of demo.logins) {
      const client = await signIn(test.app, email, password);
      expect((await client.get('/api/v1/me')).json().email).toBe(email);
    }
  });

  it('gives Exempelkommun a kommunkoncern with eight förvaltningar, two bolag and about 300 people', async () => {
    const units = (await admin.get('/api/v1/org-units')).json() as Array<{ type: string }>;
    expect(units.filter((unit) => unit.type === 'forvaltning')).toHaveLength(8);
    expect(units.filter((unit) => unit.type === 'bolag')).toHaveLength(2);
    const total = (await admin.get('/api/v1/people?limit=1')).json().total as number;
    expect(total).toBeGreaterThanOrEqual(280);
    expect(total).toBeLessThanOrEqual(320);
  });

  it('gives each demo role what it should see: the employee no register, the manager only their unit', async () => {
    const employee = await signIn(test.app, 'employee@exempelkommun.se', password);
    expect((await employee.get('/api/v1/me')).json().permissions).toEqual([]);
    expect((await employee.get('/api/v1/people')).statusCode).toBe(403);
    const manager = await signIn(test.app, 'manager@exempelkommun.se', password);
    const team = (await manager.get('/api/v1/people?limit=500')).json();
    expect(team.total).toBeGreaterThan(5);
    expect(new Set(team.items.map((person: { orgUnitName: string }) => person.orgUnitName))).toEqual(new Set(['Hemtjänst']));
    const auditor = await signIn(test.app, 'auditor@exempelkommun.se', password);
    expect((await auditor.get('/api/v1/audit-events')).statusCode).toBe(200);
    expect((await auditor.post('/api/v1/org-units', { name: 'Ny', type: 'enhet', parentId: team.items[0].orgUnitId })).statusCode).toBe(403);
  });

  it("answers 404 or 403 to Grannkommun's admin for every id Exempelkommun's admin sees in any list", async () => {
    const spec = (await test.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const listPaths = Object.keys(spec.paths).filter((p) => spec.paths[p].get && !p.includes('{'));
    const itemPaths = Object.keys(spec.paths).filter((p) => spec.paths[p].get && /\{id\}$/.test(p));
    expect(listPaths.length).toBeGreaterThanOrEqual(4);
    const seen = new Set<string>();
    // A list's own rows can only resolve at that list's item path (or at none): probing them
    // everywhere would be thousands of pointless requests with the demo register. Ids met only
    // inside other rows (a classification in a set, an entity in an audit event) are tried at every item path.
    const ownPaths = new Map<string, string[]>();
    const bigLists: Record<string, string> = { '/api/v1/people': '?limit=500', '/api/v1/audit-events': '?limit=500', '/api/v1/objects': '?limit=1000', '/api/v1/systems': '?limit=1000', '/api/v1/information-sets': '?limit=1000' };
    for (const listPath of listPaths) {
      const response = await admin.get(`${listPath}${bigLists[listPath] ?? ''}`);
      for (const id of response.body.match(uuidPattern) ?? []) seen.add(id);
      const itemPath = itemPaths.find((candidate) => candidate === `${listPath}/{id}`);
      for (const id of listRowIds(response)) if (!ownPaths.has(id)) ownPaths.set(id, itemPath ? [itemPath] : []);
    }
    expect(seen.size).toBeGreaterThan(300);
    const neighbourMe = (await neighbour.get('/api/v1/me')).json();
    const leaks: string[] = [];
    for (const id of seen) {
      for (const itemPath of ownPaths.get(id) ?? itemPaths) {
        const response = await neighbour.get(itemPath.replace('{id}', id));
        if (![403, 404].includes(response.statusCode)) leaks.push(`${itemPath} ${id}: ${response.statusCode}`);
      }
    }
    expect(leaks).toEqual([]);
    // and no Exempelkommun id shows up in any of Grannkommun's lists
    for (const listPath of listPaths) {
      const body = (await neighbour.get(listPath)).body;
      const foreign = (body.match(uuidPattern) ?? []).filter((id) => seen.has(id) && id !== neighbourMe.personId);
      expect(foreign, listPath).toEqual([]);
    }
    // Thousands of probes against the whole demo (register and risks): minutes, not seconds, on a busy machine.
  }, 300_000);

  describe("Exempelkommun's register", () => {
    let ciso: Client;
    let objects: ObjectSummary[];
    let details: ObjectDetail[];

    beforeAll(async () => {
      ciso = await signIn(test.app, 'ciso@exempelkommun.se', password);
      objects = (await ciso.get('/api/v1/objects?limit=1000')).json().items;
      details = [];
      for (const object of objects) details.push((await ciso.get(`/api/v1/objects/${object.id}`)).json());
    }, 120_000);

    /** The state the coverage rules give an object, worked out from its sets as the API shows them. */
    function stateOf(object: ObjectDetail): ObjectState {
      const counted = object.informationSets.filter((set) => set.classification && ['approved', 'expired'].includes(set.classification.status));
      if (counted.length === 0) return 'never';
      if (counted.length < object.informationSets.length) return 'incomplete';
      return counted.some((set) => set.classification!.status === 'expired') ? 'expired' : 'valid';
    }

    it('has about 120 objects and about 300 information sets', () => {
      expect(objects.length).toBeGreaterThanOrEqual(110);
      expect(objects.length).toBeLessThanOrEqual(130);
      const sets = details.reduce((sum, object) => sum + object.informationSets.length, 0);
      expect(sets).toBeGreaterThanOrEqual(280);
      expect(sets).toBeLessThanOrEqual(320);
    });

    it("gives every object the maximum of its sets' approved or expired classifications as derived profile, and a reason for every raise", () => {
      for (const object of details) {
        const counted = object.informationSets.flatMap((set) =>
          set.classification && ['approved', 'expired'].includes(set.classification.status) ? [set.classification as unknown as Profile] : [],
        );
        const maximum = maximumProfile(counted);
        expect({ K: object.derivedProfile.K, R: object.derivedProfile.R, T: object.derivedProfile.T, S: object.derivedProfile.S }, object.name).toEqual(maximum);
        for (const aspect of aspects) expect(object.profile[aspect], `${object.name} ${aspect}`).toBeGreaterThanOrEqual(object.derivedProfile[aspect]);
        const raised = aspects.some((aspect) => object.profile[aspect] > object.derivedProfile[aspect]);
        if (raised) expect(object.raiseReason?.trim(), object.name).toBeTruthy();
      }
      expect(details.filter((object) => object.raiseReason).length).toBeGreaterThan(0);
    });

    it('tells a story: every state occurs, with most objects valid and the coverage partition matching the objects per unit', async () => {
      const coverage = (await ciso.get('/api/v1/coverage')).json() as CoverageRow[];
      const root = coverage.find((row) => row.parentId === null)!;
      expect(root.valid + root.expired + root.incomplete + root.never).toBe(root.objects);
      expect(root.objects).toBe(objects.length);
      const parentOf = new Map(coverage.map((row) => [row.orgUnitId, row.parentId]));
      const expected = new Map(coverage.map((row) => [row.orgUnitId, { objects: 0, valid: 0, expired: 0, incomplete: 0, never: 0 }]));
      for (const object of details) {
        const state = stateOf(object);
        expect(object.state, object.name).toBe(state);
        for (let unit: string | null | undefined = object.orgUnitId; unit; unit = parentOf.get(unit)) {
          const counts = expected.get(unit)!;
          counts.objects += 1;
          counts[state] += 1;
        }
      }
      for (const row of coverage) {
        expect({ objects: row.objects, valid: row.valid, expired: row.expired, incomplete: row.incomplete, never: row.never }, row.name).toEqual(expected.get(row.orgUnitId));
      }
      const totals = { valid: root.valid, expired: root.expired, incomplete: root.incomplete, never: root.never };
      for (const count of Object.values(totals)) expect(count).toBeGreaterThan(0);
      expect(root.valid).toBeGreaterThan(root.never);
      // Socialförvaltningen is further along than Kultur- och fritidsförvaltningen.
      const share = (name: string) => {
        const row = coverage.find((candidate) => candidate.name === name)!;
        return row.valid / row.objects;
      };
      expect(share('Socialförvaltningen')).toBeGreaterThan(share('Kultur- och fritidsförvaltningen'));
      expect(root.needsReview).toBeGreaterThan(0);
      expect(root.actions.met).toBeGreaterThan(0);
      expect(root.actions.overdue).toBeGreaterThan(0);
    });

    it('lets owner@ see and edit exactly her own objects, one of them never classified with three sets', async () => {
      const owner = await signIn(test.app, 'owner@exempelkommun.se', password);
      const mine = (await owner.get('/api/v1/objects?limit=1000')).json().items as ObjectSummary[];
      expect(mine.map((object) => object.name).sort()).toEqual(Object.keys(ownerLoginObjects).sort());
      const ownDetails = details.filter((object) => object.name in ownerLoginObjects);
      for (const object of ownDetails) {
        expect(object.owners.map((person) => person.name), object.name).toContain('Lena Sundberg');
        for (const set of object.informationSets) expect(set.ownerName, `${object.name} / ${set.name}`).toBe('Lena Sundberg');
      }
      const target = ownDetails.find((object) => object.name === ownerLoginClassifiesInBrowser)!;
      expect(target.state).toBe('never');
      expect(target.informationSets).toHaveLength(3);
      expect(target.informationSets.every((set) => set.classification === null)).toBe(true);
      const drafts = ownDetails.flatMap((object) => object.informationSets).filter((set) => set.classification?.status === 'draft' || set.pendingClassification?.status === 'draft');
      expect(drafts.length).toBeGreaterThan(0);

      const own = ownDetails[0];
      expect((await owner.patch(`/api/v1/objects/${own.id}`, { version: own.version, critical: own.critical })).statusCode).toBe(200);
      const othersInHerFörvaltning = details.filter((object) => !(object.name in ownerLoginObjects) && object.orgUnitName === 'Individ- och familjeomsorg');
      expect(othersInHerFörvaltning.length).toBeGreaterThan(0);
      for (const other of othersInHerFörvaltning) {
        expect((await owner.patch(`/api/v1/objects/${other.id}`, { version: other.version, name: `${other.name} (ändrad)` })).statusCode, other.name).toBe(403);
      }
    });

    it('refuses the employee the register: 403 on listing and creating objects', async () => {
      const employee = await signIn(test.app, 'employee@exempelkommun.se', password);
      expect((await employee.get('/api/v1/objects')).statusCode).toBe(403);
      const response = await employee.post('/api/v1/objects', { name: 'Eget objekt', orgUnitId: objects[0].orgUnitId });
      expect(response.statusCode).toBe(403);
      expect((await ciso.get('/api/v1/objects?q=Eget%20objekt')).json().total).toBe(0);
    });
  });
});
