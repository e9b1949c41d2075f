import { timeZone } from '../../i18n/dates';

const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** An instant as a `datetime-local` value on the Stockholm wall clock ("2026-03-02T11:00"). */
export function stockholmLocal(iso: string | number): string {
  const found = Object.fromEntries(parts.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${found.year}-${found.month}-${found.day}T${found.hour}:${found.minute}`;
}
