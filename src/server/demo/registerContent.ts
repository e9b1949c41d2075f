import type { Profile } from '../../shared/classification/profile.js';
import { bolagObjects } from './registerContent/bolag.js';
import { bufObjects } from './registerContent/buf.js';
import { kffObjects } from './registerContent/kff.js';
import { klfObjects } from './registerContent/klf.js';
import { sbfObjects } from './registerContent/sbf.js';
import { sofObjects } from './registerContent/sof.js';
import { tkfObjects } from './registerContent/tkf.js';
import { vofObjects } from './registerContent/vof.js';

/**
 * Exempelkommun's register of förvaltningsobjekt for the demo (DOMAIN §3-4): objects with their systems and
 * classified information sets, one file per förvaltning (and one for the bolag) under `registerContent/`.
 * All suppliers and products are fictional. No level 4 anywhere.
 */

export interface DemoSystem {
  name: string;
  supplier: string;
  hosting: 'on_premises' | 'saas' | 'shared_operations' | 'cloud';
  description: string;
  dependencies: Array<'ad' | 'network' | 'backup' | 'electricity' | 'premises' | 'supplier' | 'internet'>;
}

export interface DemoInformationSet {
  name: string;
  description: string;
  /** Key of an organisation-wide type in informationTypes.ts, or null for a set of its own. */
  typeKey: string | null;
  legalBases: string[];
  personalData: boolean;
  specialCategories: boolean;
  profile: Profile;
  /** Swedish reason text per aspect. */
  reasons: Partial<Record<'K' | 'R' | 'T' | 'S', string>>;
  /** Indexes into the object's systems. */
  systems: number[];
}

export interface DemoObject {
  /** A unit key from orgTrees.ts exempelkommunTree. */
  unit: string;
  name: string;
  description: string;
  critical: boolean;
  systems: DemoSystem[];
  informationSets: DemoInformationSet[];
  /** [system index, name of a system in another object it integrates with]. */
  integrations?: Array<[number, string]>;
  /** A raise above the maximum of the sets (accumulation, aggregation, integration), with its reason. */
  raise?: { profile: Profile; reason: string };
}

export const demoObjects: DemoObject[] = [
  ...klfObjects,
  ...bufObjects,
  ...sofObjects,
  ...vofObjects,
  ...sbfObjects,
  ...tkfObjects,
  ...kffObjects,
  ...bolagObjects,
];
