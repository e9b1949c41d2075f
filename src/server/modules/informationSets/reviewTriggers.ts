import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { ReviewReason } from '../../../shared/register.js';
import type { TenantContext } from '../../db/context.js';
import { informationSets, managedObjects } from '../../db/schema/index.js';
import { notify } from '../notifications/service.js';


/**
 * Marks approved sets "behöver granskas" and tells their owners and delegates in the app.
 * Sets never approved have nothing to re-review; the flag clears when a new one is approved.
 */
export async function requestReview(ctx: TenantContext, setIds: string[], reason: ReviewReason): Promise<void> {
  if (setIds.length === 0) return;
  const marked = await ctx.tx
    .update(informationSets)
    .set({ reviewReason: reason, reviewSince: sql`coalesce(${informationSets.reviewSince}, now())` })
    .where(and(eq(informationSets.tenantId, ctx.tenantId), inArray(informationSets.id, setIds), isNotNull(informationSets.approvedClassificationId)))
    .returning({ id: informationSets.id, name: informationSets.name, objectId: informationSets.objectId, ownerId: informationSets.ownerId, delegateId: informationSets.delegateId });
  if (marked.length === 0) return;
  const objects = await ctx.tx
    .select({ id: managedObjects.id, name: managedObjects.name })
    .from(managedObjects)
    .where(and(eq(managedObjects.tenantId, ctx.tenantId), inArray(managedObjects.id, [...new Set(marked.map((set) => set.objectId))])));
  const objectName = new Map(objects.map((object) => [object.id, object.name]));
  for (const set of marked) {
    await notify(ctx, {
      personIds: [set.ownerId, set.delegateId].filter((id): id is string => Boolean(id)),
      kind: 'classification_review_needed',
      params: { setName: set.name, objectName: objectName.get(set.objectId) ?? '', reason },
      link: `/information-sets/${set.id}`,
    });
  }
}
