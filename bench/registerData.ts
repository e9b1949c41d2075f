/**
 * Benchmark data for `npm run bench:coverage`: one tenant the size of a large kommunkoncern's
 * register. The org tree and the signed-in user go through the real services; the register
 * itself (tens of thousands of rows) is bulk-inserted as the table owner, because it is
 * benchmark data, not a user action, and one audited service call per row would take hours.
 * Rows are consistent with what the services write: an information set's `approved_*`
 * columns copy its approved `classifications` row, and actions follow the handlingsplan model.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Assessment, ActionStatus } from '../src/shared/actions.js';
import { hostingKinds, systemDependencies } from '../src/shared/register.js';
import { withSystem } from '../src/server/db/context.js';
import type { Database, Tx } from '../src/server/db/database.js';
import * as schema from '../src/server/db/schema/index.js';
import { firstNames, lastNames, randomChoices, seededRandom } from '../src/server/demo/names.js';
import { makeTenant, type TestTenant } from '../src/server/testing/factories.js';

export const registerSize = {
  forvaltningar: 8,
  avdelningarPerForvaltning: 4,
  enheterPerAvdelning: 3,
  objects: 5_000,
  informationSets: 20_000,
  systems: 8_000,
  requirements: 60,
};

/** Coverage state each object is built towards; the weights give ~70 % of sets approved. */
const statePlan = [
  { state: 'never', weight: 0.15 },
  { state: 'incomplete', weight: 0.3 },
  { state: 'expired', weight: 0.15 },
  { state: 'valid', weight: 0.4 },
] as const;
type PlannedState = (typeof statePlan)[number]['state'];

const objectThemes = ['Hemtjänstplanering', 'Ärendehantering socialtjänst', 'Skolplattform', 'Elevregister', 'Lönesystem', 'Ekonomisystem', 'E-arkiv', 'Dokumenthantering', 'Bygglov', 'Fastighetsautomation', 'Telefoni', 'E-post och kontor', 'GIS', 'Bibliotekssystem', 'Vårdjournal', 'Upphandling', 'Felanmälan', 'Bokning av lokaler', 'Parkeringstillstånd', 'Färdtjänst'];
const suppliers = ['Tieto Evry', 'CGI', 'Visma', 'Lifecare', 'Combine', 'Egen utveckling', 'Microsoft', 'Sokigo'];
const assessmentMix: Array<[Assessment | null, number]> = [[null, 0.3], ['met', 0.3], ['partly_met', 0.2], ['not_met', 0.15], ['not_applicable', 0.05]];
const openStatuses: ActionStatus[] = ['not_started', 'on_track', 'delayed', 'at_risk'];
const dayMs = 86_400_000;

export interface RegisterData {
  tenant: TestTenant;
  forvaltningIds: string[];
  unitCount: number;
}

