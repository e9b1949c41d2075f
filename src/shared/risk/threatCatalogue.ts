import type { Aspect } from '../classification/aspects.js';
import type { ThreatOrigin } from './threatOrigins.js';
import { humanDeliberateThreats } from './threats/humanDeliberate.js';
import { humanAccidentalThreats } from './threats/humanAccidental.js';
import { technologyThreats } from './threats/technology.js';
import { natureThreats } from './threats/nature.js';
import { organisationalThreats } from './threats/organisational.js';

/**
 * The built-in threat catalogue for MSB-style risk analysis (DOMAIN §5): common threats to a Swedish
 * municipality. All text is Värn's own. Each threat reads as one risk sentence:
 *   sv: "På grund av <cause> inträffar <event> vilket leder till <consequence>"
 *   en: "Because of <cause>, <event> occurs, which leads to <consequence>"
 * so the fragments start lower-case and carry no full stop. Codes are stable ids; never rename one.
 */
export interface ThreatText {
  title: string;
  cause: string;
  event: string;
  consequence: string;
}

export interface Threat {
  code: string;
  origin: ThreatOrigin;
  /** The aspects the threat actually endangers (K, R, T, S). */
  aspects: readonly Aspect[];
  sv: ThreatText;
  en: ThreatText;
}


/** Grouped by origin, one file each under threats/. */
export const threatCatalogue: readonly Threat[] = [
  ...humanDeliberateThreats,
  ...humanAccidentalThreats,
  ...technologyThreats,
  ...natureThreats,
  ...organisationalThreats,
];

const byCode = new Map(threatCatalogue.map((threat) => [threat.code, threat]));

/** The catalogue threat with this code, if any. */
export function findThreat(code: string): Threat | undefined {
  return byCode.get(code);
}
