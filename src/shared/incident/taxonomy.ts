/** How incidents are classified and handled (DOMAIN §6); codes are API values, labels sv/en. */
import { aspects, type Aspect } from '../classification/aspects.js';

export * from './rsit.js';

type Labels = { sv: string; en: string };

/** MSB's incident-reporting categories; an incident may have several. */
export const msbCategories = [
  'software_hardware_disruption',
  'operating_environment_disruption',
  'information_loss_or_leak',
  'information_corruption',
  'blocked_access',
  'product_vulnerability',
  'attack',
  'handling_error',
  'critical_infrastructure_disruption',
  'other_sudden_event',
] as const;
export type MsbCategory = (typeof msbCategories)[number];

export const msbCategoryLabels: Record<MsbCategory, Labels> = {
  software_hardware_disruption: { sv: 'Störning i mjuk- eller hårdvara', en: 'Software or hardware disruption' },
  operating_environment_disruption: { sv: 'Störning i driftmiljö', en: 'Disruption in the operating environment' },
  information_loss_or_leak: { sv: 'Informationsförlust eller informationsläckage', en: 'Loss or leak of information' },
  information_corruption: { sv: 'Informationsförvanskning', en: 'Corruption of information' },
  blocked_access: { sv: 'Hindrad tillgång till information', en: 'Blocked access to information' },
  product_vulnerability: { sv: 'Säkerhetsbrist i en produkt', en: 'Security flaw in a product' },
  attack: { sv: 'Angrepp', en: 'Attack' },
  handling_error: { sv: 'Handhavandefel', en: 'Handling error' },
  critical_infrastructure_disruption: {
    sv: 'Oönskad eller oplanerad störning i kritisk infrastruktur',
    en: 'Unwanted or unplanned disruption of critical infrastructure',
  },
  other_sudden_event: {
    sv: 'Annan plötslig oförutsedd händelse som lett till skada',
    en: 'Other sudden unforeseen event that caused damage',
  },
};

export const incidentCauses = ['malicious_human', 'non_malicious_human', 'system_failure', 'natural_event', 'unknown'] as const;
export type IncidentCause = (typeof incidentCauses)[number];

export const incidentCauseLabels: Record<IncidentCause, Labels> = {
  malicious_human: { sv: 'Mänsklig handling i antagonistiskt syfte', en: 'Malicious human action' },
  non_malicious_human: { sv: 'Mänsklig handling utan antagonistiskt syfte', en: 'Non-malicious human action' },
  system_failure: { sv: 'Systemfel', en: 'System failure' },
  natural_event: { sv: 'Naturhändelse', en: 'Natural event' },
  unknown: { sv: 'Okänd', en: 'Unknown' },
};

export const incidentStatuses = [
  'reported',
  'triaged',
  'in_progress',
  'resolved',
  'root_cause_found',
  'closed',
  'escalated',
  'rejected',
] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

export const incidentStatusLabels: Record<IncidentStatus, Labels> = {
  reported: { sv: 'Anmäld', en: 'Reported' },
  triaged: { sv: 'Bedömd', en: 'Triaged' },
  in_progress: { sv: 'Under hantering', en: 'In progress' },
  resolved: { sv: 'Åtgärdad', en: 'Resolved' },
  root_cause_found: { sv: 'Utredd', en: 'Root cause found' },
  closed: { sv: 'Avslutad', en: 'Closed' },
  escalated: { sv: 'Eskalerad till krisledning', en: 'Escalated to crisis management' },
  rejected: { sv: 'Avfärdad', en: 'Rejected (not an incident)' },
};

/**
 * Where each status may go next: the main flow one step at a time, rejection before work starts,
 * escalation to crisis management while it is being assessed or handled. Closed and rejected are final.
 */
export const incidentTransitions: Record<IncidentStatus, readonly IncidentStatus[]> = {
  reported: ['triaged', 'rejected'],
  triaged: ['in_progress', 'escalated', 'rejected'],
  in_progress: ['resolved', 'escalated'],
  resolved: ['root_cause_found'],
  root_cause_found: ['closed'],
  closed: [],
  escalated: ['in_progress', 'resolved'],
  rejected: [],
};

export const finalIncidentStatuses: readonly IncidentStatus[] = ['closed', 'rejected'];

export function canMove(from: IncidentStatus, to: IncidentStatus): boolean {
  return incidentTransitions[from]?.includes(to) ?? false;
}

export function isIncidentStatus(value: unknown): value is IncidentStatus {
  return typeof value === 'string' && (incidentStatuses as readonly string[]).includes(value);
}

export const severities = [1, 2, 3, 4] as const;
export type Severity = (typeof severities)[number];

export const severityLabels: Record<Severity, Labels> = {
  1: { sv: 'Låg', en: 'Low' },
  2: { sv: 'Medel', en: 'Medium' },
  3: { sv: 'Hög', en: 'High' },
  4: { sv: 'Kritisk', en: 'Critical' },
};

