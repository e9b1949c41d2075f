import type { RoleCode } from '../../shared/roles.js';
import type { OrgUnitType } from '../../shared/orgUnitTypes.js';
import { createAccount } from '../auth/accountService.js';
import { withTenant } from '../db/context.js';
import type { Database } from '../db/database.js';
import { createOrgUnit } from '../modules/org/service.js';
import { createPerson } from '../modules/people/service.js';
import { assignRole } from '../modules/roles/service.js';
import { createTenant } from '../modules/tenants/service.js';

export const testPassword = 'correct-horse-battery-staple';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter += 1)}`;

/**
 * A tenant to test against, with helpers that go through the real services (so every
 * row is made the way a user would make it, audit events included).
 */
export async function makeTenant(database: Database, name = `Testkommun ${unique()}`) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const { tenantId, rootOrgUnitId } = await createTenant(database, { name, slug });
  const inTenant = <T>(work: Parameters<typeof withTenant<T>>[3]) => withTenant(database, tenantId, null, work);

  const tenant = {
    tenantId,
    rootOrgUnitId,
    name,
    async unit(unitName: string, parentId = rootOrgUnitId, type: OrgUnitType = 'forvaltning') {
      return inTenant((ctx) => createOrgUnit(ctx, { name: unitName, type, parentId }));
    },
    async person(personName: string, orgUnitId = rootOrgUnitId, email = `${unique()}@${slug}.test`) {
      return inTenant((ctx) => createPerson(ctx, { name: personName, email, orgUnitId }));
    },
    /** A person who can sign in with `testPassword`, holding the given roles. */
    async user(roles: Array<{ role: RoleCode; orgUnitId?: string }>, orgUnitId = rootOrgUnitId) {
      const email = `${unique()}@${slug}.test`;
      return inTenant(async (ctx) => {
        const person = await createPerson(ctx, { name: `Test ${email}`, email, orgUnitId });
        await createAccount(ctx, { personId: person.id, email, password: testPassword });
        for (const { role, orgUnitId: scope } of roles) {
          await assignRole(ctx, { personId: person.id, role, scopeType: scope ? 'org_unit' : 'tenant', orgUnitId: scope });
        }
        return { ...person, email };
      });
    },
  };
  return tenant;
}

export type TestTenant = Awaited<ReturnType<typeof makeTenant>>;
