import type { TenantContext } from '../../db/context.js';
import { regenerateActionPlan } from '../actions/service.js';

/**
 * Whatever depends on an object's protection level follows it at once: today the
 * handlingsplan (requirements that apply), regenerated keeping every answer given.
 */
export async function objectProfileChanged(ctx: TenantContext, objectIds: Iterable<string>): Promise<void> {
  for (const objectId of new Set(objectIds)) await regenerateActionPlan(ctx, objectId);
}
