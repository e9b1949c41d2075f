import { describe, expect, it } from 'vitest';
import { aspects, levels, type Level } from './aspects.js';
import {
  aspectsBelow,
  defaultHandlingLabel,
  formatProfile,
  isRaisedAbove,
  maximumProfile,
  parseProfile,
  worstConsequence,
  type Profile,
} from './profile.js';

/** Every profile with levels 0-4 on all four aspects: 625 of them. */
const allProfiles: Profile[] = levels.flatMap((K) =>
  levels.flatMap((R) => levels.flatMap((T) => levels.map((S) => ({ K, R, T, S }) as Profile))),
);

describe('profiles', () => {
  it('are written K-R-T-S and read back, for every one of the 625', () => {
    expect(allProfiles).toHaveLength(625);
    for (const profile of allProfiles) expect(parseProfile(formatProfile(profile))).toEqual(profile);
    expect(formatProfile({ K: 2, R: 2, T: 3, S: 1 })).toBe('K2-R2-T3-S1');
  });

  it.each(['K2-R2-T3', 'K5-R0-T0-S0', 'K2-K2-T3-S1', 'X1-R2-T3-S1', '', 'K2R2T3S1'])('refuses %j', (text) => {
    expect(parseProfile(text)).toBeNull();
  });

  it('takes the element-wise maximum, never lower than any input, and equal to one input on each aspect', () => {
    for (let i = 0; i < allProfiles.length; i += 7) {
      const group = [allProfiles[i], allProfiles[(i * 13) % 625], allProfiles[(i * 31 + 5) % 625]];
      const maximum = maximumProfile(group);
      for (const aspect of aspects) {
        expect(group.every((profile) => profile[aspect] <= maximum[aspect])).toBe(true);
        expect(group.some((profile) => profile[aspect] === maximum[aspect])).toBe(true);
      }
    }
    expect(maximumProfile([])).toEqual({ K: 0, R: 0, T: 0, S: 0 });
  });

  it('knows when a profile is below a floor, and on which aspects', () => {
    for (const candidate of allProfiles) {
      const floor: Profile = { K: 2, R: 1, T: 3, S: 0 };
      const below = aspectsBelow(candidate, floor);
      expect(below).toEqual(aspects.filter((aspect) => candidate[aspect] < floor[aspect]));
      expect(isRaisedAbove(candidate, floor)).toBe(aspects.some((aspect) => candidate[aspect] > floor[aspect]));
    }
  });
});

describe('the worst consequence decides', () => {
  it('picks the highest answer and names every category that gave it', () => {
    expect(worstConsequence({ financial: 1, law: 3, person: 3, trust: 2 })).toEqual({ level: 3, decidedBy: ['law', 'person'] });
    expect(worstConsequence({})).toEqual({ level: 0, decidedBy: [] });
    for (const level of levels) expect(worstConsequence({ operations: level as Level, financial: 0 }).level).toBe(level);
  });
});

describe('handling labels', () => {
  it.each([
    [0, 'public'],
    [1, 'internal'],
    [2, 'confidential'],
    [3, 'secret'],
    [4, 'secret'],
  ] as const)('K%i defaults to %s', (level, label) => {
    expect(defaultHandlingLabel(level)).toBe(label);
  });
});
