/**
 * The legal reporting clocks of an incident (DOMAIN §6, issue 5), counted from "became aware".
 * Pure: ISO-8601 instants in, ISO-8601 UTC instants (`2026-03-05T10:00:00.000Z`) out.
 * Hours are exact elapsed time; months are calendar months on the Stockholm wall clock.
 */
import { DateTime } from 'luxon';

export const stockholmZone = 'Europe/Stockholm';

export const deadlineRegimes = ['nis2', 'gdpr'] as const;
export type DeadlineRegime = (typeof deadlineRegimes)[number];

/** In flow order; the deadline list follows it. */
export const deadlineStages = ['early_warning', 'notification', 'intermediate_report', 'progress_report', 'final_report'] as const;
export type DeadlineStage = (typeof deadlineStages)[number];

/** A report made (or requested) to an authority. */
export interface ReportRecord {
  regime: DeadlineRegime;
  stage: DeadlineStage;
  submittedAt: string | null;
  /** Intermediate reports only: when the CSIRT asked for it (the period's start; awareAt when absent). */
  requestedAt?: string | null;
  /** Intermediate reports only: the due date the CSIRT gave. */
  requestedDueAt?: string | null;
}

export interface DeadlineInput {
  awareAt: string;
  significant: boolean;
  personalData: boolean;
  resolvedAt: string | null;
  gdprNotificationWaivedReason: string | null;
  reports: readonly ReportRecord[];
}

export interface Deadline {
  regime: DeadlineRegime;
  stage: DeadlineStage;
  /** When the period began, for the 50 % and 90 % alerts. */
  startsAt: string;
  /** Null while it cannot be known yet (final report of an incident still ongoing, a request without a date). */
  dueAt: string | null;
  submittedAt: string | null;
  /** The due time is an estimate that moves once an earlier report is submitted. */
  provisional: boolean;
  /** GDPR: no notification is made, and the reason is documented. */
  waived: boolean;
  /** Submitted after it was due. Being overdue now is `deadlineState`'s business. */
  late: boolean;
}

const hourMs = 3_600_000;

function parse(iso: string): DateTime {
  const parsed = DateTime.fromISO(iso, { zone: 'utc' });
  if (!parsed.isValid) throw new RangeError(`Not an ISO-8601 instant: ${iso}`);
  return parsed;
}

function toMillis(iso: string): number {
  return parse(iso).toMillis();
}

function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

export function addExactHours(iso: string, hours: number): string {
  return toIso(toMillis(iso) + hours * hourMs);
}

/**
 * Calendar months on the Stockholm wall clock: 11:00 local stays 11:00 local across a
 * daylight-saving change; the 31st becomes the last day of a shorter month. A wall-clock time
 * that does not exist that day (02:30 on the spring change) moves forward by an hour.
 */
export function addStockholmMonths(iso: string, months: number): string {
  return toIso(parse(iso).setZone(stockholmZone).plus({ months }).toMillis());
}

/** The latest submission for one regime and stage, or null when none has been submitted. */
function latestSubmission(reports: readonly ReportRecord[], regime: DeadlineRegime, stage: DeadlineStage): string | null {
  let latest: string | null = null;
  for (const report of reports) {
    if (report.regime !== regime || report.stage !== stage || !report.submittedAt) continue;
    if (latest === null || toMillis(report.submittedAt) > toMillis(latest)) latest = report.submittedAt;
  }
  return latest === null ? null : toIso(toMillis(latest));
}

function deadline(
  regime: DeadlineRegime,
  stage: DeadlineStage,
  startsAt: string,
  dueAt: string | null,
  submittedAt: string | null,
  flags: { provisional?: boolean; waived?: boolean } = {},
): Deadline {
  const late = submittedAt !== null && dueAt !== null && toMillis(submittedAt) > toMillis(dueAt);
  return {
    regime,
    stage,
    startsAt: toIso(toMillis(startsAt)),
    dueAt: dueAt === null ? null : toIso(toMillis(dueAt)),
    submittedAt,
    provisional: flags.provisional ?? false,
    waived: flags.waived ?? false,
    late,
  };
}

/**
 * NIS2 (cybersäkerhetslagen), for a significant incident: early warning 24 h and notification
 * 72 h after awareness; a final report one calendar month after the notification was submitted
 * (provisional, counted from the notification's due time, until it is). When a progress report
 * has been submitted because the incident was still ongoing, the progress report holds that
 * month's date and the final report is due one month after the incident was resolved.
 */
