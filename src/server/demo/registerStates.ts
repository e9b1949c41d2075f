import type { ObjectState } from '../../shared/schemas/register.js';

/**
 * Which demo objects end up valid, expired, incomplete or never classified, and how far each
 * information set has come. Pure and seeded, so every demo load tells the same story: the
 * Socialförvaltningen and IT are far along, Kultur och fritid and Samhällsbyggnad lag behind.
 */

/** How far one information set has come; an approval `approvedDaysAgo` over a year back has expired. */
export interface SetPlan {
  stage: 'none' | 'draft' | 'in_review' | 'approved';
  approvedDaysAgo?: number;
  /** An approved (usually expired) set with a new draft under way beside it. */
  redraft?: boolean;
}

export interface ObjectPlan {
  state: ObjectState;
  /** A few never-classified objects have not even listed their information sets yet. */
  withoutSets: boolean;
  sets: SetPlan[];
}

export interface PlannedObject {
  name: string;
  group: string;
  setCount: number;
  critical: boolean;
  raised: boolean;
}

const states: ObjectState[] = ['valid', 'expired', 'incomplete', 'never'];

/** Share of valid, expired, incomplete and never per group (förvaltning, IT, the bolag). */
const stateMix: Record<string, [number, number, number, number]> = {
  it: [0.65, 0.1, 0.15, 0.1],
  sof: [0.65, 0.1, 0.15, 0.1],
  klf: [0.5, 0.15, 0.15, 0.2],
  vof: [0.5, 0.2, 0.1, 0.2],
  buf: [0.45, 0.15, 0.15, 0.25],
  tkf: [0.4, 0.2, 0.15, 0.25],
  mf: [0.4, 0.2, 0.2, 0.2],
  bolag: [0.35, 0.15, 0.2, 0.3],
  sbf: [0.25, 0.15, 0.2, 0.4],
  kff: [0.15, 0.15, 0.15, 0.55],
};
const defaultMix: [number, number, number, number] = [0.45, 0.15, 0.15, 0.25];
/** Where an object may have no information sets at all (a handful, in the weakest groups). */
const groupsThatMaySkipSets = new Set(['kff', 'sbf', 'bolag']);
const maxWithoutSets = 3;

const between = (random: () => number, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
export const validDaysAgo = (random: () => number) => between(random, 10, 340);
export const expiredDaysAgo = (random: () => number) => between(random, 380, 640);

/** Whole counts per state that add up to `total`, as close to the shares as rounding allows. */
export function apportion(shares: number[], total: number): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return shares.map(() => 0);
  const exact = shares.map((share) => (share / sum) * total);
  const counts = exact.map(Math.floor);
  const byRemainder = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (let n = 0; counts.reduce((a, b) => a + b, 0) < total; n += 1) counts[byRemainder[n % shares.length].index] += 1;
  return counts;
}

/** The sets of an object in the given state, with dates; `withoutSets` only where allowed. */
export function setPlansFor(state: ObjectState, setCount: number, random: () => number, mayGoWithoutSets = false): ObjectPlan {
  const sets: SetPlan[] = [];
  const unapproved = (): SetPlan => {
    const draw = random();
    return { stage: draw < 0.4 ? 'draft' : draw < 0.7 ? 'in_review' : 'none' };
  };
  if (state === 'valid') {
    // One classification meeting per object: the sets are approved within a few days of each other.
    const base = validDaysAgo(random);
    for (let i = 0; i < setCount; i += 1) sets.push({ stage: 'approved', approvedDaysAgo: Math.max(1, base - between(random, 0, 3)) });
  } else if (state === 'expired') {
    const base = expiredDaysAgo(random);
    const redone = validDaysAgo(random);
    const firstExpired = between(random, 0, setCount - 1);
    for (let i = 0; i < setCount; i += 1) {
      const expired = i === firstExpired || random() < 0.6;
      sets.push({ stage: 'approved', approvedDaysAgo: expired ? base - between(random, 0, 3) : redone });
    }
    if (random() < 0.4) sets[firstExpired].redraft = true;
  } else if (state === 'incomplete') {
    const approvedCount = between(random, 1, setCount - 1);
    const base = random() < 0.2 ? expiredDaysAgo(random) : validDaysAgo(random);
    for (let i = 0; i < setCount; i += 1) sets.push(i < approvedCount ? { stage: 'approved', approvedDaysAgo: base } : unapproved());
  } else {
    if (mayGoWithoutSets) return { state, withoutSets: true, sets: [] };
    const startedSome = random() < 0.55;
    for (let i = 0; i < setCount; i += 1) sets.push(startedSome ? unapproved() : { stage: 'none' });
    if (startedSome && sets.every((set) => set.stage === 'none')) sets[0] = { stage: 'draft' };
  }
  return { state, withoutSets: false, sets };
}

/**
 * Assigns a state to every object: per group, counts follow the group's mix (after the fixed
 * plans), raised and critical objects are more likely to be done, and an object with one set
 * is never "incomplete" (it swaps with one that can be).
 */
export function planObjectStates(objects: PlannedObject[], fixed: Map<string, ObjectPlan>, random: () => number): Map<string, ObjectPlan> {
  const plans = new Map<string, ObjectPlan>(fixed);
  let withoutSets = 0;
  const groups = [...new Set(objects.map((object) => object.group))];
  for (const group of groups) {
    const members = objects.filter((object) => object.group === group);
    const mix = stateMix[group] ?? defaultMix;
    const fixedCounts = states.map((state) => members.filter((object) => fixed.get(object.name)?.state === state).length);
    const open = members.filter((object) => !fixed.has(object.name));
    const targets = mix.map((share, index) => Math.max(0, share * members.length - fixedCounts[index]));
    // When the fixed plans already exceed the mix, the rest follow the mix as it stands.
    const counts = apportion(targets.some((target) => target > 0) ? targets : mix, open.length);
    const queue = states.flatMap((state, index) => Array<ObjectState>(counts[index]).fill(state));
    const ordered = open
      .map((object) => ({ object, priority: (object.raised ? 2 : 0) + (object.critical ? 0.6 : 0) + random() }))
      .sort((a, b) => b.priority - a.priority)
      .map((entry) => entry.object);
    const assigned = ordered.map((object, index) => ({ object, state: queue[index] }));
    for (const entry of assigned) {
      if (entry.state !== 'incomplete' || entry.object.setCount > 1) continue;
      const partner = assigned.find((other) => other.state !== 'incomplete' && other.object.setCount > 1 && !other.object.raised);
      if (partner) [entry.state, partner.state] = [partner.state, 'incomplete'];
      else entry.state = 'never';
    }
    for (const { object, state } of assigned) {
      const mayGoWithoutSets = state === 'never' && groupsThatMaySkipSets.has(group) && object.setCount <= 2 && withoutSets < maxWithoutSets && random() < 0.5;
      const plan = setPlansFor(state, object.setCount, random, mayGoWithoutSets);
      if (plan.withoutSets) withoutSets += 1;
      plans.set(object.name, plan);
    }
  }
  return plans;
}
