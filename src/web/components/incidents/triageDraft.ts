import type { Aspect } from '../../../shared/classification/aspects';
import { parseProfile, type Profile } from '../../../shared/classification/profile';
import { suggestedSeverity, type IncidentCause, type MsbCategory, type RsitClassCode, type RsitTypeCode, type SignificanceCriterion } from '../../../shared/incident/taxonomy';
import type { IncidentDetail, IncidentUpdate } from '../../../shared/schemas/incident';
import { stockholmLocalToIso } from '../../i18n/dates';
import { stockholmLocal } from './localTime';

/** An affected object as the form knows it: its protection profile (null until classified) drives the suggestion. */
export interface AffectedObject {
  id: string;
  name: string;
  profile: Profile | null;
  critical: boolean;
}

/** The triage form as it is being edited: times as Stockholm `datetime-local` values, numbers as typed. */
export interface TriageDraft {
  orgUnitId: string;
  occurredAt: string;
  detectedAt: string;
  awareAt: string;
  rsitClass: RsitClassCode | null;
  rsitType: RsitTypeCode | null;
  categories: MsbCategory[];
  cause: IncidentCause | null;
  aspects: Aspect[];
  objects: AffectedObject[];
  severity: number | null;
  personalData: boolean;
  peopleAffected: number | '';
  recordsAffected: number | '';
  significant: boolean;
  significantCriteria: SignificanceCriterion[];
  significantExplanation: string;
  crimeSuspected: boolean;
  policeReportRef: string;
  assigneeId: string | null;
  escalationLevel: number;
}

const local = (iso: string | null) => (iso ? stockholmLocal(iso) : '');

export function toDraft(incident: IncidentDetail): TriageDraft {
  return {
    orgUnitId: incident.orgUnit.id,
    occurredAt: local(incident.occurredAt),
    detectedAt: local(incident.detectedAt),
    awareAt: local(incident.awareAt),
    rsitClass: incident.rsitClass,
    rsitType: incident.rsitType,
    categories: [...incident.categories],
    cause: incident.cause,
    aspects: [...incident.aspects],
    objects: incident.objects.map(({ id, name, profile, critical }) => ({ id, name, profile: profile ? parseProfile(profile) : null, critical })),
    severity: incident.severity,
    personalData: incident.personalData,
    peopleAffected: incident.peopleAffected ?? '',
    recordsAffected: incident.recordsAffected ?? '',
    significant: incident.significant,
    significantCriteria: [...incident.significantCriteria],
    significantExplanation: incident.significantExplanation ?? '',
    crimeSuspected: incident.crimeSuspected,
    policeReportRef: incident.policeReportRef ?? '',
    assigneeId: incident.assignee?.id ?? null,
    escalationLevel: incident.escalationLevel,
  };
}

/** The API's value of each field: times as ISO with offset, blanks as null, objects as ids. */
function apiValues(draft: TriageDraft): Record<string, unknown> {
  const instant = (value: string) => (value ? (stockholmLocalToIso(value) ?? value) : null);
  const count = (value: number | '') => (value === '' ? null : value);
  const blank = (value: string) => value.trim() || null;
  return {
    orgUnitId: draft.orgUnitId,
    occurredAt: instant(draft.occurredAt),
    detectedAt: instant(draft.detectedAt),
    awareAt: instant(draft.awareAt) ?? undefined,
    rsitClass: draft.rsitClass,
    rsitType: draft.rsitType,
    categories: draft.categories,
    cause: draft.cause,
    aspects: draft.aspects,
    objectIds: draft.objects.map((object) => object.id),
    severity: draft.severity,
    personalData: draft.personalData,
    peopleAffected: count(draft.peopleAffected),
    recordsAffected: count(draft.recordsAffected),
    significant: draft.significant,
    significantCriteria: draft.significantCriteria,
    significantExplanation: blank(draft.significantExplanation),
    crimeSuspected: draft.crimeSuspected,
    policeReportRef: blank(draft.policeReportRef),
    assigneeId: draft.assigneeId,
    escalationLevel: draft.escalationLevel,
  };
}

/** Sorted where order carries no meaning, so picking in another order is no change. */
function comparable(key: string, value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify([...value].sort());
  if (typeof value === 'string' && key.endsWith('At')) return String(Date.parse(value));
  return JSON.stringify(value ?? null);
}

/** The fields changed since `before` (the incident the form started from), with its version. */
export function triageChanges(draft: TriageDraft, before: IncidentDetail): IncidentUpdate {
  const now = apiValues(draft);
  const then = apiValues(toDraft(before));
  const changed: Record<string, unknown> = { version: before.version };
  for (const [key, value] of Object.entries(now)) {
    if (value === undefined) continue;
    if (comparable(key, value) !== comparable(key, then[key])) changed[key] = value;
  }
  return changed as IncidentUpdate;
}

export function isDirty(draft: TriageDraft, before: IncidentDetail): boolean {
  return Object.keys(triageChanges(draft, before)).length > 1;
}

/**
 * The severity the chosen objects and aspects suggest, as the server computes it on save
 * (shared suggestedSeverity), so the suggestion follows the form before it is saved.
 */
export function liveSuggestion(draft: TriageDraft): { severity: number; objectName: string; aspect: Aspect; level: number } | null {
  const classified = draft.objects.filter((object): object is AffectedObject & { profile: Profile } => object.profile !== null);
  const suggestion = suggestedSeverity(classified, draft.aspects);
  if (!suggestion) return null;
  return { severity: suggestion.severity, objectName: classified[suggestion.reason.objectIndex]!.name, aspect: suggestion.reason.aspect, level: Math.max(0, suggestion.reason.level) };
}
