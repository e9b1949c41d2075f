/** Where a threat comes from (DOMAIN §5); codes are API values. */
export const threatOrigins = ['human_deliberate', 'human_accidental', 'technology', 'nature', 'organisational'] as const;
export type ThreatOrigin = (typeof threatOrigins)[number];

export const threatOriginLabels: Record<ThreatOrigin, { sv: string; en: string }> = {
  human_deliberate: { sv: 'Människa, avsiktlig', en: 'Human, deliberate' },
  human_accidental: { sv: 'Människa, oavsiktlig', en: 'Human, accidental' },
  technology: { sv: 'Teknik', en: 'Technology' },
  nature: { sv: 'Natur', en: 'Nature' },
  organisational: { sv: 'Administration', en: 'Organisational' },
};
