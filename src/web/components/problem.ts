import { ApiError } from '../api/client';
import { i18n } from '../i18n';

/** A user-facing sentence for a failed request, translated by its stable `code`. */
export function problemMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'too_many_attempts' && error.retryAfterSeconds !== null) {
      const seconds = error.retryAfterSeconds;
      return seconds < 90
        ? i18n.t('errors.too_many_attempts_retry', { count: seconds })
        : i18n.t('errors.too_many_attempts_retry_minutes', { count: Math.ceil(seconds / 60) });
    }
    const key = `errors.${error.code}`;
    if (i18n.exists(key)) return i18n.t(key);
    return error.problem?.detail || error.problem?.title || i18n.t('errors.unknown');
  }
  return i18n.t('errors.unknown');
}

export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'version_conflict';
}

/** Field-level complaints the server attached to a validation_failed answer. */
export function problemFieldErrors(error: unknown): { path: string; message: string }[] {
  return error instanceof ApiError ? (error.problem?.errors ?? []) : [];
}
