/** Enums of the handlingsplan and the shared action model (DOMAIN §4), with their sv/en labels. */

/** Self-assessment of one requirement on one object. */
export const assessments = ['met', 'partly_met', 'not_met', 'not_applicable'] as const;
export type Assessment = (typeof assessments)[number];

export const assessmentLabels: Record<Assessment, { sv: string; en: string }> = {
  met: { sv: 'Uppfyllt', en: 'Met' },
  partly_met: { sv: 'Delvis uppfyllt', en: 'Partly met' },
  not_met: { sv: 'Ej uppfyllt', en: 'Not met' },
  not_applicable: { sv: 'Ej tillämpligt', en: 'Not applicable' },
};

export const actionStatuses = ['not_started', 'on_track', 'delayed', 'at_risk', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionStatusLabels: Record<ActionStatus, { sv: string; en: string }> = {
  not_started: { sv: 'Ej påbörjad', en: 'Not started' },
  on_track: { sv: 'Enligt plan', en: 'On track' },
  delayed: { sv: 'Försenad', en: 'Delayed' },
  at_risk: { sv: 'Stora problem', en: 'At risk' },
  done: { sv: 'Genomförd', en: 'Done' },
  cancelled: { sv: 'Avbruten', en: 'Cancelled' },
};

/** A finished or abandoned action is never overdue. */
export const closedActionStatuses: readonly ActionStatus[] = ['done', 'cancelled'];

export const modalities = ['must', 'should'] as const;
export type Modality = (typeof modalities)[number];

export const modalityLabels: Record<Modality, { sv: string; en: string }> = {
  must: { sv: 'Ska', en: 'Must' },
  should: { sv: 'Bör', en: 'Should' },
};

/** Where an action comes from: the handlingsplan, added by hand, or a risk's reduction. */
export const actionSources = ['requirement', 'manual', 'risk', 'incident'] as const;
export type ActionSource = (typeof actionSources)[number];

/** NIS2 art. 21(2) a-j: the risk-management measures a requirement can map to. */
export const nis2Measures = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type Nis2Measure = (typeof nis2Measures)[number];

export const nis2Labels: Record<Nis2Measure, { sv: string; en: string }> = {
  a: { sv: 'Riskanalys och informationssystemsäkerhet', en: 'Risk analysis and information system security' },
  b: { sv: 'Incidenthantering', en: 'Incident handling' },
  c: { sv: 'Kontinuitet och krishantering', en: 'Business continuity and crisis management' },
  d: { sv: 'Säkerhet i leveranskedjan', en: 'Supply chain security' },
  e: { sv: 'Säkerhet vid anskaffning, utveckling och underhåll', en: 'Security in acquisition, development and maintenance' },
  f: { sv: 'Bedömning av åtgärdernas effektivitet', en: 'Assessing the effectiveness of measures' },
  g: { sv: 'Cyberhygien och utbildning', en: 'Cyber hygiene and training' },
  h: { sv: 'Kryptografi och kryptering', en: 'Cryptography and encryption' },
  i: { sv: 'Personalsäkerhet, åtkomstkontroll och tillgångar', en: 'Human resources security, access control and assets' },
  j: { sv: 'Flerfaktorsautentisering och säkrad kommunikation', en: 'Multi-factor authentication and secured communications' },
};

/** Names for the catalogue's common areas; a tenant may use any other area text, shown as written. */
export const requirementAreaLabels: Record<string, { sv: string; en: string }> = {
  governance: { sv: 'Styrning', en: 'Governance' },
  access: { sv: 'Behörigheter och åtkomst', en: 'Access control' },
  logging: { sv: 'Loggning och spårbarhet', en: 'Logging and traceability' },
  integrity: { sv: 'Riktighet', en: 'Integrity' },
  backup: { sv: 'Säkerhetskopiering', en: 'Backup' },
  continuity: { sv: 'Kontinuitet', en: 'Continuity' },
  crypto: { sv: 'Kryptering', en: 'Cryptography' },
  development: { sv: 'Utveckling och underhåll', en: 'Development and maintenance' },
  incident: { sv: 'Incidenthantering', en: 'Incident handling' },
  network: { sv: 'Nätverk', en: 'Network' },
  personnel: { sv: 'Personalsäkerhet', en: 'Personnel security' },
  physical: { sv: 'Fysisk säkerhet', en: 'Physical security' },
  privacy: { sv: 'Dataskydd', en: 'Data protection' },
  supplier: { sv: 'Leverantörer', en: 'Suppliers' },
  training: { sv: 'Utbildning', en: 'Training' },
};
