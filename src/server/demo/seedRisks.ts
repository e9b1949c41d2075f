import { and, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { maximumProfile } from '../../shared/classification/profile.js';
import type { TenantContext } from '../db/context.js';
import { actions } from '../db/schema/actions.js';
import { managedObjects, systems } from '../db/schema/register.js';
import { riskAcceptances, riskAnalyses, riskLevelHistory, risks } from '../db/schema/risk.js';
import { roleAssignments } from '../db/schema/tenancy.js';
import { addObjectRole } from '../modules/objects/service.js';
import { demoObjects } from './registerContent.js';
import { ownerLoginEmail, type DemoPerson } from './registerOwners.js';
import { planRisks } from './riskDemoRisks.js';
import { planAnalyses, type RiskDemoInput, type RiskDemoObject } from './riskDemoSubjects.js';

/**
 * Exempelkommun's risk analyses for the demo (issue 4): about 80 analyses and 600 risks over
 * the register the register seed just created, with treatments, acceptances and reduction
 * actions. Unlike the register, the rows are bulk-inserted: they are a history (dated up to two
 * years back) that no sequence of today's service calls could produce, and one audited call per
 * row would lengthen the first start by many seconds.
 */

export interface RiskSeedInput {
  unitIds: Map<string, string>;
  people: DemoPerson[];
  random: () => number;
  /** Where the demo's dates count back from; now unless a test pins it. */
  now?: number;
}

export interface RiskSeedSummary {
  analyses: number;
  risks: number;
  acceptances: number;
  actions: number;
}

const helperRoles = new Set(['information_owner', 'business_service_manager', 'system_administrator']);

export async function seedRisks(ctx: TenantContext, { unitIds, people, random, now = Date.now() }: RiskSeedInput): Promise<RiskSeedSummary> {
  const objects = await loadObjects(ctx, new Map(people.map((person) => [person.id, person.email])));
  const ciso = people.find((person) => person.email === 'ciso@exempelkommun.se');
  if (!ciso) throw new Error('The risk demo needs the CISO sign-in');
  const input: RiskDemoInput = { tenantId: ctx.tenantId, objects, people, unitIds, cisoId: ciso.id, now, random };
  const analyses = planAnalyses(input);
  const planned = planRisks(analyses, input);

  await insertInChunks(ctx, riskAnalyses, analyses.map((analysis) => analysis.row));
  await insertInChunks(ctx, risks, planned.risks);
  await insertInChunks(ctx, riskAcceptances, planned.acceptances);
  await insertInChunks(ctx, riskLevelHistory, planned.history);
  await insertInChunks(ctx, actions, planned.actions);

  // owner@ is riskägare of her own objects, as a role on each object (like her objektägare role).
  const owner = people.find((person) => person.email === ownerLoginEmail);
  for (const object of objects.filter((candidate) => owner && candidate.ownerId === owner.id)) {
    await addObjectRole(ctx, object.id, { personId: owner!.id, role: 'risk_owner' });
  }
  return { analyses: analyses.length, risks: planned.risks.length, acceptances: planned.acceptances.length, actions: planned.actions.length };
}

/** The register as created, sorted by name so the seeded choices never depend on row order. */
async function loadObjects(ctx: TenantContext, emails: Map<string, string>): Promise<RiskDemoObject[]> {
  const rows = await ctx.tx
    .select({ id: managedObjects.id, name: managedObjects.name, orgUnitId: managedObjects.orgUnitId, critical: managedObjects.critical })
    .from(managedObjects)
    .where(eq(managedObjects.tenantId, ctx.tenantId));
  const roles = await ctx.tx
    .select({ objectId: roleAssignments.objectId, personId: roleAssignments.personId, role: roleAssignments.role })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.tenantId, ctx.tenantId), eq(roleAssignments.scopeType, 'object')));
  const systemRows = await ctx.tx
    .select({ id: systems.id, name: systems.name, objectId: systems.objectId, hosting: systems.hosting })
    .from(systems)
    .where(eq(systems.tenantId, ctx.tenantId));
  const content = new Map(demoObjects.map((object) => [object.name, object]));
  return rows
    .filter((row) => content.has(row.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    .map((row) => {
      const object = content.get(row.name)!;
      const onObject = roles.filter((role) => role.objectId === row.id).sort((a, b) => `${a.role} ${emails.get(a.personId)}`.localeCompare(`${b.role} ${emails.get(b.personId)}`));
      return {
        id: row.id,
        name: row.name,
        unitKey: object.unit,
        orgUnitId: row.orgUnitId,
        critical: row.critical,
        profile: maximumProfile(object.informationSets.map((set) => set.profile)),
        ownerId: onObject.find((role) => role.role === 'object_owner')?.personId ?? null,
        helperIds: [...new Set(onObject.filter((role) => helperRoles.has(role.role)).map((role) => role.personId))],
        systems: systemRows.filter((system) => system.objectId === row.id).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
      };
    });
}

/** Multi-row inserts, well under PostgreSQL's 65,535 parameters per statement. */
async function insertInChunks<T extends PgTable>(ctx: TenantContext, table: T, rows: T['$inferInsert'][], chunk = 500) {
  for (let start = 0; start < rows.length; start += chunk) await ctx.tx.insert(table).values(rows.slice(start, start + chunk));
}
