import { aspects } from '../../../shared/classification/aspects.js';
import { parseProfile, type Profile } from '../../../shared/classification/profile.js';
import { demoInformationTypes } from '../informationTypes.js';
import type { DemoInformationSet, DemoObject, DemoSystem } from '../registerContent.js';

/** Compact builders for the register content files: one line per system, set and object. */

type Dependency = DemoSystem['dependencies'][number];
type Reasons = DemoInformationSet['reasons'];

/** The usual infrastructure a system leans on, by hosting. */
const defaultDependencies: Record<DemoSystem['hosting'], Dependency[]> = {
  on_premises: ['ad', 'network', 'backup', 'electricity', 'premises'],
  shared_operations: ['ad', 'network', 'backup', 'supplier'],
  saas: ['ad', 'internet', 'supplier'],
  cloud: ['ad', 'internet', 'supplier', 'backup'],
};

export function profile(text: string): Profile {
  const parsed = parseProfile(text);
  if (!parsed) throw new Error(`Not a profile: ${text}`);
  return parsed;
}

export function sys(name: string, supplier: string, hosting: DemoSystem['hosting'], description: string, dependencies?: Dependency[]): DemoSystem {
  return { name, supplier, hosting, description, dependencies: dependencies ?? defaultDependencies[hosting] };
}

export interface SetOptions {
  /** Added to the type's legal bases. */
  legalBases?: string[];
  personalData?: boolean;
  specialCategories?: boolean;
}

/**
 * An information set. With a type key it takes the type's legal bases and personal-data flags, and the
 * type's reason for every aspect where the set keeps the type's level; its own reasons come on top.
 */
export function set(
  name: string,
  description: string,
  typeKey: string | null,
  profileText: string,
  reasons: Reasons,
  systems: number[] = [0],
  options: SetOptions = {},
): DemoInformationSet {
  const type = typeKey === null ? undefined : demoInformationTypes.find((candidate) => candidate.key === typeKey);
  const levels = profile(profileText);
  const inherited: Reasons = {};
  if (type) {
    for (const aspect of aspects) {
      const reason = type.reasons[aspect];
      if (reason && type.profile[aspect] === levels[aspect]) inherited[aspect] = reason;
    }
  }
  return {
    name,
    description,
    typeKey,
    legalBases: [...new Set([...(type?.legalBases ?? []), ...(options.legalBases ?? [])])],
    personalData: options.personalData ?? type?.personalData ?? false,
    specialCategories: options.specialCategories ?? type?.specialCategories ?? false,
    profile: levels,
    reasons: { ...inherited, ...reasons },
    systems,
  };
}

export function obj(
  unit: string,
  name: string,
  description: string,
  critical: boolean,
  systems: DemoSystem[],
  informationSets: DemoInformationSet[],
  extra: { integrations?: Array<[number, string]>; raise?: [profileText: string, reason: string] } = {},
): DemoObject {
  const object: DemoObject = { unit, name, description, critical, systems, informationSets };
  if (extra.integrations) object.integrations = extra.integrations;
  if (extra.raise) object.raise = { profile: profile(extra.raise[0]), reason: extra.raise[1] };
  return object;
}
