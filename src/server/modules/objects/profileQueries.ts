import { and, eq, sql } from 'drizzle-orm';
import type { AccessTarget } from '../../../shared/access.js';
import type { Level } from '../../../shared/classification/aspects.js';
import { maximumProfile, type Profile } from '../../../shared/classification/profile.js';
import type { TenantContext } from '../../db/context.js';
import { informationSets, managedObjects, orgUnits } from '../../db/schema/index.js';

export interface ObjectProfiles {
  /** Element-wise maximum over the sets' latest approved classifications (expired ones count until replaced). */
  derived: Profile;
  /** The profile that counts: the derived maximum, raised where the object has a stated raise. */
  profile: Profile;
  raiseReason: string | null;
}

const asLevel = (value: unknown) => Number(value ?? 0) as Level;

/** SQL for an object's derived profile: the maximum of its information sets' approved levels. */
export const derivedLevels = {
  K: sql<number>`coalesce(max(${informationSets.approvedK}), 0)`,
  R: sql<number>`coalesce(max(${informationSets.approvedR}), 0)`,
  T: sql<number>`coalesce(max(${informationSets.approvedT}), 0)`,
  S: sql<number>`coalesce(max(${informationSets.approvedS}), 0)`,
};

/** The raise counts only where it is above the derived maximum; it can never lower it. */
export function effectiveProfiles(derived: Profile, raised: Partial<Record<'K' | 'R' | 'T' | 'S', number | null>>, reason: string | null): ObjectProfiles {
  const hasRaise = raised.K !== null && raised.K !== undefined;
  const raise: Profile = hasRaise ? { K: asLevel(raised.K), R: asLevel(raised.R), T: asLevel(raised.T), S: asLevel(raised.S) } : derived;
  const profile = maximumProfile([derived, raise]);
  const raisedAbove = (['K', 'R', 'T', 'S'] as const).some((aspect) => profile[aspect] > derived[aspect]);
  return { derived, profile, raiseReason: raisedAbove ? reason : null };
}

export async function loadObjectProfiles(ctx: TenantContext, objectId: string): Promise<ObjectProfiles | null> {
  const [object] = await ctx.tx
    .select({ k: managedObjects.raisedK, r: managedObjects.raisedR, t: managedObjects.raisedT, s: managedObjects.raisedS, reason: managedObjects.raiseReason })
    .from(managedObjects)
    .where(and(eq(managedObjects.tenantId, ctx.tenantId), eq(managedObjects.id, objectId)));
  if (!object) return null;
  const [levels] = await ctx.tx
    .select(derivedLevels)
    .from(informationSets)
    .where(and(eq(informationSets.tenantId, ctx.tenantId), eq(informationSets.objectId, objectId)));
  const derived: Profile = { K: asLevel(levels?.K), R: asLevel(levels?.R), T: asLevel(levels?.T), S: asLevel(levels?.S) };
  return effectiveProfiles(derived, { K: object.k, R: object.r, T: object.t, S: object.s }, object.reason);
}

/** What permissions on an object are checked against: the object itself, inside its org unit. */
export async function objectTarget(ctx: TenantContext, objectId: string): Promise<AccessTarget | null> {
  const [row] = await ctx.tx
    .select({ path: orgUnits.path })
    .from(managedObjects)
    .innerJoin(orgUnits, eq(orgUnits.id, managedObjects.orgUnitId))
    .where(and(eq(managedObjects.tenantId, ctx.tenantId), eq(managedObjects.id, objectId)));
  return row ? { kind: 'object', objectId, path: row.path } : null;
}
