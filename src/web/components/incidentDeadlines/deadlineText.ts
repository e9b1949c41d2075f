import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/locales';
import { timeZone } from '../../i18n/dates';
import { countdown } from '../incidents/countdown';

const intlLocale: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "tis 3 mars 2026 11:00": the due time on the Stockholm clock, with the weekday a deadline needs. */
export function formatDueTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "om 5 h 12 min", "om 2 d 4 h", "försenad 2 h 03 min". */
export function countdownText(dueAt: string, now: number, t: TFunction): string {
  const left = countdown(dueAt, now);
  const time =
    left.days > 0
      ? t('incidentInsights.duration.days', { days: left.days, hours: left.hours })
      : left.hours > 0
        ? t('incidentInsights.duration.hours', { hours: left.hours, minutes: String(left.minutes).padStart(2, '0') })
        : t('incidentInsights.duration.minutes', { minutes: left.minutes });
  return left.overdue ? t('incidentInsights.deadlines.overdue', { time }) : t('incidentInsights.deadlines.in', { time });
}

/** "NIS2: tidig varning", "GDPR: anmälan till IMY". */
export function deadlineKindLabel(regime: string, stage: string, t: TFunction): string {
  return t(`incidentInsights.deadlineKinds.${regime}.${stage}`, { defaultValue: `${regime.toUpperCase()}: ${stage}` });
}
