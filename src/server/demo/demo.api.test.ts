import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/fixtures.js';
import { signIn, type Client } from '../testing/testApp.js';
import { seedDemo, type DemoSummary } from './seedDemo.js';

const password = 'demo-password-for-tests';
const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

describe('the demo', () => {
  const test = useTestApp();
  let demo: DemoSummary;
  let admin: Client;
  let neighbour: Client;

  beforeAll(async () => {
    demo = await seedDemo(test.database, password, false);
    admin = await signIn(test.app, 'admin@exempelkommun.se', password);
    neighbour = await signIn(test.app, 'admin@grannkommun.se', password);
  }, 180_000);

  it('has every documented login, and each one signs in', async () => {
    const expected = ['admin', 'ciso', 'incident', 'owner', 'manager', 'it', 'employee', 'auditor'].map((name) => `${name}@exempelkommun.se`);
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
    for (const listPath of listPaths) {
      const response = await admin.get(`${listPath}${listPath.includes('people') || listPath.includes('audit') ? '?limit=500' : ''}`);
      for (const id of response.body.match(uuidPattern) ?? []) seen.add(id);
    }
    expect(seen.size).toBeGreaterThan(300);
    const neighbourMe = (await neighbour.get('/api/v1/me')).json();
    const leaks: string[] = [];
    for (const itemPath of itemPaths) {
      for (const id of seen) {
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
  });
});
