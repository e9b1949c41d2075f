/** The four KLASSA aspects (DOMAIN §4) and the damage levels each is rated on. */
export const aspects = ['K', 'R', 'T', 'S'] as const;
export type Aspect = (typeof aspects)[number];

export const aspectLabels: Record<Aspect, { sv: string; en: string }> = {
  K: { sv: 'Konfidentialitet', en: 'Confidentiality' },
  R: { sv: 'Riktighet', en: 'Integrity' },
  T: { sv: 'Tillgänglighet', en: 'Availability' },
  S: { sv: 'Spårbarhet', en: 'Traceability' },
};

export const levels = [0, 1, 2, 3, 4] as const;
export type Level = (typeof levels)[number];

export const levelLabels: Record<Level, { sv: string; en: string }> = {
  0: { sv: 'Ingen eller försumbar skada', en: 'None or negligible' },
  1: { sv: 'Måttlig skada', en: 'Moderate' },
  2: { sv: 'Betydande skada', en: 'Significant' },
  3: { sv: 'Allvarlig skada', en: 'Serious' },
  4: { sv: 'Synnerligen allvarlig skada', en: 'Exceptionally serious' },
};

/** Level 4 is national-security information: it leaves the normal catalogue. */
export const nationalSecurityLevel: Level = 4;

/** What each aspect is rated against: the worst consequence in any category decides. */
export const consequenceCategories = ['financial', 'operations', 'law', 'trust', 'others', 'person', 'environment'] as const;
export type ConsequenceCategory = (typeof consequenceCategories)[number];

export const consequenceCategoryLabels: Record<ConsequenceCategory, { sv: string; en: string }> = {
  financial: { sv: 'Ekonomisk förlust', en: 'Financial loss' },
  operations: { sv: 'Störning i verksamheten', en: 'Disruption of the business' },
  law: { sv: 'Brott mot lag eller avtal', en: 'Breach of law or contract' },
  trust: { sv: 'Förtroendeskada', en: 'Loss of trust' },
  others: { sv: 'Skada för andra eller samhället', en: 'Harm to others or society' },
  person: { sv: 'Skada för en persons liv, hälsa eller rättigheter', en: "Harm to a person's life, health or rights" },
  environment: { sv: 'Miljöskada', en: 'Environmental damage' },
};
