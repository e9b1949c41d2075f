import type { RoleCode } from '../../shared/roles.js';
import type { OrgUnitType } from '../../shared/orgUnitTypes.js';
import { eq } from 'drizzle-orm';
import { createAccount } from '../auth/accountService.js';
import { insertToken, newTokenSecret } from '../auth/apiTokenStore.js';
import { accounts } from '../db/schema/index.js';
import { findOrgUnit } from '../modules/org/queries.js';
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
    database,
    tenantId,
    rootOrgUnitId,
    name,
    async unit(unitName: string, parentId = rootOrgUnitId, type: OrgUnitType = 'forvaltning') {
      return inTenant((ctx) => createOrgUnit(ctx, { name: unitName, type, parentId }));
    },
    async person(personName: string, orgUnitId = rootOrgUnitId, email = `${unique()}@${slug}.test`) {
      return inTenant((ctx) => createPerson(ctx, { name: personName, email, orgUnitId }));
    },
    async pathOf(orgUnitId: string) {
      return inTenant(async (ctx) => (await findOrgUnit(ctx, orgUnitId))!.path);
    },
    /** A role assignment scoped to the unit, held by a new person working there. */
    async assignmentId(orgUnitId: string, role: RoleCode = 'risk_owner') {
      const person = await tenant.person(`Rollinnehavare ${unique()}`, orgUnitId);
      return inTenant(async (ctx) => (await assignRole(ctx, { personId: person.id, role, scopeType: 'org_unit', orgUnitId })).id);
    },
    /** An API token of a new user in this tenant. */
    async tokenId() {
      const user = await tenant.user([]);
      return inTenant(async (ctx) => {
        const { prefix, secretHash } = newTokenSecret();
        const [account] = await ctx.tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, user.id));
        const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
        return (await insertToken(ctx, { accountId: account.id, name: 'test', prefix, secretHash, expiresAt })).id;
      });
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
