import type { RoleAssignmentCreate } from '../../../shared/schemas/roles.js';
import { requireAccess } from '../../access/requireAccess.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { DomainError, notFound } from '../../http/domainError.js';
import { findOrgUnit } from '../org/queries.js';
import { findPerson } from '../people/queries.js';
import { deleteAssignment, findAssignment, insertAssignment, isLastActiveAdministrator, toRoleAssignment } from './queries.js';

export async function assignRole(ctx: TenantContext, input: RoleAssignmentCreate) {
  // Someone the caller may not see reads exactly like someone who does not exist.
  const missing = new DomainError(422, 'reference_not_found', 'The person does not exist');
  const person = await findPerson(ctx, input.personId);
  if (!person) throw missing;
  requireAccess(ctx, 'people.read', { kind: 'orgUnit', path: person.orgUnitPath }, missing);
  const orgUnitId = input.scopeType === 'org_unit' ? input.orgUnitId! : null;
  if (orgUnitId) {
    const unit = await findOrgUnit(ctx, orgUnitId);
    if (!unit) throw new DomainError(422, 'reference_not_found', 'The org unit does not exist');
    if (unit.closedAt) throw new DomainError(409, 'org_unit_closed', 'Roles cannot be scoped to a closed org unit');
  }
  const id = await insertAssignment(ctx, { personId: input.personId, role: input.role, scopeType: input.scopeType, orgUnitId });
  const assignment = toRoleAssignment((await findAssignment(ctx, id))!);
  await recordAudit(ctx, { action: 'role_assignment.created', entityType: 'role_assignment', entityId: id, after: assignment });
  return assignment;
}

/** Revokes a role; the tenant's last tenant-wide administrator cannot be removed (lock-out). */
export async function revokeRole(ctx: TenantContext, id: string) {
  const row = await findAssignment(ctx, id);
  if (!row) throw notFound('role assignment');
  if (row.role === 'administrator' && row.scopeType === 'tenant' && (await isLastActiveAdministrator(ctx, row.personId))) {
    throw new DomainError(409, 'last_administrator', 'The last administrator of the organisation cannot be removed');
  }
  if (!(await deleteAssignment(ctx, id))) throw notFound('role assignment');
  await recordAudit(ctx, { action: 'role_assignment.deleted', entityType: 'role_assignment', entityId: id, before: toRoleAssignment(row) });
}
