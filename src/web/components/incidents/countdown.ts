/** Time left until a legal deadline (or how late it is), in whole minutes, for "om 5 h 12 min" / "försenad 2 h". */
export interface Countdown {
  overdue: boolean;
  days: number;
  hours: number;
  minutes: number;
}

const minuteMs = 60_000;

export function countdown(dueAt: string, nowMs: number): Countdown {
  const remaining = Date.parse(dueAt) - nowMs;
  const overdue = remaining < 0;
  // Whole minutes, rounded towards zero: "om 4 min" at 4 min 59 s, "försenad 0 min" just after.
  const totalMinutes = Math.floor(Math.abs(remaining) / minuteMs);
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  return { overdue, days, hours, minutes: totalMinutes % 60 };
}

/**
 * The parts worth showing: days and hours a day or more away, hours and minutes within a day
 * (no "0 min"), minutes within the hour.
 */
export function countdownParts({ days, hours, minutes }: Countdown): { unit: 'days' | 'hours' | 'minutes'; value: number }[] {
  if (days > 0) return hours > 0 ? [{ unit: 'days', value: days }, { unit: 'hours', value: hours }] : [{ unit: 'days', value: days }];
  if (hours > 0) return minutes > 0 ? [{ unit: 'hours', value: hours }, { unit: 'minutes', value: minutes }] : [{ unit: 'hours', value: hours }];
  return [{ unit: 'minutes', value: minutes }];
}
