import { and, eq } from 'drizzle-orm';
import { authorize } from '../../../shared/access.js';
import { aspectsBelow, formatProfile, isRaisedAbove, type Profile } from '../../../shared/classification/profile.js';
import type { ObjectDetail } from '../../../shared/schemas/register.js';
import type { z } from 'zod';
import type { objectCreate, objectProfileUpdate, objectRoleCreate, objectUpdate } from '../../../shared/schemas/register.js';
import { requireAccess } from '../../access/requireAccess.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { roleAssignments } from '../../db/schema/index.js';
import { DomainError, notFound, versionConflict } from '../../http/domainError.js';
import { describeSets, setsOfObject } from '../informationSets/queries.js';
import { findOrgUnit } from '../org/queries.js';
import { findPerson } from '../people/queries.js';
import { insertAssignment } from '../roles/queries.js';
import { describeSystems, systemsOfObject } from '../systems/queries.js';
import { objectProfileChanged } from './profileChanged.js';
import type { PermissionReach } from '../../../shared/access.js';
import { findObjectStats, insertObject, listObjectStats, lockObject, ownersOf, rolesOnObject, toObjectSummary, updateObjectVersioned, type ObjectFilter } from './queries.js';

async function requireOpenUnit(ctx: TenantContext, orgUnitId: string) {
  const unit = await findOrgUnit(ctx, orgUnitId);
  if (!unit) throw new DomainError(422, 'reference_not_found', 'The org unit does not exist');
  if (unit.closedAt) throw new DomainError(409, 'org_unit_closed', 'Objects cannot be placed in a closed org unit');
  return unit;
}

/** A person of this tenant the caller may name (owner, delegate); unknown reads as missing. */
export async function requirePerson(ctx: TenantContext, personId: string, field: string) {
  const person = await findPerson(ctx, personId);
  if (!person) throw new DomainError(422, 'reference_not_found', `The person in ${field} does not exist`);
  return person;
}

/** A page of objects in the actor's reach, with their owners (the list and its export). */
export async function listObjects(ctx: TenantContext, filter: ObjectFilter, reach: PermissionReach) {
  const { total, rows } = await listObjectStats(ctx, filter, reach);
  const owners = await ownersOf(ctx, rows.map((row) => row.id));
  return { total, items: rows.map((row) => toObjectSummary(row, owners.get(row.id) ?? [])) };
}

export async function describeObject(ctx: TenantContext, id: string): Promise<ObjectDetail> {
  const row = await findObjectStats(ctx, id);
  if (!row) throw notFound('object');
  const owners = (await ownersOf(ctx, [id])).get(id) ?? [];
  const roles = await rolesOnObject(ctx, id);
  const sets = await describeSets(ctx, await setsOfObject(ctx, id));
  const systems = await describeSystems(ctx, await systemsOfObject(ctx, id));
  const target = { kind: 'object', objectId: id, path: row.path } as const;
  const grants = ctx.actor?.grants ?? [];
  return {
    ...toObjectSummary(row, owners),
    managementPlanUrl: row.management_plan_url,
    roles: roles.map((role) => ({ assignmentId: role.assignmentId, role: role.role, person: { id: role.personId, name: role.personName } })),
    informationSets: sets.map((set) => ({
      id: set.id,
      name: set.name,
      ownerName: set.owner?.name ?? null,
      informationTypeName: set.informationTypeName,
      classification: set.classification,
      pendingClassification: set.pendingClassification,
      needsReview: set.needsReview,
    })),
    systems,
    can: {
      manage: authorize(grants, 'register.manage', target),
      classify: authorize(grants, 'classification.edit', target),
      manageActions: authorize(grants, 'actions.manage', target),
    },
  };
}

export async function createObject(ctx: TenantContext, input: z.output<typeof objectCreate>) {
  await requireOpenUnit(ctx, input.orgUnitId);
  if (input.ownerId) await requirePerson(ctx, input.ownerId, 'ownerId');
  const row = await insertObject(ctx, {
    orgUnitId: input.orgUnitId,
    name: input.name,
    description: input.description,
    critical: input.critical,
    managementPlanUrl: input.managementPlanUrl ?? null,
  });
  if (input.ownerId) await insertAssignment(ctx, { personId: input.ownerId, role: 'object_owner', scopeType: 'object', orgUnitId: null, objectId: row.id });
  const created = await describeObject(ctx, row.id);
  await recordAudit(ctx, { action: 'object.created', entityType: 'object', entityId: row.id, after: auditView(created) });
  await objectProfileChanged(ctx, [row.id]);
  return describeObject(ctx, row.id);
}

