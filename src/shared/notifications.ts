import { reviewReasonLabels, type ReviewReason } from './register.js';
import type { Locale } from './locales.js';

/**
 * In-app notifications: what happened, for whom. A row stores the kind and its parameters,
 * never rendered text, so each person reads it in their own language.
 */
export const notificationKinds = [
  'classification_review_needed',
  'classification_submitted',
  'classification_approved',
  'classification_referred',
  'lowering_approval_needed',
  'survey_received',
  'risk_acceptance_requested',
  'risk_acceptance_expiring',
  'incident_reported',
  'incident_assigned',
  'incident_task_assigned',
  'incident_deadline_half',
  'incident_deadline_near',
  'incident_deadline_overdue',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** The parameters each kind's message needs; `notify` refuses a call that leaves one out. */
export const notificationParams: Record<NotificationKind, readonly string[]> = {
  classification_review_needed: ['setName', 'objectName', 'reason'],
  classification_submitted: ['setName', 'objectName'],
  classification_approved: ['setName', 'objectName'],
  classification_referred: ['setName', 'objectName'],
  lowering_approval_needed: ['setName', 'objectName'],
  survey_received: ['title'],
  risk_acceptance_requested: ['riskTitle'],
  risk_acceptance_expiring: ['riskTitle', 'expiresAt'],
  incident_reported: ['number', 'title'],
  incident_assigned: ['number', 'title'],
  incident_task_assigned: ['number', 'task'],
  incident_deadline_half: ['number', 'report', 'dueAt'],
  incident_deadline_near: ['number', 'report', 'dueAt'],
  incident_deadline_overdue: ['number', 'report', 'dueAt'],
};

/** The legal reports a deadline alert names (`report` travels as `regime.stage`). */
const legalReportLabels: Record<string, Record<Locale, string>> = {
  'nis2.early_warning': { sv: 'den tidiga varningen till CSIRT', en: 'the early warning to the CSIRT' },
  'nis2.notification': { sv: 'incidentanmälan till CSIRT', en: 'the incident notification to the CSIRT' },
  'nis2.intermediate_report': { sv: 'delrapporten till CSIRT', en: 'the intermediate report to the CSIRT' },
  'nis2.progress_report': { sv: 'lägesrapporten till CSIRT', en: 'the progress report to the CSIRT' },
  'nis2.final_report': { sv: 'slutrapporten till CSIRT', en: 'the final report to the CSIRT' },
  'gdpr.notification': { sv: 'anmälan av personuppgiftsincident till IMY', en: 'the personal-data breach notification to IMY' },
};

export const notificationTemplates: Record<NotificationKind, Record<Locale, string>> = {
  classification_review_needed: {
    sv: 'Klassningen av {{setName}} ({{objectName}}) behöver granskas: {{reason}}',
    en: 'The classification of {{setName}} ({{objectName}}) needs review: {{reason}}',
  },
  classification_submitted: {
    sv: 'Klassningen av {{setName}} ({{objectName}}) väntar på ditt fastställande.',
    en: 'The classification of {{setName}} ({{objectName}}) is waiting for your approval.',
  },
  classification_approved: {
    sv: 'Klassningen av {{setName}} ({{objectName}}) är fastställd.',
    en: 'The classification of {{setName}} ({{objectName}}) has been approved.',
  },
  classification_referred: {
    sv: 'Klassningen av {{setName}} ({{objectName}}) kan röra säkerhetsskydd och har lämnats över till dig.',
    en: 'The classification of {{setName}} ({{objectName}}) may involve national security and has been referred to you.',
  },
  lowering_approval_needed: {
    sv: 'En sänkt klassning av {{setName}} ({{objectName}}) väntar på ditt godkännande.',
    en: 'A lowered classification of {{setName}} ({{objectName}}) is waiting for your approval.',
  },
  survey_received: {
    sv: 'Du har fått en stödenkät: {{title}}',
    en: 'You have received a support survey: {{title}}',
  },
  risk_acceptance_requested: {
    sv: 'Acceptansen av risken {{riskTitle}} väntar på din underskrift.',
    en: 'The acceptance of the risk {{riskTitle}} is waiting for your signature.',
  },
  risk_acceptance_expiring: {
    sv: 'Acceptansen av risken {{riskTitle}} upphör {{expiresAt}}: ta ett nytt beslut.',
    en: 'The acceptance of the risk {{riskTitle}} expires on {{expiresAt}}: make a new decision.',
  },
  incident_reported: {
    sv: 'Ny incident {{number}}: {{title}}',
    en: 'New incident {{number}}: {{title}}',
  },
  incident_assigned: {
    sv: 'Du har tilldelats incident {{number}}: {{title}}',
    en: 'You have been assigned incident {{number}}: {{title}}',
  },
  incident_task_assigned: {
    sv: 'Du har fått en uppgift i incident {{number}}: {{task}}',
    en: 'You have been given a task in incident {{number}}: {{task}}',
  },
  incident_deadline_half: {
    sv: 'Halva tiden har gått för {{report}} i incident {{number}} (senast {{dueAt}}).',
    en: 'Half the time has passed for {{report}} in incident {{number}} (due {{dueAt}}).',
  },
  incident_deadline_near: {
    sv: '90 % av tiden har gått för {{report}} i incident {{number}} (senast {{dueAt}}).',
    en: '90 % of the time has passed for {{report}} in incident {{number}} (due {{dueAt}}).',
  },
  incident_deadline_overdue: {
    sv: 'Fristen för {{report}} i incident {{number}} har gått ut ({{dueAt}}).',
    en: 'The deadline for {{report}} in incident {{number}} has passed ({{dueAt}}).',
  },
};

/** The missing parameter names for a kind, empty when the call is complete. */
export function missingNotificationParams(kind: NotificationKind, params: Record<string, string>): string[] {
  return notificationParams[kind].filter((name) => typeof params[name] !== 'string');
}

/** The message in one language; a placeholder without a value becomes empty text. */
export function renderNotification(kind: NotificationKind, params: Record<string, string>, locale: Locale): string {
  return notificationTemplates[kind][locale].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    // A review reason travels as its code and is shown in the reader's language.
    if (name === 'reason' && params.reason in reviewReasonLabels) return reviewReasonLabels[params.reason as ReviewReason][locale];
    if (name === 'report' && params.report in legalReportLabels) return legalReportLabels[params.report][locale];
    return params[name] ?? '';
  });
}
