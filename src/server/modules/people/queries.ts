import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { PermissionReach } from '../../../shared/access.js';
import type { EmploymentStatus } from '../../../shared/orgUnitTypes.js';
import type { Person } from '../../../shared/schemas/people.js';
import type { TenantContext } from '../../db/context.js';
import { withinReach } from '../../db/reachFilter.js';
import { accounts, orgUnits, people } from '../../db/schema/index.js';

const manager = alias(people, 'manager');

const personColumns = {
  id: people.id,
  name: people.name,
  email: people.email,
  title: people.title,
  orgUnitId: people.orgUnitId,
  orgUnitName: orgUnits.name,
  orgUnitPath: orgUnits.path,
  managerId: people.managerId,
  managerName: manager.name,
  employmentStatus: people.employmentStatus,
  hasLogin: sql<boolean>`${accounts.id} is not null`,
  version: people.version,
};

type PersonRow = Omit<Person, 'employmentStatus'> & { employmentStatus: string; orgUnitPath: string };

export function toPerson({ orgUnitPath: _path, ...row }: PersonRow): Person {
  return { ...row, employmentStatus: row.employmentStatus as EmploymentStatus };
}

function selectPeople(ctx: TenantContext) {
  return ctx.tx
    .select(personColumns)
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId))
    .leftJoin(manager, eq(manager.id, people.managerId))
    .leftJoin(accounts, eq(accounts.personId, people.id));
}

export interface PeopleFilter {
  q?: string;
  orgUnitPath?: string;
  orgUnitId?: string;
  subtree: boolean;
  status?: EmploymentStatus;
  limit: number;
  offset: number;
}

export async function searchPeople(ctx: TenantContext, filter: PeopleFilter, reach: PermissionReach) {
  const conditions: (SQL | undefined)[] = [eq(people.tenantId, ctx.tenantId), withinReach(orgUnits.path, reach)];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(people.name, pattern), ilike(people.email, pattern), ilike(people.title, pattern)));
  }
  if (filter.orgUnitId) {
    conditions.push(
      filter.subtree && filter.orgUnitPath
        ? sql`starts_with(${orgUnits.path}, ${filter.orgUnitPath})`
        : eq(people.orgUnitId, filter.orgUnitId),
    );
  }
  if (filter.status) conditions.push(eq(people.employmentStatus, filter.status));
  const where = and(...conditions);
  const rows = await selectPeople(ctx).where(where).orderBy(asc(people.name), asc(people.id)).limit(filter.limit).offset(filter.offset);
  const [{ total }] = await ctx.tx
    .select({ total: sql<number>`count(*)::int` })
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId))
    .where(where);
  return { items: rows.map((row) => toPerson(row as PersonRow)), total };
}

export async function findPerson(ctx: TenantContext, id: string): Promise<PersonRow | null> {
  const [row] = await selectPeople(ctx).where(and(eq(people.tenantId, ctx.tenantId), eq(people.id, id)));
  return (row as PersonRow | undefined) ?? null;
}

export type PersonValues = {
  name: string;
  email: string;
  title: string | null;
  orgUnitId: string;
  managerId: string | null;
  employmentStatus: EmploymentStatus;
};

export async function insertPerson(ctx: TenantContext, values: PersonValues & { id?: string }): Promise<string> {
  const [row] = await ctx.tx.insert(people).values({ ...values, tenantId: ctx.tenantId }).returning({ id: people.id });
  return row.id;
}

export async function updatePersonVersioned(ctx: TenantContext, id: string, version: number, changes: Partial<PersonValues>) {
  const [row] = await ctx.tx
    .update(people)
    .set({ ...changes, version: sql`${people.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(people.tenantId, ctx.tenantId), eq(people.id, id), eq(people.version, version)))
    .returning({ id: people.id });
  return row ?? null;
}

export async function updateAccountEmail(ctx: TenantContext, personId: string, email: string): Promise<void> {
  await ctx.tx.update(accounts).set({ email }).where(and(eq(accounts.tenantId, ctx.tenantId), eq(accounts.personId, personId)));
}
