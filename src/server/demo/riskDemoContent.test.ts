import { describe, expect, it } from 'vitest';
import { threatCatalogue } from '../../shared/risk/threatCatalogue.js';
import { exempelkommunTree, type DemoUnit } from './orgTrees.js';
import { demoObjects } from './registerContent.js';
import { avoidable, threatUse, transferable } from './riskDemoContent.js';
import { ownRisks, pendingExtreme, specialSubjects } from './riskDemoTexts.js';

const unitKeys = new Set<string>();
const collect = (units: DemoUnit[]): void => units.forEach((unit) => (unitKeys.add(unit.key), collect(unit.children ?? [])));
collect(exempelkommunTree);

describe("the risk demo's content", () => {
  it('knows how likely every catalogue threat is in Exempelkommun and what a group would do about it', () => {
    expect(Object.keys(threatUse).sort()).toEqual(threatCatalogue.map((threat) => threat.code).sort());
    for (const [code, use] of [...Object.entries(threatUse), ...ownRisks.map((own) => [own.key, own] as const)]) {
      expect(use.likelihood, code).toBeGreaterThanOrEqual(1);
      expect(use.likelihood, code).toBeLessThanOrEqual(4);
      expect(use.actions.length, code).toBeGreaterThan(0);
      for (const action of use.actions) expect(action, code).toMatch(/^[A-ZÅÄÖ][^.]*[a-zåäö0-9)]$/);
      for (const unit of use.where?.units ?? []) expect(unitKeys.has(unit) || unit === 'it', `${code}: ${unit}`).toBe(true);
    }
  });

  it('writes its own risks as sentence fragments, like the catalogue', () => {
    expect(new Set(ownRisks.map((own) => own.key)).size).toBe(ownRisks.length);
    for (const own of ownRisks) {
      expect(threatUse[own.key], `${own.key} clashes with a catalogue code`).toBeUndefined();
      for (const fragment of [own.cause, own.event, own.consequence]) expect(fragment, own.key).toMatch(/^[a-zåäö].*[^.]$/);
    }
  });

  it('names real subjects: units, systems, and threats or own risks for every focus', () => {
    const systemNames = new Set(demoObjects.flatMap((object) => object.systems.map((system) => system.name)));
    const keys = new Set([...Object.keys(threatUse), ...ownRisks.map((own) => own.key)]);
    for (const subject of specialSubjects) {
      expect(unitKeys.has(subject.unit), subject.name).toBe(true);
      if (subject.kind === 'system') expect(systemNames.has(subject.name), subject.name).toBe(true);
      else expect(subject.profile, subject.name).toBeDefined();
      for (const key of subject.focus) expect(keys.has(key), `${subject.name}: ${key}`).toBe(true);
    }
    for (const key of [...transferable, ...avoidable]) expect(keys.has(key), key).toBe(true);
    expect(demoObjects.some((object) => object.name === pendingExtreme.objectName)).toBe(true);
    expect(threatUse[pendingExtreme.threatCode]).toBeDefined();
  });
});
