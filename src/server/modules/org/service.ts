import { randomUUID } from 'node:crypto';
import type { OrgUnitCreate, OrgUnitUpdate } from '../../../shared/schemas/org.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { requireAccess } from '../../access/requireAccess.js';
import { DomainError, notFound, versionConflict } from '../../http/domainError.js';
import {
  countCurrentPeople,
  countOpenChildren,
  lockOrgUnit,
  insertOrgUnit,
  repathDescendants,
  toOrgUnit,
  updateOrgUnitVersioned,
  type OrgUnitRow,
} from './queries.js';

async function requireUnit(ctx: TenantContext, id: string, what = 'org unit'): Promise<OrgUnitRow> {
  const unit = await lockOrgUnit(ctx, id, 'update');
  if (!unit) throw notFound(what);
  return unit;
}

async function requireOpenParent(ctx: TenantContext, parentId: string): Promise<OrgUnitRow> {
  const parent = await lockOrgUnit(ctx, parentId, 'share');
  if (!parent) throw new DomainError(422, 'reference_not_found', 'The parent org unit does not exist');
  if (parent.closedAt) throw new DomainError(409, 'org_unit_closed', 'The parent org unit is closed');
  return parent;
}

export async function createOrgUnit(ctx: TenantContext, input: OrgUnitCreate) {
  const parent = await requireOpenParent(ctx, input.parentId);
  const id = randomUUID();
  const row = await insertOrgUnit(ctx, { id, name: input.name, type: input.type, parentId: parent.id, path: `${parent.path}${id}/` });
  await recordAudit(ctx, { action: 'org_unit.created', entityType: 'org_unit', entityId: id, after: toOrgUnit(row) });
  return toOrgUnit(row);
}

/** Rename, retype or move; a move may not put a unit under itself or its own descendants. */
export async function updateOrgUnit(ctx: TenantContext, id: string, input: OrgUnitUpdate) {
  const current = await requireUnit(ctx, id);
  let path = current.path;
  const moving = input.parentId !== undefined && input.parentId !== current.parentId;
  if (moving) {
    if (current.parentId === null) throw new DomainError(409, 'org_unit_root', 'The top of the organisation cannot be moved');
    const parent = await requireOpenParent(ctx, input.parentId!);
    requireAccess(ctx, 'org.manage', { kind: 'orgUnit', path: parent.path });
    if (parent.path.startsWith(current.path)) {
      throw new DomainError(409, 'org_unit_cycle', 'A unit cannot be moved under itself or one of its subunits');
    }
    path = `${parent.path}${id}/`;
  }
  const updated = await updateOrgUnitVersioned(ctx, id, input.version, {
    name: input.name,
    type: input.type,
    parentId: moving ? input.parentId : undefined,
    path: moving ? path : undefined,
  });
  if (!updated) throw versionConflict('org unit');
  if (moving) await repathDescendants(ctx, current.path, path);
  await recordAudit(ctx, {
    action: moving ? 'org_unit.moved' : 'org_unit.updated',
    entityType: 'org_unit',
    entityId: id,
    before: toOrgUnit(current),
    after: toOrgUnit(updated),
  });
  return toOrgUnit(updated);
}

/** Closing keeps the unit for history; it must be empty of open subunits and current staff. */
export async function closeOrgUnit(ctx: TenantContext, id: string, version: number) {
  const current = await requireUnit(ctx, id);
  if (current.parentId === null) throw new DomainError(409, 'org_unit_root', 'The top of the organisation cannot be closed');
  if (current.closedAt) throw new DomainError(409, 'org_unit_closed', 'The org unit is already closed');
  const children = await countOpenChildren(ctx, id);
  const staff = await countCurrentPeople(ctx, id);
  if (children > 0 || staff > 0) {
    throw new DomainError(
      409,
      'org_unit_not_empty',
      `Move or close its ${children} open subunit(s) and move its ${staff} current employee(s) first`,
    );
  }
  const updated = await updateOrgUnitVersioned(ctx, id, version, { closedAt: new Date().toISOString() });
  if (!updated) throw versionConflict('org unit');
  await recordAudit(ctx, { action: 'org_unit.closed', entityType: 'org_unit', entityId: id, before: toOrgUnit(current), after: toOrgUnit(updated) });
  return toOrgUnit(updated);
}

export async function reopenOrgUnit(ctx: TenantContext, id: string, version: number) {
  const current = await requireUnit(ctx, id);
  if (!current.closedAt) throw new DomainError(409, 'org_unit_open', 'The org unit is not closed');
  if (current.parentId) await requireOpenParent(ctx, current.parentId);
  const updated = await updateOrgUnitVersioned(ctx, id, version, { closedAt: null });
  if (!updated) throw versionConflict('org unit');
  await recordAudit(ctx, { action: 'org_unit.reopened', entityType: 'org_unit', entityId: id, before: toOrgUnit(current), after: toOrgUnit(updated) });
  return toOrgUnit(updated);
}
