import { and, eq, inArray } from 'drizzle-orm';
import { authorize, type Grant } from '../../../shared/access.js';
import { crossedThresholds, type AlertThreshold } from '../../../shared/incident/deadlines.js';
import type { NotificationKind } from '../../../shared/notifications.js';
import { roleGrants } from '../../../shared/permissions.js';
import { roleCodes, type RoleCode, type ScopeType } from '../../../shared/roles.js';
import type { TenantContext } from '../../db/context.js';
import { orgUnits, roleAssignments } from '../../db/schema/index.js';
import { toIso } from '../../db/time.js';
import { notify } from '../notifications/service.js';
import { clockOf, incidentNumber, openTimedDeadlines, stockholmText, updateDeadlineRow } from './queries.js';

const alertKinds: Record<AlertThreshold, NotificationKind> = {
  0.5: 'incident_deadline_half',
  0.9: 'incident_deadline_near',
  1: 'incident_deadline_overdue',
};

/** Who handles incidents, each with the grant that lets them: checked per incident with the one `authorize`. */
async function incidentManagers(ctx: TenantContext): Promise<Array<{ personId: string; grant: Grant }>> {
  const roles = roleCodes.filter((role) => roleGrants(role, 'incident.manage'));
  const rows = await ctx.tx
    .select({ personId: roleAssignments.personId, role: roleAssignments.role, scopeType: roleAssignments.scopeType, scopePath: orgUnits.path, objectId: roleAssignments.objectId })
    .from(roleAssignments)
    .leftJoin(orgUnits, eq(orgUnits.id, roleAssignments.orgUnitId))
    .where(and(eq(roleAssignments.tenantId, ctx.tenantId), inArray(roleAssignments.role, roles)));
  return rows.map((row) => ({
    personId: row.personId,
    grant: { role: row.role as RoleCode, scopeType: row.scopeType as ScopeType, scopePath: row.scopePath, objectId: row.objectId },
  }));
}

/**
 * Tells the incident managers whose reach covers the incident, and its assignee, when an open
 * legal deadline passes 50 % or 90 % of its period or its due time. Only the highest threshold
 * newly passed is sent (a job that was down does not send three at once), and it is stored so
 * no threshold is sent twice. Returns how many alerts were sent.
 */
export async function alertDeadlines(ctx: TenantContext, now: string): Promise<number> {
  const open = await openTimedDeadlines(ctx);
  if (open.length === 0) return 0;
  const managers = await incidentManagers(ctx);
  let sent = 0;
  for (const { deadline, year, serial, assigneeId, path } of open) {
    const highest = crossedThresholds(clockOf(deadline), now).at(-1);
    if (highest === undefined) continue;
    const percent = Math.round(highest * 100);
    if (percent <= deadline.alertedPercent) continue;
    const target = { kind: 'incident', path, involvement: null } as const;
    const personIds = [...managers.filter((manager) => authorize([manager.grant], 'incident.manage', target)).map((manager) => manager.personId), assigneeId];
    await notify(ctx, {
      personIds,
      kind: alertKinds[highest],
      params: { number: incidentNumber(year, serial), report: `${deadline.regime}.${deadline.stage}`, dueAt: stockholmText(toIso(deadline.dueAt!)) },
      link: `/incidents/${deadline.incidentId}`,
    });
    await updateDeadlineRow(ctx, deadline.id, { alertedPercent: percent });
    sent += 1;
  }
  return sent;
}
