import { describe, expect, it } from 'vitest';
import { aspects } from '../../shared/classification/aspects.js';
import { nis2Labels as nis2MeasureLabels, type Nis2Measure } from '../../shared/actions.js';
import { demoRequirements } from './requirementsCatalogue.js';

const measures: Nis2Measure[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];

describe('demo requirements catalogue', () => {
  it('has 55-65 requirements with unique codes', () => {
    expect(demoRequirements.length).toBeGreaterThanOrEqual(55);
    expect(demoRequirements.length).toBeLessThanOrEqual(65);
    const codes = demoRequirements.map((requirement) => requirement.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^VÄRN-\d{2}$/);
  });

  it('maps every NIS2 art. 21(2) point at least once and labels each', () => {
    for (const measure of measures) {
      expect(demoRequirements.some((requirement) => requirement.nis2.includes(measure)), `NIS2 ${measure}`).toBe(true);
      expect(nis2MeasureLabels[measure].sv).not.toBe('');
      expect(nis2MeasureLabels[measure].en).not.toBe('');
      expect(nis2MeasureLabels[measure].sv).not.toBe(nis2MeasureLabels[measure].en);
    }
    for (const requirement of demoRequirements) {
      for (const measure of requirement.nis2) expect(measures).toContain(measure);
    }
  });

  it('covers every aspect at each starting level 1-3', () => {
    for (const minLevel of [1, 2, 3] as const) {
      for (const aspect of aspects) {
        const found = demoRequirements.some((requirement) => requirement.minLevel === minLevel && requirement.aspects.includes(aspect));
        expect(found, `${aspect} at level ${minLevel}`).toBe(true);
      }
    }
  });

  it('grows with the level: about 15, 25 and 20 requirements start at levels 1, 2 and 3', () => {
    const count = (level: number) => demoRequirements.filter((requirement) => requirement.minLevel === level).length;
    expect(count(1)).toBeGreaterThanOrEqual(12);
    expect(count(1)).toBeLessThanOrEqual(18);
    expect(count(2)).toBeGreaterThanOrEqual(22);
    expect(count(2)).toBeLessThanOrEqual(28);
    expect(count(3)).toBeGreaterThanOrEqual(17);
    expect(count(3)).toBeLessThanOrEqual(23);
  });

  it('writes every requirement in both languages, with at least one aspect and an area', () => {
    for (const requirement of demoRequirements) {
      for (const text of [requirement.title, requirement.description]) {
        expect(text.sv.trim(), requirement.code).not.toBe('');
        expect(text.en.trim(), requirement.code).not.toBe('');
        expect(text.sv, requirement.code).not.toBe(text.en);
      }
      expect(requirement.aspects.length, requirement.code).toBeGreaterThan(0);
      expect(new Set(requirement.aspects).size, requirement.code).toBe(requirement.aspects.length);
      expect(requirement.area, requirement.code).toMatch(/^[a-z]+$/);
      for (const article of requirement.gdpr) expect(article).toMatch(/^art\. \d+/);
    }
  });
});
