import { randomChoices } from './names.js';
import { exempelkommunTree } from './orgTrees.js';
import { parentsOf, type DemoPerson } from './registerOwners.js';
import type { IncidentDemoInput, IncidentDemoObject } from './incidentDemoLifecycle.js';

/**
 * Who takes part in Exempelkommun's incidents: the demo sign-ins with a part to play, the IT
 * people who handle technical incidents, and ordinary staff of every unit who report them.
 * Sign-ins never report or own tasks by chance (employee@ has exactly two reports of her own).
 */

const parents = parentsOf(exempelkommunTree);

export type Cast = ReturnType<typeof castOf>;

export function castOf(input: IncidentDemoInput) {
  const { people, random } = input;
  const login = (email: string) => {
    const person = people.find((candidate) => candidate.email === email);
    if (!person) throw new Error(`The incident demo needs the sign-in ${email}`);
    return person;
  };
  const staff = people.filter((person) => !person.login && person.active);
  /** Active staff of the unit, or of the nearest unit above it that has some. */
  const staffOf = (unitKey: string): DemoPerson[] => {
    for (let key: string | undefined = unitKey === 'revision' ? 'kansli' : unitKey; key; key = parents.get(key)?.key) {
      const found = staff.filter((person) => person.unitKey === key);
      if (found.length > 0) return found;
    }
    return staff;
  };
  const choices = randomChoices(random);
  const drift = staffOf('it-drift').filter((person) => !person.chef);
  const support = staffOf('it-support').filter((person) => !person.chef);
  const unitKeys = new Map([...input.unitIds].map(([key, id]) => [id, key]));
  const objectsByName = new Map(input.objects.map((object) => [object.name, object]));
  return {
    ...choices,
    random,
    now: input.now,
    manager: login('incident@exempelkommun.se'),
    ciso: login('ciso@exempelkommun.se'),
    itChief: login('it@exempelkommun.se'),
    director: login('director@exempelkommun.se'),
    employee: login('employee@exempelkommun.se'),
    staff,
    staffOf,
    chefOf: (unitKey: string) => staffOf(unitKey).find((person) => person.chef) ?? staffOf(unitKey)[0]!,
    /** The IT people who take technical incidents: a few drifttekniker and supporttekniker. */
    itTeam: [...drift.slice(0, 3), ...support.slice(0, 2)],
    drift: drift.slice(0, 3),
    support: support.slice(0, 2),
    unitId: (unitKey: string) => input.unitIds.get(unitKey)!,
    unitKeyOf: (orgUnitId: string) => unitKeys.get(orgUnitId)!,
    object: (name: string): IncidentDemoObject | undefined => objectsByName.get(name),
    objects: input.objects,
  };
}
