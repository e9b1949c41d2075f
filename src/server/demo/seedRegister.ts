import { isRaisedAbove, aspectsBelow } from '../../shared/classification/profile.js';
import { todayInStockholm } from '../../shared/requirements/actionPlan.js';
import type { ObjectState } from '../../shared/schemas/register.js';
import type { TenantContext } from '../db/context.js';
import { createSet } from '../modules/informationSets/service.js';
import { createInformationType } from '../modules/informationTypes/service.js';
import { addObjectRole, createObject, describeObject, setObjectProfile } from '../modules/objects/service.js';
import { seedDemoRequirements } from '../modules/requirements/service.js';
import { addIntegration, createSystem, updateSystem } from '../modules/systems/service.js';
import { assessDemoActionPlan, type AssessmentStyle } from './actionAssessments.js';
import { demoInformationTypes } from './informationTypes.js';
import { exempelkommunTree } from './orgTrees.js';
import { classifyDemoSet, validityMonths } from './registerClassifications.js';
import { demoObjects, type DemoObject } from './registerContent.js';
import { ownerLoginEmail, ownerLoginObjects, ownerLoginPlans, ownerPicker, parentsOf, type DemoPerson, type ObjectOwners } from './registerOwners.js';
import { planObjectStates, type ObjectPlan } from './registerStates.js';

/**
 * Exempelkommun's register for the demo: information types, the requirements catalogue, about
 * 120 förvaltningsobjekt with their systems, integrations and information sets, owners from
 * the staff, classifications in a realistic mix of states, raises, re-review flags and
 * self-assessed handlingsplaner. Everything goes through the services, as the app would.
 */

export interface RegisterSeedInput {
  /** Demo unit key → org unit id. */
  unitIds: Map<string, string>;
  people: DemoPerson[];
  random: () => number;
}

export interface RegisterSeedSummary {
  objects: number;
  informationSets: number;
  states: Record<ObjectState, number>;
  assessedActions: number;
}

interface SeededObject {
  content: DemoObject;
  id: string;
  plan: ObjectPlan;
  owners: ObjectOwners;
  systems: Array<{ id: string; version: number; hosting: string }>;
  /** Aligned with content.informationSets; empty when the plan has no sets. */
  setIds: string[];
}

const itUnits = new Set(['it', 'it-drift', 'it-support']);
const parents = parentsOf(exempelkommunTree);
const unitTypes = new Map<string, string>();
const collectTypes = (units: typeof exempelkommunTree): void => units.forEach((unit) => (unitTypes.set(unit.key, unit.type), collectTypes(unit.children ?? [])));
collectTypes(exempelkommunTree);

/** The group whose state mix an object follows: IT on its own, else its förvaltning, or the bolag. */
function groupOf(unitKey: string): string {
  if (itUnits.has(unitKey)) return 'it';
  for (let key: string | undefined = unitKey; key; key = parents.get(key)?.key) {
    const type = unitTypes.get(key);
    if (type === 'forvaltning') return key;
    if (type === 'bolag') return 'bolag';
  }
  return 'klf';
}

export async function seedRegister(ctx: TenantContext, { unitIds, people, random }: RegisterSeedInput): Promise<RegisterSeedSummary> {
  const typeIds = new Map<string, string>();
  for (const type of demoInformationTypes) {
    const created = await createInformationType(ctx, {
      name: type.name.sv,
      description: type.description.sv,
      profile: type.profile,
      reasons: type.reasons,
      legalBases: type.legalBases,
      personalData: type.personalData,
      specialCategories: type.specialCategories,
    });
    typeIds.set(type.key, created.id);
  }
  await seedDemoRequirements(ctx);

  const ownerLogin = people.find((person) => person.email === ownerLoginEmail) ?? null;
  const plans = planObjectStates(
    demoObjects.map((object) => ({ name: object.name, group: groupOf(object.unit), setCount: object.informationSets.length, critical: object.critical, raised: Boolean(object.raise) })),
    ownerLogin ? ownerLoginPlans(random) : new Map(),
    random,
  );
  const pickOwners = ownerPicker(people, exempelkommunTree, random);

  const seeded: SeededObject[] = [];
  for (const content of demoObjects) {
    const plan = plans.get(content.name)!;
    const owners = pickOwners(content, ownerLogin && content.name in ownerLoginObjects ? ownerLogin : null);
    seeded.push(await createDemoObject(ctx, content, plan, owners, unitIds, typeIds));
  }
  await addIntegrations(ctx, seeded);

  const months = await validityMonths(ctx);
  for (const object of seeded) {
    for (const [index, setId] of object.setIds.entries()) {
      await classifyDemoSet(ctx, { setId, set: object.content.informationSets[index], plan: object.plan.sets[index], owner: object.owners.setOwners[index], months }, random);
    }
  }
  await applyRaises(ctx, seeded);
  await flagForReview(ctx, seeded, random);
  const assessedActions = await assessActionPlans(ctx, seeded, people, random);

  const states: Record<ObjectState, number> = { valid: 0, expired: 0, incomplete: 0, never: 0 };
  for (const object of seeded) states[object.plan.state] += 1;
  return { objects: seeded.length, informationSets: seeded.reduce((sum, object) => sum + object.setIds.length, 0), states, assessedActions };
}

