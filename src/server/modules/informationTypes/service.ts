import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Level } from '../../../shared/classification/aspects.js';
import type { Profile } from '../../../shared/classification/profile.js';
import type { InformationType, informationTypeCreate, informationTypeUpdate } from '../../../shared/schemas/register.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { informationSets, informationTypes } from '../../db/schema/index.js';
import { DomainError, notFound, versionConflict } from '../../http/domainError.js';

type TypeRow = typeof informationTypes.$inferSelect;

export const typeProfile = (row: Pick<TypeRow, 'k' | 'r' | 't' | 's'>): Profile => ({ K: row.k as Level, R: row.r as Level, T: row.t as Level, S: row.s as Level });

function toInformationType(row: TypeRow, usedBy: number): InformationType {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    profile: typeProfile(row),
    reasons: row.reasons,
    legalBases: row.legalBases,
    personalData: row.personalData,
    specialCategories: row.specialCategories,
    usedBy,
    version: row.version,
  };
}

const usedBy = sql<number>`(select count(*) from ${informationSets} where ${informationSets.informationTypeId} = ${informationTypes.id})`.mapWith(Number);

export async function listInformationTypes(ctx: TenantContext) {
  const rows = await ctx.tx.select({ type: informationTypes, usedBy }).from(informationTypes).where(eq(informationTypes.tenantId, ctx.tenantId)).orderBy(asc(informationTypes.name));
  return rows.map((row) => toInformationType(row.type, row.usedBy));
}

export async function findInformationType(ctx: TenantContext, id: string): Promise<TypeRow | null> {
  const [row] = await ctx.tx.select().from(informationTypes).where(and(eq(informationTypes.tenantId, ctx.tenantId), eq(informationTypes.id, id)));
  return row ?? null;
}

async function describeType(ctx: TenantContext, id: string) {
  const [row] = await ctx.tx.select({ type: informationTypes, usedBy }).from(informationTypes).where(and(eq(informationTypes.tenantId, ctx.tenantId), eq(informationTypes.id, id)));
  if (!row) throw notFound('information type');
  return toInformationType(row.type, row.usedBy);
}

const duplicateName = () => new DomainError(409, 'name_taken', 'An information type with this name already exists');

async function assertNameFree(ctx: TenantContext, name: string, exceptId?: string) {
  const [clash] = await ctx.tx
    .select({ id: informationTypes.id })
    .from(informationTypes)
    .where(and(eq(informationTypes.tenantId, ctx.tenantId), sql`lower(${informationTypes.name}) = lower(${name})`));
  if (clash && clash.id !== exceptId) throw duplicateName();
}

export async function createInformationType(ctx: TenantContext, input: z.output<typeof informationTypeCreate>) {
  await assertNameFree(ctx, input.name);
  const [row] = await ctx.tx
    .insert(informationTypes)
    .values({
      tenantId: ctx.tenantId,
      name: input.name,
      description: input.description,
      k: input.profile.K,
      r: input.profile.R,
      t: input.profile.T,
      s: input.profile.S,
      reasons: input.reasons as Record<string, string>,
      legalBases: input.legalBases,
      personalData: input.personalData,
      specialCategories: input.specialCategories,
    })
    .returning({ id: informationTypes.id });
  const created = await describeType(ctx, row.id);
  await recordAudit(ctx, { action: 'information_type.created', entityType: 'information_type', entityId: row.id, after: created });
  return created;
}

export async function updateInformationType(ctx: TenantContext, id: string, input: z.output<typeof informationTypeUpdate>) {
  const before = await describeType(ctx, id);
  if (input.name) await assertNameFree(ctx, input.name, id);
  const [updated] = await ctx.tx
    .update(informationTypes)
    .set({
      name: input.name,
      description: input.description,
      k: input.profile?.K,
      r: input.profile?.R,
      t: input.profile?.T,
      s: input.profile?.S,
      reasons: input.reasons as Record<string, string> | undefined,
      legalBases: input.legalBases,
      personalData: input.personalData,
      specialCategories: input.specialCategories,
      version: before.version + 1,
      updatedAt: new Date().toISOString(),
    })
    .where(and(eq(informationTypes.tenantId, ctx.tenantId), eq(informationTypes.id, id), eq(informationTypes.version, input.version)))
    .returning({ id: informationTypes.id });
  if (!updated) throw versionConflict('information type');
  const after = await describeType(ctx, id);
  await recordAudit(ctx, { action: 'information_type.updated', entityType: 'information_type', entityId: id, before, after });
  return after;
}
