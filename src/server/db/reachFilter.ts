import { or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PermissionReach } from '../../shared/access.js';

/**
 * SQL condition: the org-unit path column lies inside the actor's reach. Undefined when
 * the reach is the whole tenant (no filter); a condition that is never true when empty.
 */
export function withinReach(pathColumn: SQLWrapper, reach: PermissionReach): SQL | undefined {
  if (reach.everywhere) return undefined;
  if (reach.paths.length === 0) return sql`false`;
  return or(...reach.paths.map((prefix) => sql`starts_with(${pathColumn}, ${prefix})`));
}
