import type { Locale } from '../../../shared/locales';
import { stockholmLocalToIso, timeZone } from '../../i18n/dates';

/** Calendar days (`2026-03-02`) on the Stockholm calendar: what the period filter shows and keeps in the address. */
export type CalendarDay = string;

export const statsPresets = ['thisYear', 'last12Months', 'last2Years'] as const;
export type StatsPreset = (typeof statsPresets)[number];

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Stockholm, whatever zone the browser is in. */
export function stockholmToday(now: Date): CalendarDay {
  return dayFormat.format(now);
}

export function isCalendarDay(value: unknown): value is CalendarDay {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** A calendar day moved by whole days, months or years (the 29th of February becomes the 1st of March a year on). */
export function shiftDay(day: CalendarDay, change: { days?: number; months?: number; years?: number }): CalendarDay {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year + (change.years ?? 0), month - 1 + (change.months ?? 0), date + (change.days ?? 0)));
  return shifted.toISOString().slice(0, 10);
}

/** The days a preset covers, both inclusive, ending today. */
export function presetRange(preset: StatsPreset, today: CalendarDay): { from: CalendarDay; to: CalendarDay } {
  switch (preset) {
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'last12Months':
      return { from: shiftDay(shiftDay(today, { years: -1 }), { days: 1 }), to: today };
    case 'last2Years':
      return { from: shiftDay(shiftDay(today, { years: -2 }), { days: 1 }), to: today };
  }
}

/** The preset that covers exactly these days, if any (to mark its button as chosen). */
export function matchingPreset(range: { from: CalendarDay; to: CalendarDay }, today: CalendarDay): StatsPreset | null {
  return statsPresets.find((preset) => {
    const candidate = presetRange(preset, today);
    return candidate.from === range.from && candidate.to === range.to;
  }) ?? null;
}

/** The API's instants: from the start of the first day to the start of the day after the last (Stockholm midnight). */
export function rangeInstants(range: { from: CalendarDay; to: CalendarDay }): { from: string; to: string } {
  return { from: stockholmLocalToIso(`${range.from}T00:00`)!, to: stockholmLocalToIso(`${shiftDay(range.to, { days: 1 })}T00:00`)! };
}

const intlLocale: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "mars 2026" / "Mar 2026" from "2026-03"; "kv. 1 2026" / "Q1 2026" from "2026-Q1"; anything else as it is. */
export function periodLabel(period: string, locale: Locale): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return locale === 'sv' ? `kv. ${quarter[2]} ${quarter[1]}` : `Q${quarter[2]} ${quarter[1]}`;
  if (/^\d{4}-\d{2}$/.test(period)) {
    return new Intl.DateTimeFormat(intlLocale[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`));
  }
  return period;
}
