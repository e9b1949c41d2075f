import type { Locale } from '../../shared/locales';

/** Municipal staff work in Swedish time, whatever the browser's zone is. */
export const timeZone = 'Europe/Stockholm';

const intlLocale: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone, dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone, dateStyle: 'medium' }).format(date);
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes Stockholm is ahead of UTC at the instant `utcMs`. */
function stockholmOffsetMinutes(utcMs: number): number {
  const parts = partsFormat.formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wallAsUtc - utcMs) / 60_000);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A `datetime-local` value ("2026-03-01T10:00") read as Stockholm wall-clock time, as ISO 8601
 * with its offset ("2026-03-01T10:00:00+01:00"). Undefined for an empty or malformed value.
 */
export function stockholmLocalToIso(local: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '00'] = match;
  const wallAsUtc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const firstGuess = stockholmOffsetMinutes(wallAsUtc);
  const offset = stockholmOffsetMinutes(wallAsUtc - firstGuess * 60_000);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