async function createDemoObject(
  ctx: TenantContext,
  content: DemoObject,
  plan: ObjectPlan,
  owners: ObjectOwners,
  unitIds: Map<string, string>,
  typeIds: Map<string, string>,
): Promise<SeededObject> {
  const object = await createObject(ctx, {
    name: content.name,
    description: content.description,
    orgUnitId: unitIds.get(content.unit)!,
    critical: content.critical,
    ownerId: owners.objectOwner.id,
  });
  const systems: SeededObject['systems'] = [];
  for (const system of content.systems) {
    const created = await createSystem(ctx, { objectId: object.id, ...system });
    systems.push({ id: created.id, version: created.version, hosting: created.hosting });
  }
  const setIds: string[] = [];
  if (!plan.withoutSets) {
    for (const [index, set] of content.informationSets.entries()) {
      const created = await createSet(ctx, {
        objectId: object.id,
        name: set.name,
        description: set.description,
        informationTypeId: set.typeKey ? typeIds.get(set.typeKey)! : null,
        ownerId: owners.setOwners[index].id,
        legalBases: set.legalBases,
        personalData: set.personalData,
        specialCategories: set.specialCategories,
        systemIds: set.systems.map((systemIndex) => systems[systemIndex].id),
      });
      setIds.push(created.id);
    }
  }
  // Informationsägare other than the objektägare hold their role on the object too, so they find it and may classify.
  const roles: Array<[DemoPerson | null, 'information_owner' | 'business_service_manager' | 'system_administrator']> = [
    ...[...new Map((plan.withoutSets ? [] : owners.setOwners).map((person) => [person.id, person])).values()]
      .filter((person) => person.id !== owners.objectOwner.id)
      .map((person) => [person, 'information_owner'] as [DemoPerson, 'information_owner']),
    [owners.businessServiceManager, 'business_service_manager'],
    [owners.systemAdministrator, 'system_administrator'],
  ];
  for (const [person, role] of roles) if (person) await addObjectRole(ctx, object.id, { personId: person.id, role });
  return { content, id: object.id, plan, owners, systems, setIds };
}

/** Integrations name systems of other objects, so they are resolved once every object exists. */
async function addIntegrations(ctx: TenantContext, seeded: SeededObject[]) {
  const systemIdByName = new Map(seeded.flatMap((object) => object.content.systems.map((system, index) => [system.name, object.systems[index].id] as const)));
  for (const object of seeded) {
    for (const [index, targetName] of object.content.integrations ?? []) {
      const targetSystemId = systemIdByName.get(targetName);
      if (!targetSystemId) throw new Error(`Demo integration from ${object.content.name} to unknown system ${targetName}`);
      await addIntegration(ctx, object.systems[index].id, { targetSystemId, description: `Utbyter uppgifter med ${targetName}.` });
    }
  }
}

/** The content's raises (accumulation, aggregation, integration), where still above what was approved. */
async function applyRaises(ctx: TenantContext, seeded: SeededObject[]) {
  for (const object of seeded) {
    const raise = object.content.raise;
    if (!raise) continue;
    const current = await describeObject(ctx, object.id);
    if (aspectsBelow(raise.profile, current.derivedProfile).length > 0 || !isRaisedAbove(raise.profile, current.derivedProfile)) continue;
    await setObjectProfile(ctx, object.id, { version: current.version, profile: raise.profile, reason: raise.reason });
  }
}

/** A few systems moved to another operator after approval: their sets show "behöver granskas". */
async function flagForReview(ctx: TenantContext, seeded: SeededObject[], random: () => number) {
  const candidates = seeded.filter((object) => object.plan.state === 'valid' && object.systems[0].hosting === 'on_premises');
  const chosen = new Set<SeededObject>();
  while (chosen.size < Math.min(4, candidates.length)) chosen.add(candidates[Math.floor(random() * candidates.length)]);
  for (const object of chosen) {
    const system = object.systems[0];
    const updated = await updateSystem(ctx, system.id, { version: system.version, hosting: 'shared_operations' });
    Object.assign(system, { version: updated.version, hosting: updated.hosting });
  }
}

async function assessActionPlans(ctx: TenantContext, seeded: SeededObject[], people: DemoPerson[], random: () => number) {
  const today = todayInStockholm();
  const it = people.filter((person) => person.unitKey === 'it-drift' && !person.login && person.active);
  let answered = 0;
  for (const object of seeded) {
    const style = styleFor(object.plan.state, random);
    if (!style) continue;
    const { objectOwner, setOwners, businessServiceManager, systemAdministrator } = object.owners;
    const responsible = [objectOwner, ...setOwners, businessServiceManager, systemAdministrator].filter((person): person is DemoPerson => person !== null);
    answered += await assessDemoActionPlan(ctx, object.id, style, { objectOwner, responsible, it }, random, today);
  }
  return answered;
}

/** Valid objects are nearly fully assessed; expired ones were assessed once; incomplete ones have begun. */
function styleFor(state: ObjectState, random: () => number): AssessmentStyle | null {
  if (state === 'valid') return { assessedShare: 0.85 + random() * 0.15, maturity: 0.5 + random() * 0.4 };
  if (state === 'expired') return { assessedShare: 0.4 + random() * 0.4, maturity: 0.35 + random() * 0.35 };
  if (state === 'incomplete') return random() < 0.5 ? { assessedShare: 0.2 + random() * 0.3, maturity: 0.3 + random() * 0.3 } : null;
  return null;
}

