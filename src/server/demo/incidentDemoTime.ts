import { DateTime } from 'luxon';
import { stockholmZone } from '../../shared/incident/deadlines.js';

/** Clock helpers for the incident demo: people report and handle incidents in Stockholm office hours. */

export const minuteMs = 60_000;
export const hourMs = 3_600_000;
export const dayMs = 86_400_000;
/** To the minute: a timeline reads 14:05, not 14:05:23.634. */
export const iso = (ms: number) => new Date(Math.round(ms / minuteMs) * minuteMs).toISOString();
export const isoDate = (ms: number) => DateTime.fromMillis(ms, { zone: stockholmZone }).toISODate()!;

const local = (ms: number) => DateTime.fromMillis(ms, { zone: stockholmZone });

/** The Stockholm calendar year of an instant: incidents are numbered per year of reporting. */
export const stockholmYearOf = (ms: number) => local(ms).year;

/** That day (Stockholm) at the given local clock time. */
export function onDay(ms: number, hour: number, minute = 0): number {
  return local(ms).set({ hour, minute, second: 0, millisecond: 0 }).toMillis();
}

const isWeekend = (ms: number) => local(ms).weekday >= 6;

/** The day, or the Monday after when it falls on a weekend. */
export function weekday(ms: number): number {
  let at = ms;
  while (isWeekend(at)) at = local(at).plus({ days: 1 }).toMillis();
  return at;
}

/** The instant itself in office hours (weekdays 07-17 Stockholm), else the next working morning. */
export function nextWorking(ms: number, random: () => number): number {
  const time = local(ms);
  if (!isWeekend(ms) && time.hour >= 7 && time.hour < 17) return ms;
  let day = time.hour >= 17 ? time.plus({ days: 1 }) : time;
  while (day.weekday >= 6) day = day.plus({ days: 1 });
  return day.set({ hour: 7, minute: 30, second: 0, millisecond: 0 }).toMillis() + Math.floor(random() * 90) * minuteMs;
}

/** The latest Saturday (Stockholm) at or before the instant. */
export function saturdayBefore(ms: number): number {
  const day = local(ms);
  return day.minus({ days: (day.weekday + 1) % 7 }).toMillis();
}

/** Noon of the last working day that has ended (Stockholm), for reports from "yesterday". */
export function lastWorkday(ms: number): number {
  let day = local(ms);
  if (day.hour < 17 || day.weekday >= 6) day = day.minus({ days: 1 });
  while (day.weekday >= 6) day = day.minus({ days: 1 });
  return day.set({ hour: 12, minute: 0, second: 0, millisecond: 0 }).toMillis();
}

/** Some time in office hours on that day (moved to Monday from a weekend). */
export function officeTime(dayMs_: number, random: () => number): number {
  return onDay(weekday(dayMs_), 7 + Math.floor(random() * 9), Math.floor(random() * 60));
}

/** A random day in [from, to] whose month weighs `weights[month - 1]` (1 = average). */
export function seasonalDay(from: number, to: number, weights: readonly number[], random: () => number): number {
  const highest = Math.max(...weights);
  for (;;) {
    const at = from + random() * (to - from);
    if (random() * highest <= weights[local(at).month - 1]!) return at;
  }
}