export const escalationLevels = [1, 2, 3, 4] as const;
export type EscalationLevel = (typeof escalationLevels)[number];

export const escalationLevelLabels: Record<EscalationLevel, Labels> = {
  1: { sv: 'Servicedesk/IT', en: 'Service desk/IT' },
  2: { sv: 'Incidentansvarig', en: 'Incident manager' },
  3: { sv: 'Förvaltningsledning/informationsägare', en: 'Department management/information owner' },
  4: { sv: 'Krisledning', en: 'Crisis management' },
};

export const reportChannels = ['web_form', 'public_link', 'servicedesk', 'technical_alarm', 'phone'] as const;
export type ReportChannel = (typeof reportChannels)[number];

export const reportChannelLabels: Record<ReportChannel, Labels> = {
  web_form: { sv: 'Webbformulär', en: 'Web form' },
  public_link: { sv: 'Publik rapportlänk', en: 'Public report link' },
  servicedesk: { sv: 'Servicedesk', en: 'Service desk' },
  technical_alarm: { sv: 'Tekniskt larm', en: 'Technical alarm' },
  phone: { sv: 'Telefon', en: 'Phone' },
};

/** Cybersäkerhetslagen / NIS2 art. 23(3): an incident is significant when either criterion holds. */
export const significanceCriteria = ['a', 'b'] as const;
export type SignificanceCriterion = (typeof significanceCriteria)[number];

export const significanceCriterionLabels: Record<SignificanceCriterion, Labels & { article: string; explanation: Labels }> = {
  a: {
    article: 'NIS2 art. 23(3)(a)',
    sv: 'Allvarlig driftstörning eller ekonomisk förlust',
    en: 'Severe operational disruption or financial loss',
    explanation: {
      sv: 'Incidenten har orsakat, eller kan orsaka, allvarliga störningar i våra tjänster eller ekonomisk förlust för organisationen.',
      en: 'The incident has caused, or could cause, serious disruption of our services or a financial loss for the organisation.',
    },
  },
  b: {
    article: 'NIS2 art. 23(3)(b)',
    sv: 'Betydande skada för andra',
    en: 'Considerable damage to others',
    explanation: {
      sv: 'Incidenten har påverkat, eller kan påverka, andra personer eller organisationer genom att orsaka dem betydande materiell eller immateriell skada, till exempel ekonomisk förlust eller röjda personuppgifter.',
      en: 'The incident has affected, or could affect, other people or organisations by causing them considerable material or non-material damage, such as a financial loss or exposed personal data.',
    },
  },
};

/** An affected object as the severity suggestion sees it: its KRTS levels and whether it is samhällsviktig. */
export interface SeverityObject {
  profile: Partial<Record<Aspect, number>>;
  critical: boolean;
}

export interface SeveritySuggestion {
  severity: Severity;
  /**
   * What drove the suggestion: the object (index into the input), aspect and that object's level
   * on it. `rule: 'level'` = the level itself; `'critical_availability'` = a samhällsviktig object
   * touching availability lifted it to 3 (the level shown is then the object's T level).
   */
  reason: { objectIndex: number; aspect: Aspect; level: number; rule: 'level' | 'critical_availability' };
}

/** Levels 0-1 suggest 1 (Låg); 2, 3 and 4 suggest the same number. */
function severityForLevel(level: number): Severity {
  if (!(level >= 2)) return 1;
  return Math.min(4, Math.floor(level)) as Severity;
}

/** A samhällsviktig object whose availability is touched suggests at least this. */
const criticalAvailabilitySeverity: Severity = 3;

/**
 * The severity the affected objects' classification suggests: the highest level on the affected
 * aspects (all four when none are given) in any object; ties go to the first object and aspect
 * (K, R, T, S order). Null when no object is affected.
 */
export function suggestedSeverity(objects: readonly SeverityObject[], affectedAspects: readonly Aspect[]): SeveritySuggestion | null {
  if (objects.length === 0) return null;
  const considered = aspects.filter((aspect) => affectedAspects.length === 0 || affectedAspects.includes(aspect));
  let suggestion: SeveritySuggestion = { severity: 1, reason: { objectIndex: 0, aspect: considered[0], level: -1, rule: 'level' } };
  objects.forEach((object, objectIndex) => {
    for (const aspect of considered) {
      const level = object.profile[aspect] ?? 0;
      if (level > suggestion.reason.level) {
        suggestion = { severity: severityForLevel(level), reason: { objectIndex, aspect, level, rule: 'level' } };
      }
    }
  });
  if (suggestion.severity < criticalAvailabilitySeverity && considered.includes('T')) {
    const objectIndex = objects.findIndex((object) => object.critical);
    if (objectIndex >= 0) {
      const level = objects[objectIndex].profile.T ?? 0;
      return { severity: criticalAvailabilitySeverity, reason: { objectIndex, aspect: 'T', level, rule: 'critical_availability' } };
    }
  }
  return suggestion;
}
