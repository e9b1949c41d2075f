import type { DemoObject } from './registerContent.js';
import { expiredDaysAgo, validDaysAgo, type ObjectPlan, type SetPlan } from './registerStates.js';
import type { DemoUnit } from './orgTrees.js';

/** A person the demo created, as the register seed needs them to pick owners. */
export interface DemoPerson {
  id: string;
  name: string;
  email: string;
  unitKey: string;
  /** The first person of a unit is its chef. */
  chef: boolean;
  /** Demo sign-ins get their roles from demoLogins.ts, never by chance here. */
  login: boolean;
  active: boolean;
}

/** Who holds which role on one object; `setOwners[i]` is the informationsägare of set i. */
export interface ObjectOwners {
  objectOwner: DemoPerson;
  setOwners: DemoPerson[];
  businessServiceManager: DemoPerson | null;
  systemAdministrator: DemoPerson | null;
}

/**
 * owner@exempelkommun.se (Lena Sundberg) is objektägare and informationsägare of these
 * Socialförvaltningen objects, each in a fixed state so she has work of every kind. The
 * first is never classified, with three sets: the end-to-end test classifies it.
 */
export const ownerLoginEmail = 'owner@exempelkommun.se';
export const ownerLoginObjects: Record<string, SetPlan['stage'][] | 'expired'> = {
  'Placeringar i familjehem och HVB': ['none', 'none', 'none'],
  Familjerätt: ['approved', 'draft'],
  'Mottagande av nyanlända': ['approved', 'in_review'],
  'Budget- och skuldrådgivning': ['approved', 'approved'],
  'Kvalitet och avvikelser i socialtjänsten': 'expired',
};
export const ownerLoginClassifiesInBrowser = 'Placeringar i familjehem och HVB';

/** The fixed plans of owner@'s objects, dated like the rest. */
export function ownerLoginPlans(random: () => number): Map<string, ObjectPlan> {
  const plans = new Map<string, ObjectPlan>();
  for (const [name, stages] of Object.entries(ownerLoginObjects)) {
    if (stages === 'expired') {
      plans.set(name, { state: 'expired', withoutSets: false, sets: [{ stage: 'approved', approvedDaysAgo: expiredDaysAgo(random) }, { stage: 'approved', approvedDaysAgo: validDaysAgo(random) }] });
      continue;
    }
    const approved = stages.filter((stage) => stage === 'approved').length;
    const state = approved === 0 ? 'never' : approved === stages.length ? 'valid' : 'incomplete';
    const when = validDaysAgo(random);
    plans.set(name, { state, withoutSets: false, sets: stages.map((stage) => (stage === 'approved' ? { stage, approvedDaysAgo: when } : { stage })) });
  }
  return plans;
}

/** Parent of every unit key, for walking up to a förvaltning. */
export function parentsOf(units: DemoUnit[], parent: DemoUnit | null = null, into = new Map<string, DemoUnit | null>()): Map<string, DemoUnit | null> {
  for (const unit of units) {
    into.set(unit.key, parent);
    parentsOf(unit.children ?? [], unit, into);
  }
  return into;
}

/** Units whose objects are looked after by another unit's staff (the revision has no staff of its own). */
const staffedBy: Record<string, string> = { revision: 'kansli' };

export function ownerPicker(people: DemoPerson[], tree: DemoUnit[], random: () => number) {
  const parents = parentsOf(tree);
  const candidates = people.filter((person) => !person.login && person.active);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];

  /** Active staff of the unit, or of the nearest unit above it that has some. */
  function staffOf(unitKey: string): DemoPerson[] {
    for (let key: string | undefined = staffedBy[unitKey] ?? unitKey; key; key = parents.get(key)?.key) {
      const staff = candidates.filter((person) => person.unitKey === key);
      if (staff.length > 0) return staff;
    }
    throw new Error(`No staff to own objects in ${unitKey}`);
  }

  return function ownersOf(object: DemoObject, fixedOwner: DemoPerson | null): ObjectOwners {
    const staff = staffOf(object.unit);
    const chef = staff.find((person) => person.chef);
    const objectOwner = fixedOwner ?? (chef && random() < 0.55 ? chef : pick(staff));
    const others = staff.filter((person) => person.id !== objectOwner.id);
    const fallback = others.length > 0 ? others : staff;
    // Usually one informationsägare for the object's information; larger objects split it in two.
    const main = fixedOwner ?? (random() < 0.4 ? objectOwner : pick(fallback));
    const second = !fixedOwner && object.informationSets.length >= 4 && random() < 0.5 ? pick(fallback) : main;
    const setOwners = object.informationSets.map((_, index) => (index % 2 === 1 ? second : main));
    const businessServiceManager = object.critical || random() < 0.3 ? pick(fallback) : null;
    const systemAdministrator = object.critical || random() < 0.45 ? pick(fallback) : null;
    return { objectOwner, setOwners, businessServiceManager, systemAdministrator };
  };
}
