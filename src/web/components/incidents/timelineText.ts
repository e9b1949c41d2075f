import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/locales';
import { escalationLevelLabels, incidentStatusLabels, isIncidentStatus, severityLabels, type EscalationLevel, type Severity } from '../../../shared/incident/taxonomy';
import type { IncidentEvent } from '../../../shared/schemas/incident';
import { formatDateTime } from '../../i18n/dates';

interface Words {
  t: TFunction;
  label: (labels: Record<Locale, string>) => string;
  locale: Locale;
}

function severityText(value: string | null, { t, label }: Words): string {
  const level = Number(value) as Severity;
  return value && severityLabels[level] ? `${level} ${label(severityLabels[level])}` : t('incidents.severity.none');
}

function escalationText(value: string | null, { label }: Words): string {
  const level = Number(value) as EscalationLevel;
  return value && escalationLevelLabels[level] ? `${level} ${label(escalationLevelLabels[level])}` : '–';
}

function statusText(value: string | null, { label }: Words): string {
  return isIncidentStatus(value) ? label(incidentStatusLabels[value]) : (value ?? '–');
}

/** Triage entries list the changed fields by API name (`severity,objectIds`); say them as the form does. */
const fieldKeys: Record<string, string> = { objectIds: 'objects', systemIds: 'objects' };
function changedFields(value: string | null, { t, i18nExists }: Words & { i18nExists: (key: string) => boolean }): string | null {
  if (!value) return null;
  const names = value.split(',').map((field) => {
    const key = `incidents.fields.${fieldKeys[field] ?? field}`;
    return i18nExists(key) ? t(key) : field;
  });
  return [...new Set(names)].join(', ');
}

/** `nis2.early_warning` (or `nis2.intermediate_report.2`) as the deadline's name. */
function reportName(value: string | null, { t }: Words): string {
  const [regime, stage] = (value ?? '').split('.');
  const key = `incidents.deadlines.names.${regime}.${stage}`;
  return regime && stage ? t(key, { defaultValue: value ?? '' }) : (value ?? '');
}

/** An automatic timeline entry in words ("Status: Anmäld → Bedömd"). */
export function eventSentence(event: IncidentEvent, words: Words): string {
  const { t } = words;
  switch (event.kind) {
    case 'status':
      return t('incidents.timeline.kinds.status', { from: statusText(event.from, words), to: statusText(event.to, words) });
    case 'severity':
      return t('incidents.timeline.kinds.severity', { from: severityText(event.from, words), to: severityText(event.to, words) });
    case 'escalation':
      return t('incidents.timeline.kinds.escalation', { from: escalationText(event.from, words), to: escalationText(event.to, words) });
    case 'assignee':
      return event.to ? t('incidents.timeline.kinds.assigneeTo', { name: event.to }) : t('incidents.timeline.kinds.assigneeNone');
    case 'task':
      return t(`incidents.timeline.tasks.${['created', 'done', 'reopened'].includes(event.to ?? '') ? event.to : 'changed'}`);
    case 'report_submitted':
      return t('incidents.timeline.kinds.report_submitted', { report: reportName(event.to, words) });
    case 'intermediate_requested':
      return t('incidents.timeline.kinds.intermediate_requested', { due: event.to ? formatDateTime(event.to, words.locale) : '–' });
    case 'reported':
    case 'triage':
    case 'note':
    case 'attachment':
    case 'lesson_risk':
    case 'lesson_action':
      return t(`incidents.timeline.kinds.${event.kind}`);
    default:
      return event.kind;
  }
}

/** What else the entry carries worth reading: the note, the changed fields, the file's name. */
export function eventDetail(event: IncidentEvent, words: Words & { i18nExists: (key: string) => boolean }): string | null {
  switch (event.kind) {
    case 'triage':
      return changedFields(event.to, words);
    case 'attachment':
      return event.to;
    case 'report_submitted':
      return event.note ? words.t('incidents.deadlines.reference', { reference: event.note }) : null;
    default:
      return event.note;
  }
}
