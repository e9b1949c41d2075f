import type { AccessTarget } from '../../../shared/access.js';
import type { TenantContext } from '../../db/context.js';
import { objectTarget } from '../objects/profileQueries.js';
import { riskTarget } from '../risk/targets.js';
import { findActionOwnerRefs } from './queries.js';

/** An action is checked against the object it belongs to, or for a process's risk treatment, the risk's analysis. */
export async function actionTarget(ctx: TenantContext, id: string): Promise<AccessTarget | null> {
  const refs = await findActionOwnerRefs(ctx, id);
  if (refs?.objectId) return objectTarget(ctx, refs.objectId);
  return refs?.riskId ? riskTarget(ctx, refs.riskId) : null;
}