export async function generateRegisterData(database: Database, size = registerSize, seed = 3): Promise<RegisterData> {
  const random = seededRandom(seed);
  const { pick, between, weighted } = randomChoices(random);
  const level = () => weighted([[0, 0.1], [1, 0.35], [2, 0.35], [3, 0.2]]);
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();

  // The org tree through the real services, as an administrator would build it.
  const tenant = await makeTenant(database, `Benchkommun ${now.toString(36)}`);
  const forvaltningIds: string[] = [];
  const unitIds: string[] = [];
  for (let f = 1; f <= size.forvaltningar; f += 1) {
    const forvaltning = await tenant.unit(`Förvaltning ${f}`);
    forvaltningIds.push(forvaltning.id);
    unitIds.push(forvaltning.id);
    for (let a = 1; a <= size.avdelningarPerForvaltning; a += 1) {
      const avdelning = await tenant.unit(`Avdelning ${f}.${a}`, forvaltning.id, 'avdelning');
      unitIds.push(avdelning.id);
      for (let e = 1; e <= size.enheterPerAvdelning; e += 1) unitIds.push((await tenant.unit(`Enhet ${f}.${a}.${e}`, avdelning.id, 'enhet')).id);
    }
  }

  const tenantId = tenant.tenantId;
  // Two owners per unit: the informationsägare and objektägare of the unit's register rows.
  const people = unitIds.flatMap((orgUnitId, u) =>
    [0, 1].map((n) => ({ id: randomUUID(), tenantId, orgUnitId, name: `${pick(firstNames)} ${pick(lastNames)}`, email: `agare${u}-${n}@bench.example`, title: 'Informationsägare' })),
  );
  const ownersOf = new Map(unitIds.map((id) => [id, people.filter((person) => person.orgUnitId === id).map((person) => person.id)]));

  const requirements = Array.from({ length: size.requirements }, (_, r) => ({
    id: randomUUID(), tenantId, code: `KRAV-${String(r + 1).padStart(3, '0')}`, titleSv: `Krav ${r + 1}`, titleEn: `Requirement ${r + 1}`,
    modality: r % 3 === 0 ? 'should' : 'must', aspects: [pick(['K', 'R', 'T', 'S'])], minLevel: between(1, 3), nis2: [pick(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])],
  }));

  // Objects, each with one unit, one objektägare and a planned coverage state.
  const objects = Array.from({ length: size.objects }, (_, o) => {
    const orgUnitId = pick(unitIds);
    return { id: randomUUID(), tenantId, orgUnitId, name: `${objectThemes[o % objectThemes.length]} ${String(o + 1).padStart(4, '0')}`, critical: random() < 0.1 };
  });
  const planned = objects.map(() => weighted(statePlan.map((plan): [PlannedState, number] => [plan.state, plan.weight])));
  const roleAssignments = objects.map((object) => ({ tenantId, personId: pick(ownersOf.get(object.orgUnitId)!), role: 'object_owner', scopeType: 'object', objectId: object.id }));

  // Every object has one system; the rest are spread at random.
  const systemsOf = objects.map(() => [] as string[]);
  const systems = Array.from({ length: size.systems }, (_, s) => {
    const o = s < objects.length ? s : Math.floor(random() * objects.length);
    const id = randomUUID();
    systemsOf[o].push(id);
    return { id, tenantId, objectId: objects[o].id, name: `System ${s + 1}`, supplier: pick(suppliers), hosting: pick(hostingKinds), dependencies: systemDependencies.filter(() => random() < 0.4) };
  });

  // 1-8 sets per object, adding up to exactly size.informationSets.
  const setCounts = objects.map(() => 1);
  for (let extra = size.informationSets - objects.length; extra > 0; ) {
    const o = Math.floor(random() * objects.length);
    if (setCounts[o] < 8) {
      setCounts[o] += 1;
      extra -= 1;
    }
  }

  const sets: Array<typeof schema.informationSets.$inferInsert> = [];
  const classifications: Array<typeof schema.classifications.$inferInsert> = [];
  const setSystems: Array<typeof schema.informationSetSystems.$inferInsert> = [];
  const classifiedObjects: number[] = [];
  objects.forEach((object, o) => {
    const count = setCounts[o];
    const plan = planned[o];
    // Which of the object's sets are approved, and which of those have run out.
    const approved = Array.from({ length: count }, (_, i) => plan === 'valid' || plan === 'expired' || (plan === 'incomplete' && (i === 0 || (i < count - 1 && random() < 0.5))));
    if (plan === 'incomplete' && count === 1) approved[0] = false;
    const expired = approved.map((isApproved, i) => isApproved && ((plan === 'expired' && (i === 0 || random() < 0.4)) || (plan === 'incomplete' && random() < 0.2)));
    if (approved.some(Boolean)) classifiedObjects.push(o);
    for (let i = 0; i < count; i += 1) {
      const setId = randomUUID();
      const ownerId = pick(ownersOf.get(object.orgUnitId)!);
      const profile = { k: level(), r: level(), t: level(), s: level() };
      const handlingLabel = (['public', 'internal', 'confidential', 'secret'] as const)[profile.k];
      let approvedColumns = {};
      if (approved[i]) {
        const validUntil = expired[i] ? now - between(1, 400) * dayMs : now + between(1, 360) * dayMs;
        const approvedAt = validUntil - 365 * dayMs;
        const classificationId = randomUUID();
        if (random() < 0.15) {
          classifications.push({ tenantId, informationSetId: setId, k: level(), r: level(), t: level(), s: level(), handlingLabel: 'internal', status: 'superseded', createdBy: ownerId, createdAt: iso(approvedAt - 400 * dayMs) });
        }
        classifications.push({
          id: classificationId, tenantId, informationSetId: setId, ...profile, handlingLabel, status: 'approved', createdBy: ownerId,
          submittedAt: iso(approvedAt - dayMs), approvedBy: ownerId, approvedAt: iso(approvedAt), validUntil: iso(validUntil), createdAt: iso(approvedAt - 2 * dayMs),
        });
        const review = random() < 0.05 ? { reviewReason: 'system_changed', reviewSince: iso(now - between(1, 60) * dayMs) } : {};
        approvedColumns = { approvedClassificationId: classificationId, approvedK: profile.k, approvedR: profile.r, approvedT: profile.t, approvedS: profile.s, approvedValidUntil: iso(validUntil), ...review };
      }
      // Work in progress: a draft on some unapproved sets, a re-classification on some expired ones.
      if ((!approved[i] && random() < 0.3) || (expired[i] && random() < 0.3)) {
        classifications.push({ tenantId, informationSetId: setId, ...profile, handlingLabel, status: random() < 0.5 ? 'draft' : 'in_review', createdBy: ownerId, createdAt: iso(now - between(1, 30) * dayMs) });
      }
      sets.push({ id: setId, tenantId, objectId: object.id, name: `Informationsmängd ${sets.length + 1}`, ownerId, personalData: random() < 0.5, specialCategories: random() < 0.15, ...approvedColumns });
      const own = systemsOf[o];
      const held = new Set([pick(own), ...(random() < 0.3 ? [pick(own)] : [])]);
      for (const systemId of held) setSystems.push({ tenantId, informationSetId: setId, systemId });
    }
  });

  // The handlingsplan of every classified object: 10-20 requirements, answered to various degrees.
  const actions: Array<typeof schema.actions.$inferInsert> = [];
  const dateInDays = (offsetDays: number) => iso(now + offsetDays * dayMs).slice(0, 10);
  for (const o of classifiedObjects) {
    const chosen = [...requirements].sort(() => random() - 0.5).slice(0, between(10, 20));
    for (const requirement of chosen) {
      const assessment = weighted(assessmentMix);
      const status: ActionStatus = assessment === 'met' ? 'done' : assessment === 'not_applicable' ? 'cancelled' : pick(openStatuses);
      actions.push({
        tenantId, objectId: objects[o].id, source: 'requirement', requirementId: requirement.id, title: requirement.titleSv, assessment,
        implementation: assessment === 'met' ? 'Infört enligt kommunens anvisning.' : '', ownerId: pick(ownersOf.get(objects[o].orgUnitId)!),
        dueDate: assessment === 'met' ? null : dateInDays(between(-90, 365)), status, applicable: random() >= 0.03,
      });
    }
  }

  await withSystem(database, async (tx) => {
    await insertInChunks(tx, schema.people, people);
    await insertInChunks(tx, schema.requirements, requirements);
    await insertInChunks(tx, schema.managedObjects, objects);
    await insertInChunks(tx, schema.roleAssignments, roleAssignments);
    await insertInChunks(tx, schema.systems, systems);
    await insertInChunks(tx, schema.informationSets, sets);
    await insertInChunks(tx, schema.classifications, classifications);
    await insertInChunks(tx, schema.informationSetSystems, setSystems);
    await insertInChunks(tx, schema.actions, actions);
  });
  // Fresh statistics, as autovacuum would have them on a database that grew to this size.
  await database.db.execute(sql`analyze`);
  return { tenant, forvaltningIds, unitCount: unitIds.length + 1 };
}

/** Multi-row inserts, sized to stay well under PostgreSQL's 65,535 parameters per statement. */
async function insertInChunks<T extends PgTable>(tx: Tx, table: T, rows: T['$inferInsert'][], chunk = 1_000) {
  for (let start = 0; start < rows.length; start += chunk) await tx.insert(table).values(rows.slice(start, start + chunk));
}
