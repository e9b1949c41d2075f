import { describe, expect, it } from 'vitest';
import type { ObjectState } from '../../shared/schemas/register.js';
import { seededRandom } from './names.js';
import { demoObjects } from './registerContent.js';
import { ownerLoginObjects, ownerLoginPlans } from './registerOwners.js';
import { apportion, planObjectStates, setPlansFor, type ObjectPlan, type PlannedObject } from './registerStates.js';

const year = 365;
const approvedSets = (plan: ObjectPlan) => plan.sets.filter((set) => set.stage === 'approved');
const expiredSets = (plan: ObjectPlan) => approvedSets(plan).filter((set) => set.approvedDaysAgo! > year);

/** The state the coverage rules give the planned sets (DOMAIN §4, issue 3). */
function stateOf(plan: ObjectPlan): ObjectState {
  const approved = approvedSets(plan).length;
  if (approved === 0) return 'never';
  if (approved < plan.sets.length) return 'incomplete';
  return expiredSets(plan).length > 0 ? 'expired' : 'valid';
}

const groupOfUnit: Record<string, string> = { ifo: 'sof', funktionsstod: 'sof', sof: 'sof', bibliotek: 'kff', fritid: 'kff', kff: 'kff' };
const planned: PlannedObject[] = demoObjects.map((object) => ({
  name: object.name,
  group: groupOfUnit[object.unit] ?? 'klf',
  setCount: object.informationSets.length,
  critical: object.critical,
  raised: Boolean(object.raise),
}));

describe('apportion', () => {
  it('gives whole counts that add up to the total and follow the shares', () => {
    expect(apportion([0.45, 0.15, 0.15, 0.25], 20)).toEqual([9, 3, 3, 5]);
    expect(apportion([1, 1, 1], 10).reduce((a, b) => a + b, 0)).toBe(10);
    expect(apportion([0, 0], 3)).toEqual([0, 0]);
  });
});

describe('setPlansFor', () => {
  it('gives each state sets that the coverage rules read back as that state', () => {
    const random = seededRandom(7);
    for (const state of ['valid', 'expired', 'incomplete', 'never'] as const) {
      for (let setCount = state === 'incomplete' ? 2 : 1; setCount <= 6; setCount += 1) {
        const plan = setPlansFor(state, setCount, random);
        expect(plan.sets).toHaveLength(setCount);
        expect(stateOf(plan), `${state} with ${setCount} sets`).toBe(state);
      }
    }
    expect(setPlansFor('never', 2, random, true)).toEqual({ state: 'never', withoutSets: true, sets: [] });
  });
});

describe('planObjectStates', () => {
  const plans = planObjectStates(planned, ownerLoginPlans(seededRandom(3)), seededRandom(3));

  it('plans every demo object consistently, the same way every time', () => {
    expect(plans.size).toBe(demoObjects.length);
    for (const object of planned) {
      const plan = plans.get(object.name)!;
      if (plan.withoutSets) expect(plan.state).toBe('never');
      else expect(stateOf(plan), object.name).toBe(plan.state);
      if (!plan.withoutSets) expect(plan.sets, object.name).toHaveLength(object.setCount);
    }
    const again = planObjectStates(planned, ownerLoginPlans(seededRandom(3)), seededRandom(3));
    expect([...again.entries()]).toEqual([...plans.entries()]);
  });

  it('keeps the fixed plans of owner@ and gives her one untouched object with three sets', () => {
    for (const name of Object.keys(ownerLoginObjects)) expect(plans.get(name), name).toBeDefined();
    const untouched = plans.get('Placeringar i familjehem och HVB')!;
    expect(untouched.state).toBe('never');
    expect(untouched.sets.map((set) => set.stage)).toEqual(['none', 'none', 'none']);
    expect(plans.get('Familjerätt')!.sets.map((set) => set.stage)).toContain('draft');
  });

  it('has roughly 45 % valid, 15 % expired, 15 % incomplete and 25 % never, with Socialförvaltningen ahead of Kultur och fritid', () => {
    const share = (state: ObjectState, names = planned.map((object) => object.name)) =>
      names.filter((name) => plans.get(name)!.state === state).length / names.length;
    expect(share('valid')).toBeGreaterThan(0.38);
    expect(share('valid')).toBeLessThan(0.52);
    for (const state of ['expired', 'incomplete'] as const) {
      expect(share(state)).toBeGreaterThan(0.08);
      expect(share(state)).toBeLessThan(0.22);
    }
    expect(share('never')).toBeGreaterThan(0.18);
    expect(share('never')).toBeLessThan(0.32);
    const inGroup = (group: string) => planned.filter((object) => object.group === group).map((object) => object.name);
    expect(share('valid', inGroup('sof'))).toBeGreaterThan(share('valid', inGroup('kff')));
  });

  it('never plans an object with one set as incomplete', () => {
    for (const object of planned.filter((candidate) => candidate.setCount === 1)) expect(plans.get(object.name)!.state, object.name).not.toBe('incomplete');
  });
});
