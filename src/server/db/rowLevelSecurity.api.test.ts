import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from './context.js';
import type { Database } from './database.js';
import { makeTenant, type TestTenant } from '../testing/factories.js';
import { openTestDatabase } from '../testing/testDatabase.js';

type Rows<T> = { rows: T[] };

describe('row-level security', () => {
  let database: Database;
  let first: TestTenant;
  let second: TestTenant;

  beforeAll(async () => {
    database = await openTestDatabase();
    first = await makeTenant(database);
    second = await makeTenant(database);
    await first.person('Anna i första');
    await second.person('Bertil i andra');
  });
  afterAll(() => database.close());

  it('shows a request no rows at all when no tenant is set', async () => {
    const counts = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local role varn_app`);
      const people = (await tx.execute(sql`select count(*)::int as n from people`)) as unknown as Rows<{ n: number }>;
      const units = (await tx.execute(sql`select count(*)::int as n from org_units`)) as unknown as Rows<{ n: number }>;
      return [people.rows[0].n, units.rows[0].n];
    });
    expect(counts).toEqual([0, 0]);
  });

  it('hides other tenants even from a query that forgets to filter by tenant', async () => {
    const names = await withTenant(database, first.tenantId, null, async (ctx) => {
      const result = (await ctx.tx.execute(sql`select name from people`)) as unknown as Rows<{ name: string }>;
      return result.rows.map((row) => row.name);
    });
    expect(names).toContain('Anna i första');
    expect(names).not.toContain('Bertil i andra');
  });

  it('refuses to write a row into another tenant', async () => {
    await expect(
      withTenant(database, first.tenantId, null, (ctx) =>
        ctx.tx.execute(sql`insert into org_units (tenant_id, name, type, path) values (${second.tenantId}, 'Intrång', 'enhet', '/x/')`),
      ),
    ).rejects.toSatisfy((error: Error) => /row-level security/.test(String((error.cause as Error | undefined)?.message)));
  });

  it('forces row-level security, with a tenant policy, on every table that has a tenant_id', async () => {
    const result = (await database.db.execute(sql`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
             exists (select 1 from pg_policies p where p.tablename = c.relname and p.policyname = 'tenant_isolation') as has_policy
      from pg_class c join information_schema.columns col on col.table_name = c.relname and col.column_name = 'tenant_id'
      where c.relkind = 'r' and col.table_schema = 'public'`)) as unknown as Rows<{ table: string; enabled: boolean; forced: boolean; has_policy: boolean }>;
    expect(result.rows.length).toBeGreaterThanOrEqual(8);
    const unprotected = result.rows.filter((row) => !row.enabled || !row.forced || !row.has_policy).map((row) => row.table);
    expect(unprotected).toEqual([]);
  });
});
