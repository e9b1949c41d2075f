import { inArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PermissionReach } from '../../shared/access.js';

/**
 * SQL condition: the row lies inside the actor's reach, by its org-unit path or, for rows
 * that belong to a förvaltningsobjekt, by that object's id. Undefined when the reach is the
 * whole tenant (no filter); a condition that is never true when the reach is empty.
 */
export function withinReach(pathColumn: SQLWrapper, reach: PermissionReach, objectIdColumn?: SQLWrapper): SQL | undefined {
  if (reach.everywhere) return undefined;
  const conditions = reach.paths.map((prefix) => sql`starts_with(${pathColumn}, ${prefix})`);
  if (objectIdColumn && reach.objectIds.length > 0) conditions.push(inArray(objectIdColumn as never, reach.objectIds));
  if (conditions.length === 0) return sql`false`;
  return or(...conditions);
}
