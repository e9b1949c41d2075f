import type { PersonCreate, PersonUpdate } from '../../../shared/schemas/people.js';
import { requireAccess, targetOfScope } from '../../access/requireAccess.js';
import { loadGrants } from '../../auth/grants.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { DomainError, forbidden, notFound, versionConflict } from '../../http/domainError.js';
import { findOrgUnit } from '../org/queries.js';
import { isLastActiveAdministrator } from '../roles/queries.js';
import { findPerson, insertPerson, toPerson, updateAccountEmail, updatePersonVersioned, type PersonValues } from './queries.js';

async function requireOpenUnit(ctx: TenantContext, orgUnitId: string) {
  const unit = await findOrgUnit(ctx, orgUnitId);
  if (!unit) throw new DomainError(422, 'reference_not_found', 'The org unit does not exist');
  if (unit.closedAt) throw new DomainError(409, 'org_unit_closed', 'People cannot be placed in a closed org unit');
  return unit;
}

/** The manager must exist and be someone the caller may see (else it reads like a missing one). */
async function requireManager(ctx: TenantContext, managerId: string | null | undefined, personId?: string) {
  if (!managerId) return;
  if (managerId === personId) throw new DomainError(422, 'manager_self', 'A person cannot be their own manager');
  const missing = new DomainError(422, 'reference_not_found', 'The manager does not exist');
  const manager = await findPerson(ctx, managerId);
  if (!manager) throw missing;
  requireAccess(ctx, 'people.read', { kind: 'orgUnit', path: manager.orgUnitPath }, missing);
}

/**
 * Changing someone's sign-in e-mail or ending their employment takes away their access, so
 * for a person who holds roles it needs roles.manage over every one of those roles: a
 * unit's administrator cannot lock out the organisation's administrators.
 */
async function requireAuthorityOverRoles(ctx: TenantContext, personId: string) {
  const refusal = forbidden('This person holds roles beyond your reach; ask someone who manages those roles');
  for (const grant of await loadGrants(ctx.tx, personId)) requireAccess(ctx, 'roles.manage', targetOfScope(grant), refusal);
}

export async function createPerson(ctx: TenantContext, input: PersonCreate & { email: string }) {
  await requireOpenUnit(ctx, input.orgUnitId);
  await requireManager(ctx, input.managerId);
  const values: PersonValues = {
    name: input.name,
    email: input.email,
    title: input.title ?? null,
    orgUnitId: input.orgUnitId,
    managerId: input.managerId ?? null,
    employmentStatus: input.employmentStatus ?? 'active',
  };
  const id = await insertPerson(ctx, values);
  const person = toPerson((await findPerson(ctx, id))!);
  await recordAudit(ctx, { action: 'person.created', entityType: 'person', entityId: id, after: person });
  return person;
}

/** Edits a person; moving them to another unit needs the permission in that unit too. */
export async function updatePerson(ctx: TenantContext, id: string, input: PersonUpdate & { email?: string }) {
  const current = await findPerson(ctx, id);
  if (!current) throw notFound('person');
  if (input.orgUnitId && input.orgUnitId !== current.orgUnitId) {
    const unit = await requireOpenUnit(ctx, input.orgUnitId);
    requireAccess(ctx, 'people.manage', { kind: 'orgUnit', path: unit.path });
  }
  await requireManager(ctx, input.managerId, id);
  const emailChanges = input.email !== undefined && input.email !== current.email;
  const statusChanges = input.employmentStatus !== undefined && input.employmentStatus !== current.employmentStatus;
  if (emailChanges || statusChanges) await requireAuthorityOverRoles(ctx, id);
  if (input.employmentStatus === 'ended' && current.employmentStatus !== 'ended' && (await isLastActiveAdministrator(ctx, id))) {
    throw new DomainError(409, 'last_administrator', 'The last administrator of the organisation cannot leave; appoint another first');
  }
  const { version, ...changes } = input;
  const updated = await updatePersonVersioned(ctx, id, version, changes);
  if (!updated) throw versionConflict('person');
  // The sign-in e-mail follows the person's e-mail, so people are not left signing in with an old one.
  if (input.email && input.email !== current.email) await updateAccountEmail(ctx, id, input.email);
  const person = toPerson((await findPerson(ctx, id))!);
  const moved = input.orgUnitId !== undefined && input.orgUnitId !== current.orgUnitId;
  await recordAudit(ctx, {
    action: moved ? 'person.moved' : 'person.updated',
    entityType: 'person',
    entityId: id,
    before: toPerson(current),
    after: person,
  });
  return person;
}
