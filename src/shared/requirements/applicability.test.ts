import { describe, expect, it } from 'vitest';
import { aspects, levels, type Aspect } from '../classification/aspects.js';
import type { Profile } from '../classification/profile.js';
import { isAnswered, planChanges, requirementApplies, type PlannedAction } from './applicability.js';

const allProfiles: Profile[] = levels.flatMap((K) => levels.flatMap((R) => levels.flatMap((T) => levels.map((S) => ({ K, R, T, S }) as Profile))));
/** Every non-empty set of aspects a requirement can name: 15 of them. */
const aspectSets: Aspect[][] = Array.from({ length: 15 }, (_, mask) => aspects.filter((_, bit) => ((mask + 1) >> bit) & 1));
const minLevels = [1, 2, 3];

describe('which requirements apply to a profile', () => {
  it('applies exactly when one of its aspects reaches its level, for all 625 profiles and every requirement shape', () => {
    expect(allProfiles).toHaveLength(625);
    let checked = 0;
    for (const profile of allProfiles) {
      for (const requirementAspects of aspectSets) {
        for (const minLevel of minLevels) {
          const highest = Math.max(...requirementAspects.map((aspect) => profile[aspect]));
          expect(requirementApplies({ aspects: requirementAspects, minLevel }, profile)).toBe(highest >= minLevel);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(625 * 15 * 3);
  });

  it('never drops a requirement when a profile is raised on any aspect', () => {
    for (const profile of allProfiles) {
      for (const aspect of aspects) {
        if (profile[aspect] === 4) continue;
        const raised = { ...profile, [aspect]: profile[aspect] + 1 } as Profile;
        for (const requirementAspects of aspectSets) {
          for (const minLevel of minLevels) {
            const requirement = { aspects: requirementAspects, minLevel };
            if (requirementApplies(requirement, profile)) expect(requirementApplies(requirement, raised)).toBe(true);
          }
        }
      }
    }
  });

  it('gives an unclassified object (K0-R0-T0-S0) no requirement, and K3 every confidentiality one', () => {
    for (const requirementAspects of aspectSets) {
      for (const minLevel of minLevels) expect(requirementApplies({ aspects: requirementAspects, minLevel }, { K: 0, R: 0, T: 0, S: 0 })).toBe(false);
      expect(requirementApplies({ aspects: requirementAspects, minLevel: 3 }, { K: 3, R: 0, T: 0, S: 0 })).toBe(requirementAspects.includes('K'));
    }
  });
});

const untouched = (id: string, requirementId: string | null, applicable = true): PlannedAction => ({
  id,
  requirementId,
  applicable,
  assessment: null,
  implementation: '',
  ownerId: null,
  dueDate: null,
  status: 'not_started',
});

describe('an answered action', () => {
  it.each([
    ['an assessment', { assessment: 'met' as const }],
    ['a description of how', { implementation: 'Loggar granskas varje vecka' }],
    ['an owner', { ownerId: 'p1' }],
    ['a due date', { dueDate: '2026-06-30' }],
    ['a status other than not started', { status: 'on_track' as const }],
  ])('is one with %s', (_, change) => {
    expect(isAnswered({ ...untouched('a', 'r'), ...change })).toBe(true);
  });

  it('is not one with only blank text', () => {
    expect(isAnswered({ ...untouched('a', 'r'), implementation: '   ' })).toBe(false);
  });
});

describe('regenerating a plan', () => {
  it('adds an action for each newly applicable requirement and keeps those already planned', () => {
    const changes = planChanges([untouched('a1', 'r1')], ['r1', 'r2', 'r3']);
    expect(changes).toEqual({ add: ['r2', 'r3'], keep: ['a1'], reactivate: [], markNotApplicable: [], remove: [] });
  });

  it('deletes untouched actions that no longer apply and keeps answered ones, marked not applicable', () => {
    const answered = { ...untouched('a2', 'r2'), assessment: 'partly_met' as const };
    const changes = planChanges([untouched('a1', 'r1'), answered], []);
    expect(changes).toEqual({ add: [], keep: [], reactivate: [], markNotApplicable: ['a2'], remove: ['a1'] });
  });

  it('brings back a set-aside action when its requirement applies again, without a duplicate', () => {
    const setAside = { ...untouched('a1', 'r1', false), implementation: 'Kryptering i vila' };
    expect(planChanges([setAside], ['r1'])).toEqual({ add: [], keep: [], reactivate: ['a1'], markNotApplicable: [], remove: [] });
  });

  it('leaves an answered, set-aside action alone while it still does not apply', () => {
    const setAside = { ...untouched('a1', 'r1', false), ownerId: 'p1' };
    expect(planChanges([setAside], ['r2'])).toEqual({ add: ['r2'], keep: ['a1'], reactivate: [], markNotApplicable: [], remove: [] });
  });

  it('never touches manual actions', () => {
    expect(planChanges([untouched('m1', null)], [])).toEqual({ add: [], keep: ['m1'], reactivate: [], markNotApplicable: [], remove: [] });
  });

  it('accounts for every existing action exactly once, and adds only what is missing', () => {
    const requirementIds = ['r1', 'r2', 'r3', 'r4'];
    const existing: PlannedAction[] = [
      untouched('a1', 'r1'),
      { ...untouched('a2', 'r2'), status: 'done' },
      untouched('a3', 'r3', false),
      untouched('m1', null),
    ];
    for (let mask = 0; mask < 16; mask += 1) {
      const applicable = requirementIds.filter((_, bit) => (mask >> bit) & 1);
      const changes = planChanges(existing, applicable);
      const handled = [...changes.keep, ...changes.reactivate, ...changes.markNotApplicable, ...changes.remove].sort();
      expect(handled).toEqual(existing.map((action) => action.id).sort());
      expect(changes.add).toEqual(applicable.filter((id) => !existing.some((action) => action.requirementId === id)));
      expect(changes.remove).not.toContain('a2');
    }
  });
});
