import { describe, expect, it } from 'vitest';
import { aspects } from '../../shared/classification/aspects.js';
import { aspectsBelow, isRaisedAbove, maximumProfile, type Profile } from '../../shared/classification/profile.js';
import { demoInformationTypes } from './informationTypes.js';
import { exempelkommunTree, type DemoUnit } from './orgTrees.js';
import { demoObjects } from './registerContent.js';

function unitKeys(units: DemoUnit[]): string[] {
  return units.flatMap((unit) => [unit.key, ...unitKeys(unit.children ?? [])]);
}

const hasLevelFour = (profile: Profile) => aspects.some((aspect) => profile[aspect] >= 4);
const allSets = demoObjects.flatMap((object) => object.informationSets.map((set) => ({ object, set })));

describe('demo information types', () => {
  it('have unique keys, both languages, reasons for every aspect and no level 4', () => {
    const keys = demoInformationTypes.map((type) => type.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(demoInformationTypes.length).toBeGreaterThanOrEqual(10);
    for (const type of demoInformationTypes) {
      for (const text of [type.name, type.description]) {
        expect(text.sv.trim(), type.key).not.toBe('');
        expect(text.en.trim(), type.key).not.toBe('');
        expect(text.sv, type.key).not.toBe(text.en);
      }
      expect(hasLevelFour(type.profile), type.key).toBe(false);
      for (const aspect of aspects) expect(type.reasons[aspect], `${type.key} ${aspect}`).toBeTruthy();
      if (type.specialCategories) expect(type.personalData, type.key).toBe(true);
    }
  });
});

describe("Exempelkommun's register", () => {
  it('has 110-130 objects and 280-320 information sets, most objects with 1-4 sets', () => {
    expect(demoObjects.length).toBeGreaterThanOrEqual(110);
    expect(demoObjects.length).toBeLessThanOrEqual(130);
    expect(allSets.length).toBeGreaterThanOrEqual(280);
    expect(allSets.length).toBeLessThanOrEqual(320);
    for (const object of demoObjects) {
      expect(object.informationSets.length, object.name).toBeGreaterThanOrEqual(1);
      expect(object.informationSets.length, object.name).toBeLessThanOrEqual(6);
      expect(object.systems.length, object.name).toBeGreaterThanOrEqual(1);
    }
  });

  it('places every object in a unit of exempelkommunTree', () => {
    const keys = new Set(unitKeys(exempelkommunTree));
    for (const object of demoObjects) expect(keys.has(object.unit), `${object.name}: ${object.unit}`).toBe(true);
  });

  it('spreads the objects over every förvaltning and both bolag', () => {
    const used = new Set(demoObjects.map((object) => object.unit));
    for (const key of ['klf', 'ekonomi', 'hr', 'it', 'it-drift', 'kansli', 'buf', 'forskola', 'gymnasium', 'ifo', 'funktionsstod', 'hemtjanst', 'sarskilt-boende', 'hsl', 'bygglov', 'plan', 'fastighet', 'va', 'gata-park', 'bibliotek', 'fritid', 'mf', 'bostader', 'energi']) {
      expect(used.has(key), key).toBe(true);
    }
  });

  it('has unique object names and unique system names', () => {
    const names = demoObjects.map((object) => object.name);
    expect(new Set(names).size).toBe(names.length);
    const systems = demoObjects.flatMap((object) => object.systems.map((system) => system.name));
    expect(new Set(systems).size).toBe(systems.length);
  });

  it('includes the objects the demo is built around', () => {
    const names = new Set(demoObjects.map((object) => object.name));
    for (const name of [
      'Hemtjänstplanering', 'Verksamhetssystem IFO', 'Skolplattform', 'Elevregister och elevadministration', 'Lön och personaladministration',
      'Ekonomisystem', 'E-arkiv', 'Ärende- och dokumenthantering', 'Bygglov och byggtillsyn', 'Fastighetsautomation och ventilation',
      'Telefoni och växel', 'E-post och samarbetsverktyg', 'GIS och kartplattform', 'Bibliotekssystem',
      'Journalsystem för kommunal hälso- och sjukvård', 'Parkering', 'Skolmåltider', 'Upphandling och avtal', 'VA-styrning och driftövervakning',
      'Fjärrvärme', 'Uthyrning och hyresgäster',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('gives every system a supplier, a description and at least one dependency', () => {
    for (const object of demoObjects) {
      for (const system of object.systems) {
        expect(system.supplier.trim(), system.name).not.toBe('');
        expect(system.description.trim(), system.name).not.toBe('');
        expect(system.dependencies.length, system.name).toBeGreaterThan(0);
        expect(new Set(system.dependencies).size, system.name).toBe(system.dependencies.length);
      }
    }
  });

  it('points every set at valid systems of its own object, and uses every system', () => {
    for (const object of demoObjects) {
      const used = new Set<number>();
      for (const set of object.informationSets) {
        expect(set.systems.length, `${object.name} / ${set.name}`).toBeGreaterThan(0);
        for (const index of set.systems) {
          expect(Number.isInteger(index) && index >= 0 && index < object.systems.length, `${object.name} / ${set.name}: ${index}`).toBe(true);
          used.add(index);
        }
      }
      expect(used.size, `${object.name}: unused systems`).toBe(object.systems.length);
    }
  });

  it('uses only known information types, never below the organisation-wide classification', () => {
    const types = new Map(demoInformationTypes.map((type) => [type.key, type]));
    for (const { object, set } of allSets) {
      if (set.typeKey === null) continue;
      const type = types.get(set.typeKey);
      expect(type, `${object.name} / ${set.name}: ${set.typeKey}`).toBeDefined();
      expect(aspectsBelow(set.profile, type!.profile), `${object.name} / ${set.name} is below ${set.typeKey}`).toEqual([]);
    }
  });

  it('gives every set a description, consistent personal-data flags and a reason for each aspect at level 2 or more', () => {
    for (const { object, set } of allSets) {
      const where = `${object.name} / ${set.name}`;
      expect(set.description.trim(), where).not.toBe('');
      if (set.specialCategories) expect(set.personalData, where).toBe(true);
      for (const aspect of aspects) {
        if (set.profile[aspect] >= 2) expect(set.reasons[aspect], `${where}: reason for ${aspect}`).toBeTruthy();
      }
    }
  });

  it('has no level 4 anywhere', () => {
    for (const { object, set } of allSets) expect(hasLevelFour(set.profile), `${object.name} / ${set.name}`).toBe(false);
    for (const object of demoObjects) if (object.raise) expect(hasLevelFour(object.raise.profile), object.name).toBe(false);
  });

  it('raises only a few objects, each at least to the maximum of its sets and with a reason', () => {
    const raised = demoObjects.filter((object) => object.raise);
    expect(raised.length).toBeGreaterThan(0);
    expect(raised.length).toBeLessThanOrEqual(10);
    for (const object of raised) {
      const floor = maximumProfile(object.informationSets.map((set) => set.profile));
      expect(aspectsBelow(object.raise!.profile, floor), object.name).toEqual([]);
      expect(isRaisedAbove(object.raise!.profile, floor), `${object.name} is not actually raised`).toBe(true);
      expect(object.raise!.reason.trim().length, object.name).toBeGreaterThan(20);
    }
  });

  it('integrates only with systems that exist in another object', () => {
    const owner = new Map(demoObjects.flatMap((object) => object.systems.map((system) => [system.name, object.name] as const)));
    for (const object of demoObjects) {
      for (const [index, target] of object.integrations ?? []) {
        expect(index >= 0 && index < object.systems.length, `${object.name}: system ${index}`).toBe(true);
        expect(owner.get(target), `${object.name} → ${target}`).toBeDefined();
        expect(owner.get(target), `${object.name} → ${target} is its own system`).not.toBe(object.name);
      }
    }
  });
});
