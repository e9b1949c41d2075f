import { authorize, type AccessTarget } from '../../shared/access.js';
import type { Permission } from '../../shared/permissions.js';
import type { TenantContext } from '../db/context.js';
import { DomainError, forbidden } from '../http/domainError.js';

/**
 * For a second target inside one request (moving something into another unit needs the
 * permission there too). Same `authorize` as the route registry; system work passes.
 */
export function requireAccess(
  ctx: TenantContext,
  permission: Permission,
  target: AccessTarget,
  refusal: DomainError = forbidden('You do not have permission in the destination org unit'),
): void {
  if (ctx.actor && !authorize(ctx.actor.grants, permission, target)) throw refusal;
}

export function targetOfScope(scope: { scopeType: string; scopePath: string | null }): AccessTarget {
  return scope.scopeType === 'tenant' || !scope.scopePath ? { kind: 'tenant' } : { kind: 'orgUnit', path: scope.scopePath };
}
