import type { z } from 'zod';
import { i18n } from '../../i18n';
import { formErrors } from '../formErrors';
import { ApiError } from '../../api/client';
import { problemFieldErrors } from '../problem';

/** The shared schemas' own rules (time order, not in the future) said in the user's language. */
function ruleMessage(message: string): string | null {
  if (/in the future/.test(message)) return i18n.t('incidents.errors.future');
  if (/before occurredAt/.test(message)) return i18n.t('incidents.errors.beforeOccurred');
  if (/after requestedAt/.test(message)) return i18n.t('incidents.errors.dueBeforeRequest');
  return null;
}

/** Checks form values against the shared schema, as formErrors does, with the incident rules worded. */
export function incidentFormErrors(schema: z.ZodType, value: unknown): Record<string, string> {
  const errors = formErrors(schema, value);
  const result = schema.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const worded = issue.code === 'custom' ? ruleMessage(issue.message) : null;
      if (worded) errors[issue.path.join('.')] = worded;
    }
  }
  return errors;
}

/** A 400 problem's field complaints (`body.awareAt: …`) placed at the form's fields. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  // A refusal with a code of its own (late_reason_required …) says the same at its field.
  const codeKey = error instanceof ApiError ? `incidents.problems.${error.code}` : '';
  const coded = codeKey && i18n.exists(codeKey) ? i18n.t(codeKey) : null;
  for (const { path, message } of problemFieldErrors(error)) {
    const field = path.replace(/^body\.?/, '');
    if (field && !(field in errors)) errors[field] = coded ?? ruleMessage(message) ?? i18n.t('validation.invalid');
  }
  return errors;
}
