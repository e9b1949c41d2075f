import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from './context.js';
import { makeTenant, type TestTenant } from '../testing/factories.js';
import { useTestDatabase } from '../testing/fixtures.js';
import { queryRows } from '../testing/testDatabase.js';

describe('row-level security', () => {
  const setup = useTestDatabase();
  let first: TestTenant;
  let second: TestTenant;

  beforeAll(async () => {
    first = await makeTenant(setup.database);
    second = await makeTenant(setup.database);
    await first.person('Anna i första');
    await second.person('Bertil i andra');
  });

  it('shows a request no rows at all when no tenant is set', async () => {
    const counts = await setup.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local role varn_app`);
      const [people] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from people`);
      const [units] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from org_units`);
      return [people.n, units.n];
    });
    expect(counts).toEqual([0, 0]);
  });

  it('hides other tenants even from a query that forgets to filter by tenant', async () => {
    const names = await withTenant(setup.database, first.tenantId, null, async (ctx) => {
      const rows = await queryRows<{ name: string }>(ctx.tx, sql`select name from people`);
      return rows.map((row) => row.name);
    });
    expect(names).toContain('Anna i första');
    expect(names).not.toContain('Bertil i andra');
  });

  it('refuses to write a row into another tenant', async () => {
    await expect(
      withTenant(setup.database, first.tenantId, null, (ctx) =>
        ctx.tx.execute(sql`insert into org_units (tenant_id, name, type, path) values (${second.tenantId}, 'Intrång', 'enhet', '/x/')`),
      ),
    ).rejects.toSatisfy((error: Error) => /row-level security/.test(String((error.cause as Error | undefined)?.message)));
  });

  it('forces row-level security, with a tenant policy, on every table that has a tenant_id', async () => {
    const rows = await queryRows<{ table: string; enabled: boolean; forced: boolean; has_policy: boolean }>(setup.database.db, sql`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
             exists (select 1 from pg_policies p where p.tablename = c.relname and p.policyname = 'tenant_isolation') as has_policy
      from pg_class c join information_schema.columns col on col.table_name = c.relname and col.column_name = 'tenant_id'
      where c.relkind = 'r' and col.table_schema = 'public'`);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const unprotected = rows.filter((row) => !row.enabled || !row.forced || !row.has_policy).map((row) => row.table);
    expect(unprotected).toEqual([]);
  });
});
