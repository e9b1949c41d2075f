import { and, asc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Modality, Nis2Measure } from '../../../shared/actions.js';
import type { Aspect } from '../../../shared/classification/aspects.js';
import type { Requirement } from '../../../shared/schemas/requirements.js';
import type { TenantContext } from '../../db/context.js';
import { requirements } from '../../db/schema/index.js';
import { toIso } from '../../db/time.js';

export type RequirementRow = typeof requirements.$inferSelect;
export type RequirementValues = Pick<
  RequirementRow,
  'code' | 'titleSv' | 'titleEn' | 'descriptionSv' | 'descriptionEn' | 'modality' | 'aspects' | 'minLevel' | 'nis2' | 'gdpr' | 'area'
>;

export function toRequirement(row: RequirementRow): Requirement {
  return {
    id: row.id,
    code: row.code,
    titleSv: row.titleSv,
    titleEn: row.titleEn,
    descriptionSv: row.descriptionSv,
    descriptionEn: row.descriptionEn,
    modality: row.modality as Modality,
    aspects: row.aspects as Aspect[],
    minLevel: row.minLevel,
    nis2: row.nis2 as Nis2Measure[],
    gdpr: row.gdpr,
    area: row.area,
    retiredAt: toIso(row.retiredAt),
    version: row.version,
  };
}

export interface RequirementFilter {
  q?: string;
  aspect?: Aspect;
  level?: number;
  modality?: Modality;
  nis2?: Nis2Measure;
  area?: string;
  includeRetired: boolean;
  limit: number;
  offset: number;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);

function filterConditions(ctx: TenantContext, filter: RequirementFilter): SQL[] {
  const conditions: SQL[] = [eq(requirements.tenantId, ctx.tenantId)];
  if (!filter.includeRetired) conditions.push(isNull(requirements.retiredAt));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(
      or(
        ilike(requirements.code, pattern),
        ilike(requirements.titleSv, pattern),
        ilike(requirements.titleEn, pattern),
        ilike(requirements.descriptionSv, pattern),
        ilike(requirements.descriptionEn, pattern),
      )!,
    );
  }
  // "Applies at level L": one of its aspects (the chosen one, if any) reaching L triggers it.
  if (filter.aspect) conditions.push(sql`${filter.aspect} = any(${requirements.aspects})`);
  if (filter.level !== undefined) conditions.push(sql`${requirements.minLevel} <= ${filter.level}`);
  if (filter.modality) conditions.push(eq(requirements.modality, filter.modality));
  if (filter.nis2) conditions.push(sql`${filter.nis2} = any(${requirements.nis2})`);
  if (filter.area) conditions.push(eq(requirements.area, filter.area));
  return conditions;
}

export async function searchRequirements(ctx: TenantContext, filter: RequirementFilter) {
  const where = and(...filterConditions(ctx, filter));
  const rows = await ctx.tx
    .select()
    .from(requirements)
    .where(where)
    .orderBy(asc(requirements.area), asc(requirements.code))
    .limit(filter.limit)
    .offset(filter.offset);
  const [{ total }] = await ctx.tx.select({ total: sql<number>`count(*)::int` }).from(requirements).where(where);
  const areas = await ctx.tx
    .selectDistinct({ area: requirements.area })
    .from(requirements)
    .where(and(eq(requirements.tenantId, ctx.tenantId), sql`${requirements.area} <> ''`))
    .orderBy(asc(requirements.area));
  return { items: rows.map(toRequirement), total, areas: areas.map((row) => row.area) };
}

/** The whole catalogue, retired ones included, in export order. */
export async function listAllRequirements(ctx: TenantContext): Promise<RequirementRow[]> {
  return ctx.tx.select().from(requirements).where(eq(requirements.tenantId, ctx.tenantId)).orderBy(asc(requirements.area), asc(requirements.code));
}

/** The requirements that can apply to objects: everything not retired. */
export async function listActiveRequirementScopes(ctx: TenantContext) {
  const rows = await ctx.tx
    .select({ id: requirements.id, aspects: requirements.aspects, minLevel: requirements.minLevel, code: requirements.code, titleSv: requirements.titleSv })
    .from(requirements)
    .where(and(eq(requirements.tenantId, ctx.tenantId), isNull(requirements.retiredAt)));
  return rows.map((row) => ({ ...row, aspects: row.aspects as Aspect[] }));
}

export async function findRequirement(ctx: TenantContext, id: string, lock = false): Promise<RequirementRow | null> {
  const query = ctx.tx
    .select()
    .from(requirements)
    .where(and(eq(requirements.tenantId, ctx.tenantId), eq(requirements.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function findRequirementByCode(ctx: TenantContext, code: string): Promise<RequirementRow | null> {
  const [row] = await ctx.tx
    .select()
    .from(requirements)
    .where(and(eq(requirements.tenantId, ctx.tenantId), sql`lower(${requirements.code}) = lower(${code})`));
  return row ?? null;
}

export async function insertRequirements(ctx: TenantContext, values: Array<RequirementValues & { retiredAt?: string | null }>): Promise<RequirementRow[]> {
  if (values.length === 0) return [];
  return ctx.tx
    .insert(requirements)
    .values(values.map((value) => ({ ...value, tenantId: ctx.tenantId })))
    .returning();
}

/** Updates if the version still matches; null means someone else changed it first. */
export async function updateRequirementVersioned(
  ctx: TenantContext,
  id: string,
  version: number,
  changes: Partial<RequirementValues & { retiredAt: string | null }>,
): Promise<RequirementRow | null> {
  const [row] = await ctx.tx
    .update(requirements)
    .set({ ...changes, version: sql`${requirements.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(requirements.tenantId, ctx.tenantId), eq(requirements.id, id), eq(requirements.version, version)))
    .returning();
  return row ?? null;
}
