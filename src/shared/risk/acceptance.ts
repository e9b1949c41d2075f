import type { RiskLevel } from './matrix.js';

/**
 * Who may accept a risk of each level (DOMAIN §5). Authority is a ladder: whoever may accept
 * a higher rung may accept a lower one. The top rung needs two signatures: the CISO together
 * with the kommundirektör.
 */
export const acceptanceRungs = ['risk_owner', 'line_manager', 'ciso', 'ciso_and_director'] as const;
export type AcceptanceRung = (typeof acceptanceRungs)[number];

/** The capacities in which a person can sign an acceptance. */
export const acceptanceCapacities = ['risk_owner', 'line_manager', 'ciso', 'municipal_director'] as const;
export type AcceptanceCapacity = (typeof acceptanceCapacities)[number];

export type AcceptanceRules = Record<RiskLevel, AcceptanceRung>;

export const defaultAcceptanceRules: AcceptanceRules = {
  low: 'risk_owner',
  medium: 'risk_owner',
  high: 'line_manager',
  extreme: 'ciso_and_director',
};

export const acceptanceRungLabels: Record<AcceptanceRung, { sv: string; en: string }> = {
  risk_owner: { sv: 'Riskägaren', en: 'The risk owner' },
  line_manager: { sv: 'Förvaltningens chef', en: "The department's manager" },
  ciso: { sv: 'Kommunstrateg informationssäkerhet', en: 'The CISO' },
  ciso_and_director: { sv: 'Kommunstrateg informationssäkerhet tillsammans med kommundirektören', en: 'The CISO together with the municipal director' },
};

export const acceptanceCapacityLabels: Record<AcceptanceCapacity, { sv: string; en: string }> = {
  risk_owner: { sv: 'Riskägare', en: 'Risk owner' },
  line_manager: { sv: 'Chef', en: 'Line manager' },
  ciso: { sv: 'Kommunstrateg informationssäkerhet', en: 'CISO' },
  municipal_director: { sv: 'Kommundirektör', en: 'Municipal director' },
};

const capacityRank: Record<AcceptanceCapacity, number> = { risk_owner: 1, line_manager: 2, ciso: 3, municipal_director: 3 };
const rungRank: Record<AcceptanceRung, number> = { risk_owner: 1, line_manager: 2, ciso: 3, ciso_and_director: 4 };
export const jointSigners: readonly AcceptanceCapacity[] = ['ciso', 'municipal_director'];

export type AcceptanceDecision =
  | { allowed: true; signAs: AcceptanceCapacity; completes: boolean; stillNeeded: AcceptanceCapacity[] }
  | { allowed: false; reason: 'above_authority' | 'already_signed' };

/**
 * Whether a person holding `capacities` may sign an acceptance at `rung`, given who has
 * already signed. A pure function: the service supplies the capacities from role grants.
 */
export function decideAcceptance(rung: AcceptanceRung, capacities: readonly AcceptanceCapacity[], signed: readonly AcceptanceCapacity[] = []): AcceptanceDecision {
  if (rung === 'ciso_and_director') {
    const mine = jointSigners.filter((capacity) => capacities.includes(capacity));
    if (mine.length === 0) return { allowed: false, reason: 'above_authority' };
    const open = mine.filter((capacity) => !signed.includes(capacity));
    if (open.length === 0) return { allowed: false, reason: 'already_signed' };
    const signAs = open[0]!;
    const stillNeeded = jointSigners.filter((capacity) => capacity !== signAs && !signed.includes(capacity));
    return { allowed: true, signAs, completes: stillNeeded.length === 0, stillNeeded };
  }
  const best = [...capacities].sort((a, b) => capacityRank[b] - capacityRank[a])[0];
  if (!best || capacityRank[best] < rungRank[rung]) return { allowed: false, reason: 'above_authority' };
  return { allowed: true, signAs: best, completes: true, stillNeeded: [] };
}
