/** How far a legal deadline's period has gone, for the deadline list's bar (time left: ../incidents/countdown). */

/** The share of the period gone at `now`: 0 at the start, 1 at the due time, above 1 when overdue. */
export function fractionElapsed(startsAt: string, dueAt: string, now: number): number {
  const start = Date.parse(startsAt);
  const due = Date.parse(dueAt);
  if (due <= start) return now >= due ? 1 : 0;
  return Math.max(0, (now - start) / (due - start));
}

/** The bar turns yellow at half the period and red at 90 %, when the alerts go out (shared/incident/deadlines alertThresholds). */
export function progressColour(fraction: number): 'teal' | 'yellow' | 'red' {
  if (fraction >= 0.9) return 'red';
  if (fraction >= 0.5) return 'yellow';
  return 'teal';
}

/** Whole percent for the bar, 0–100 (an overdue period shows full). */
export function progressPercent(fraction: number): number {
  return Math.min(100, Math.max(0, Math.floor(fraction * 100)));
}