export async function updateObject(ctx: TenantContext, id: string, input: z.output<typeof objectUpdate>) {
  const current = await lockObject(ctx, id);
  if (!current) throw notFound('object');
  if (input.orgUnitId && input.orgUnitId !== current.orgUnitId) {
    const unit = await requireOpenUnit(ctx, input.orgUnitId);
    requireAccess(ctx, 'register.manage', { kind: 'orgUnit', path: unit.path });
  }
  const before = await describeObject(ctx, id);
  const updated = await updateObjectVersioned(ctx, id, input.version, {
    name: input.name,
    description: input.description,
    orgUnitId: input.orgUnitId,
    critical: input.critical,
    managementPlanUrl: input.managementPlanUrl,
  });
  if (!updated) throw versionConflict('object');
  const after = await describeObject(ctx, id);
  await recordAudit(ctx, { action: 'object.updated', entityType: 'object', entityId: id, before: auditView(before), after: auditView(after) });
  return after;
}

/**
 * Raises the object's profile above the derived maximum with a reason (accumulation,
 * aggregation, integration). It can never go below the derived maximum; null clears the raise.
 */
export async function setObjectProfile(ctx: TenantContext, id: string, input: z.output<typeof objectProfileUpdate>) {
  const current = await lockObject(ctx, id);
  if (!current) throw notFound('object');
  const before = await describeObject(ctx, id);
  const raise: Profile | null = input.profile;
  const reason = input.reason?.trim() || null;
  if (raise) {
    const below = aspectsBelow(raise, before.derivedProfile);
    if (below.length > 0) {
      throw new DomainError(
        422,
        'profile_below_derived',
        `The profile cannot be below the derived maximum ${formatProfile(before.derivedProfile)} (too low on ${below.join(', ')})`,
      );
    }
    if (isRaisedAbove(raise, before.derivedProfile) && !reason) {
      throw new DomainError(422, 'raise_reason_required', 'A raised profile needs a reason (accumulation, aggregation or integration)');
    }
  }
  const raisedAbove = raise !== null && isRaisedAbove(raise, before.derivedProfile);
  const updated = await updateObjectVersioned(ctx, id, input.version, {
    raisedK: raisedAbove ? raise.K : null,
    raisedR: raisedAbove ? raise.R : null,
    raisedT: raisedAbove ? raise.T : null,
    raisedS: raisedAbove ? raise.S : null,
    raiseReason: raisedAbove ? reason : null,
  });
  if (!updated) throw versionConflict('object');
  const after = await describeObject(ctx, id);
  await recordAudit(ctx, { action: 'object.profile_set', entityType: 'object', entityId: id, before: auditView(before), after: auditView(after) });
  await objectProfileChanged(ctx, [id]);
  return describeObject(ctx, id);
}

export async function addObjectRole(ctx: TenantContext, objectId: string, input: z.output<typeof objectRoleCreate>) {
  const object = await lockObject(ctx, objectId);
  if (!object) throw notFound('object');
  const person = await requirePerson(ctx, input.personId, 'personId');
  const existing = await rolesOnObject(ctx, objectId);
  if (existing.some((role) => role.personId === person.id && role.role === input.role)) {
    throw new DomainError(409, 'role_exists', 'The person already has this role on the object');
  }
  const assignmentId = await insertAssignment(ctx, { personId: person.id, role: input.role, scopeType: 'object', orgUnitId: null, objectId });
  await recordAudit(ctx, { action: 'role_assignment.created', entityType: 'role_assignment', entityId: assignmentId, after: { objectId, objectName: object.name, personId: person.id, personName: person.name, role: input.role, scopeType: 'object' } });
  return describeObject(ctx, objectId);
}

export async function removeObjectRole(ctx: TenantContext, objectId: string, assignmentId: string) {
  const roles = await rolesOnObject(ctx, objectId);
  const role = roles.find((candidate) => candidate.assignmentId === assignmentId);
  if (!role) throw notFound('role assignment');
  await ctx.tx.delete(roleAssignments).where(and(eq(roleAssignments.tenantId, ctx.tenantId), eq(roleAssignments.id, assignmentId)));
  await recordAudit(ctx, { action: 'role_assignment.deleted', entityType: 'role_assignment', entityId: assignmentId, before: { objectId, personId: role.personId, personName: role.personName, role: role.role, scopeType: 'object' } });
  return describeObject(ctx, objectId);
}

/** What the audit log keeps of an object: its register fields and profile, not the caller's capabilities. */
function auditView(object: ObjectDetail) {
  return {
    name: object.name,
    description: object.description,
    orgUnitId: object.orgUnitId,
    critical: object.critical,
    managementPlanUrl: object.managementPlanUrl,
    profile: formatProfile(object.profile),
    derivedProfile: formatProfile(object.derivedProfile),
    raiseReason: object.raiseReason,
    version: object.version,
  };
}