function nis2Deadlines(input: DeadlineInput): Deadline[] {
  const { awareAt, reports } = input;
  const submitted = (stage: DeadlineStage) => latestSubmission(reports, 'nis2', stage);
  const notificationDue = addExactHours(awareAt, 72);
  const notificationSubmitted = submitted('notification');
  const monthFrom = notificationSubmitted ?? notificationDue;
  const monthDue = addStockholmMonths(monthFrom, 1);
  const provisional = notificationSubmitted === null;

  const list = [
    deadline('nis2', 'early_warning', awareAt, addExactHours(awareAt, 24), submitted('early_warning')),
    deadline('nis2', 'notification', awareAt, notificationDue, notificationSubmitted),
  ];
  // One entry per request, in the order recorded.
  for (const report of reports) {
    if (report.regime !== 'nis2' || report.stage !== 'intermediate_report') continue;
    const submittedAt = report.submittedAt ? toIso(toMillis(report.submittedAt)) : null;
    list.push(deadline('nis2', 'intermediate_report', report.requestedAt ?? awareAt, report.requestedDueAt ?? null, submittedAt));
  }
  const progressSubmitted = submitted('progress_report');
  if (progressSubmitted === null) {
    list.push(deadline('nis2', 'final_report', monthFrom, monthDue, submitted('final_report'), { provisional }));
  } else {
    const { resolvedAt } = input;
    list.push(deadline('nis2', 'progress_report', monthFrom, monthDue, progressSubmitted, { provisional }));
    list.push(
      deadline(
        'nis2',
        'final_report',
        resolvedAt ?? progressSubmitted,
        resolvedAt === null ? null : addStockholmMonths(resolvedAt, 1),
        submitted('final_report'),
      ),
    );
  }
  return list;
}

/** GDPR art. 33: notify IMY within 72 h; a documented reason for not notifying waives it. */
function gdprDeadlines(input: DeadlineInput): Deadline[] {
  const waived = (input.gdprNotificationWaivedReason ?? '').trim() !== '';
  const submittedAt = latestSubmission(input.reports, 'gdpr', 'notification');
  return [deadline('gdpr', 'notification', input.awareAt, addExactHours(input.awareAt, 72), submittedAt, { waived })];
}

/** Every legal deadline of the incident: NIS2 stages in flow order, then GDPR. */
export function incidentDeadlines(input: DeadlineInput): Deadline[] {
  return [...(input.significant ? nis2Deadlines(input) : []), ...(input.personalData ? gdprDeadlines(input) : [])];
}

export const alertThresholds = [0.5, 0.9, 1] as const;
export type AlertThreshold = (typeof alertThresholds)[number];

export type DeadlineStatus = 'done' | 'waived' | 'pending' | 'overdue' | 'waiting';

export interface DeadlineState {
  /** Share of the period gone at `now` (at submission when done); above 1 once past due; 0 without a due time. */
  fractionElapsed: number;
  /** done = submitted; waived = not to be made; waiting = no due time yet; overdue = past due, not submitted. */
  status: DeadlineStatus;
  /** Until due (negative once overdue); null when done, waived or without a due time. */
  msRemaining: number | null;
}

export function deadlineState(deadline: Deadline, now: string): DeadlineState {
  const nowMs = toMillis(now);
  const status: DeadlineStatus = deadline.submittedAt
    ? 'done'
    : deadline.waived
      ? 'waived'
      : deadline.dueAt === null
        ? 'waiting'
        : nowMs > toMillis(deadline.dueAt)
          ? 'overdue'
          : 'pending';
  if (deadline.dueAt === null) return { fractionElapsed: 0, status, msRemaining: null };
  const startMs = toMillis(deadline.startsAt);
  const dueMs = toMillis(deadline.dueAt);
  const atMs = deadline.submittedAt ? toMillis(deadline.submittedAt) : nowMs;
  const period = dueMs - startMs;
  // A period of no length (a request due at once) is all gone as soon as it is due.
  const fractionElapsed = period > 0 ? Math.max(0, (atMs - startMs) / period) : atMs >= dueMs ? 1 : 0;
  const open = status === 'pending' || status === 'overdue';
  return { fractionElapsed, status, msRemaining: open ? dueMs - nowMs : null };
}

/** The alert thresholds passed by a deadline still open; 1 means overdue (past the due instant). */
export function crossedThresholds(deadline: Deadline, now: string): AlertThreshold[] {
  const state = deadlineState(deadline, now);
  if (state.status !== 'pending' && state.status !== 'overdue') return [];
  return alertThresholds.filter((threshold) =>
    threshold === 1 ? state.status === 'overdue' : state.fractionElapsed >= threshold,
  );
}
