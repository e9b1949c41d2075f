import { randomBytes } from 'node:crypto';
import { createAccount } from '../auth/accountService.js';
import { withTenant, type TenantContext } from '../db/context.js';
import type { Database } from '../db/database.js';
import { createOrgUnit } from '../modules/org/service.js';
import { createPerson } from '../modules/people/service.js';
import { assignRole } from '../modules/roles/service.js';
import { createTenant } from '../modules/tenants/service.js';
import { exempelkommunLogins, grannkommunLogins, type DemoLogin } from './demoLogins.js';
import { emailLocalPart, firstNames, lastNames, seededRandom, titlesByUnitType } from './names.js';
import { exempelkommunTree, grannkommunTree, type DemoUnit } from './orgTrees.js';
import type { DemoPerson } from './registerOwners.js';
import { seedIncidents } from './seedIncidents.js';
import { seedRegister } from './seedRegister.js';
import { seedRisks } from './seedRisks.js';

export interface DemoSummary {
  password: string;
  generatedPassword: boolean;
  logins: string[];
  people: number;
}

/** A readable generated password that passes the policy: four random words' worth of base64url. */
export function generateDemoPassword(): string {
  return `varn-${randomBytes(12).toString('base64url')}`;
}

/** Loads Exempelkommun and Grannkommun with their org trees, staff and one login per role. */
export async function seedDemo(database: Database, password = generateDemoPassword(), generated = true): Promise<DemoSummary> {
  let peopleCount = 0;
  const tenantsToSeed = [
    { name: 'Exempelkommun', slug: 'exempelkommun', domain: 'exempelkommun.se', tree: exempelkommunTree, logins: exempelkommunLogins, seed: 1 },
    { name: 'Grannkommun', slug: 'grannkommun', domain: 'grannkommun.se', tree: grannkommunTree, logins: grannkommunLogins, seed: 2 },
  ];
  for (const tenant of tenantsToSeed) {
    const { tenantId, rootOrgUnitId } = await createTenant(database, { name: tenant.name, slug: tenant.slug });
    peopleCount += await withTenant(database, tenantId, null, async (ctx) => {
      const unitIds = new Map<string, string>();
      const people: DemoPerson[] = [];
      await createUnits(ctx, tenant.tree, rootOrgUnitId, unitIds);
      const staff = await createStaff(ctx, tenant.tree, unitIds, tenant.domain, seededRandom(tenant.seed), people);
      await createLogins(ctx, tenant.logins, unitIds, password, people);
      // The register (objects, classifications, action plans) is Exempelkommun's story.
      if (tenant.slug === 'exempelkommun') await seedRegister(ctx, { unitIds, people, random: seededRandom(tenant.seed + 100) });
      if (tenant.slug === 'exempelkommun') await seedRisks(ctx, { unitIds, people, random: seededRandom(tenant.seed + 200) });
      if (tenant.slug === 'exempelkommun') await seedIncidents(ctx, { unitIds, people, random: seededRandom(tenant.seed + 300) });
      return staff + tenant.logins.length;
    });
  }
  return {
    password,
    generatedPassword: generated,
    logins: tenantsToSeed.flatMap((tenant) => tenant.logins.map((login) => login.email)),
    people: peopleCount,
  };
}

async function createUnits(ctx: TenantContext, units: DemoUnit[], parentId: string, ids: Map<string, string>) {
  for (const unit of units) {
    const created = await createOrgUnit(ctx, { name: unit.name, type: unit.type, parentId });
    ids.set(unit.key, created.id);
    await createUnits(ctx, unit.children ?? [], created.id, ids);
  }
}

/** Staff per unit; the first person in a unit with staff is its chef and everyone else's manager. */
async function createStaff(
  ctx: TenantContext,
  units: DemoUnit[],
  ids: Map<string, string>,
  domain: string,
  random: () => number,
  people: DemoPerson[],
  parentChef: string | null = null,
  usedEmails = new Set<string>(),
): Promise<number> {
  let count = 0;
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  for (const unit of units) {
    let chef = parentChef;
    for (let index = 0; index < unit.staff; index += 1) {
      const name = `${pick(firstNames)} ${pick(lastNames)}`;
      let email = `${emailLocalPart(name)}@${domain}`;
      for (let n = 2; usedEmails.has(email); n += 1) email = `${emailLocalPart(name)}${n}@${domain}`;
      usedEmails.add(email);
      const isChef = index === 0;
      const title = isChef ? chefTitle(unit) : pick(titlesByUnitType[unit.key] ?? titlesByUnitType.default);
      const status = random() < 0.03 ? 'on_leave' : 'active';
      const person = await createPerson(ctx, { name, email, title, orgUnitId: ids.get(unit.key)!, managerId: chef, employmentStatus: status });
      if (isChef) chef = person.id;
      people.push({ id: person.id, name, email, unitKey: unit.key, chef: isChef, login: false, active: status === 'active' });
      count += 1;
    }
    count += await createStaff(ctx, unit.children ?? [], ids, domain, random, people, chef, usedEmails);
  }
  return count;
}

function chefTitle(unit: DemoUnit): string {
  const titles: Record<string, string> = { forvaltning: 'Förvaltningschef', avdelning: 'Avdelningschef', enhet: 'Enhetschef', bolag: 'VD' };
  return titles[unit.type] ?? 'Chef';
}

async function createLogins(ctx: TenantContext, logins: DemoLogin[], ids: Map<string, string>, password: string, people: DemoPerson[]) {
  for (const login of logins) {
    const person = await createPerson(ctx, { name: login.name, email: login.email, title: login.title, orgUnitId: ids.get(login.unit)! });
    people.push({ id: person.id, name: login.name, email: login.email, unitKey: login.unit, chef: false, login: true, active: true });
    await createAccount(ctx, { personId: person.id, email: login.email, password });
    for (const grant of login.roles) {
      const scoped = grant.scope !== 'tenant';
      await assignRole(ctx, {
        personId: person.id,
        role: grant.role,
        scopeType: scoped ? 'org_unit' : 'tenant',
        orgUnitId: scoped ? ids.get(grant.scope)! : undefined,
      });
    }
  }
}
