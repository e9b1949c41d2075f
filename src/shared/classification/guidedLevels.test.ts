import { describe, expect, it } from 'vitest';
import { aspects, consequenceCategories, levels, type Level } from './aspects.js';
import { guidedLevels } from './guidedLevels.js';

describe('guided levels', () => {
  it('take the worst answer of each aspect, for every level in every category', () => {
    for (const category of consequenceCategories) {
      for (const level of levels) {
        const other = consequenceCategories.find((candidate) => candidate !== category)!;
        const result = guidedLevels({ R: { [other]: 0, [category]: level } }, undefined, null);
        expect(result.profile.R).toBe(level);
        expect(result.decidedBy.R).toEqual(level === 0 ? [] : [category]);
      }
    }
  });

  it('pre-fill unanswered aspects from the organisation-wide type, and answers override it both ways', () => {
    const prefill = { K: 3, R: 2, T: 1, S: 2 } as const;
    expect(guidedLevels({}, undefined, prefill).profile).toEqual(prefill);
    expect(guidedLevels({ K: { person: 1 } }, undefined, prefill).profile).toEqual({ ...prefill, K: 1 });
    expect(guidedLevels({ T: { operations: 4 } }, undefined, prefill).profile.T).toBe(4);
  });

  it('use a level given directly when the aspect has no answers, and flag one that contradicts the answers', () => {
    expect(guidedLevels({}, { S: 3 }, null).profile).toEqual({ K: 0, R: 0, T: 0, S: 3 });
    for (const aspect of aspects) {
      for (const given of levels) {
        const result = guidedLevels({ [aspect]: { law: 2 as Level } }, { [aspect]: given }, null);
        expect(result.contradicted).toEqual(given === 2 ? [] : [aspect]);
      }
    }
  });
});
