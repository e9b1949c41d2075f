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
    return params[name] ?? '';
  });
}
