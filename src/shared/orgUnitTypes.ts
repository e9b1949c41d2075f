/** Kinds of unit in a municipality's org tree (DOMAIN §2). */
export const orgUnitTypes = ['organisation', 'namnd', 'forvaltning', 'bolag', 'avdelning', 'enhet'] as const;
export type OrgUnitType = (typeof orgUnitTypes)[number];

export const orgUnitTypeLabels: Record<OrgUnitType, { sv: string; en: string }> = {
  organisation: { sv: 'Organisation', en: 'Organisation' },
  namnd: { sv: 'Nämnd', en: 'Committee' },
  forvaltning: { sv: 'Förvaltning', en: 'Administration' },
  bolag: { sv: 'Bolag', en: 'Municipal company' },
  avdelning: { sv: 'Avdelning', en: 'Department' },
  enhet: { sv: 'Enhet', en: 'Unit' },
};

export const employmentStatuses = ['active', 'on_leave', 'ended'] as const;
export type EmploymentStatus = (typeof employmentStatuses)[number];
export const employmentStatusLabels: Record<EmploymentStatus, { sv: string; en: string }> = {
  active: { sv: 'Anställd', en: 'Employed' },
  on_leave: { sv: 'Tjänstledig', en: 'On leave' },
  ended: { sv: 'Avslutad', en: 'Ended' },
};
