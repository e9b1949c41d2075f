import type { z } from 'zod';
import { i18n } from '../i18n';

type Issue = z.core.$ZodIssue;

function issueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return i18n.t('validation.required');
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1
        ? i18n.t('validation.required')
        : i18n.t('validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      return i18n.t('validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? i18n.t('validation.email') : i18n.t('validation.invalid');
    default:
      return i18n.t('validation.invalid');
  }
}

/**
 * Checks form values against the shared zod schema (the same one the server uses) and
 * gives a translated message per field path, e.g. `{ name: 'Fyll i fältet' }`.
 */
export function formErrors(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (!(path in errors)) errors[path] = issueMessage(issue);
  }
  return errors;
}
