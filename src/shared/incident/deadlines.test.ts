import { describe, expect, it } from 'vitest';
import {
  addExactHours,
  addStockholmMonths,
  alertThresholds,
  crossedThresholds,
  deadlineState,
  incidentDeadlines,
  type Deadline,
  type DeadlineInput,
} from './deadlines.js';

const base: DeadlineInput = {
  awareAt: '2026-03-02T10:00:00.000Z',
  significant: true,
  personalData: true,
  resolvedAt: null,
  gdprNotificationWaivedReason: null,
  reports: [],
};

/** The list as a user reads it: which deadline, when due, when sent. */
const summary = (deadlines: Deadline[]) => deadlines.map((d) => [d.regime, d.stage, d.dueAt, d.submittedAt]);
const find = (deadlines: Deadline[], regime: string, stage: string) => deadlines.find((d) => d.regime === regime && d.stage === stage)!;

describe('calendar arithmetic', () => {
  it('keeps the Stockholm clock time across the spring change', () => {
    // 11:00 CET on 5 March is 11:00 CEST on 5 April.
    expect(addStockholmMonths('2026-03-05T10:00:00.000Z', 1)).toBe('2026-04-05T09:00:00.000Z');
  });

  it('keeps the Stockholm clock time across the autumn change', () => {
    // 12:00 CEST on 30 September is 12:00 CET on 30 October.
    expect(addStockholmMonths('2026-09-30T10:00:00.000Z', 1)).toBe('2026-10-30T11:00:00.000Z');
  });

  it('clamps to the end of a shorter month, keeping the clock time', () => {
    expect(addStockholmMonths('2026-01-31T10:00:00.000Z', 1)).toBe('2026-02-28T10:00:00.000Z');
    expect(addStockholmMonths('2028-01-31T10:00:00.000Z', 1)).toBe('2028-02-29T10:00:00.000Z');
    expect(addStockholmMonths('2026-05-31T09:00:00.000Z', 1)).toBe('2026-06-30T09:00:00.000Z');
  });

  it('counts the Stockholm date, not the UTC date, near midnight', () => {
    // 00:30 on 1 March in Stockholm is still 28 February in UTC.
    expect(addStockholmMonths('2026-02-28T23:30:00.000Z', 1)).toBe('2026-03-31T22:30:00.000Z');
  });

  it('moves a clock time that does not exist on the spring-change day forward by an hour', () => {
    // 02:30 local on 28 February 2027 + 1 month = 02:30 on 28 March 2027, which is skipped.
    expect(addStockholmMonths('2027-02-28T01:30:00.000Z', 1)).toBe('2027-03-28T01:30:00.000Z');
  });

  it('adds exact hours whatever the local clock does, and accepts an offset in the input', () => {
    expect(addExactHours('2026-03-28T12:00:00.000Z', 24)).toBe('2026-03-29T12:00:00.000Z');
    expect(addExactHours('2026-10-24T12:00:00.000Z', 72)).toBe('2026-10-27T12:00:00.000Z');
    expect(addExactHours('2026-03-02T11:00:00+01:00', 24)).toBe('2026-03-03T10:00:00.000Z');
  });

  it('refuses a text that is not an instant', () => {
    expect(() => addStockholmMonths('not a date', 1)).toThrow(RangeError);
    expect(() => addExactHours('2026-13-01T00:00:00Z', 1)).toThrow(RangeError);
  });
});

describe('incident deadlines', () => {
  it('show the issue example: significant with personal data, aware 2 March 2026 10:00 UTC', () => {
    const deadlines = incidentDeadlines(base);
    expect(summary(deadlines)).toEqual([
      ['nis2', 'early_warning', '2026-03-03T10:00:00.000Z', null],
      ['nis2', 'notification', '2026-03-05T10:00:00.000Z', null],
      ['nis2', 'final_report', '2026-04-05T09:00:00.000Z', null],
      ['gdpr', 'notification', '2026-03-05T10:00:00.000Z', null],
    ]);
    expect(deadlines.map((d) => d.provisional)).toEqual([false, false, true, false]);
    expect(deadlines.map((d) => d.startsAt)).toEqual([base.awareAt, base.awareAt, '2026-03-05T10:00:00.000Z', base.awareAt]);
    expect(deadlines.every((d) => !d.waived && !d.late)).toBe(true);
  });

  it('are none for an incident neither significant nor touching personal data', () => {
    expect(incidentDeadlines({ ...base, significant: false, personalData: false })).toEqual([]);
    expect(summary(incidentDeadlines({ ...base, significant: false }))).toEqual([['gdpr', 'notification', '2026-03-05T10:00:00.000Z', null]]);
    expect(incidentDeadlines({ ...base, personalData: false }).map((d) => d.regime)).toEqual(['nis2', 'nis2', 'nis2']);
  });

  it('stay exact hours across the spring and autumn changes', () => {
    const spring = incidentDeadlines({ ...base, awareAt: '2026-03-28T12:00:00.000Z' });
    expect(find(spring, 'nis2', 'early_warning').dueAt).toBe('2026-03-29T12:00:00.000Z');
    expect(find(spring, 'nis2', 'notification').dueAt).toBe('2026-03-31T12:00:00.000Z');
    expect(find(spring, 'gdpr', 'notification').dueAt).toBe('2026-03-31T12:00:00.000Z');
    const autumn = incidentDeadlines({ ...base, awareAt: '2026-10-24T12:00:00.000Z' });
    expect(find(autumn, 'nis2', 'early_warning').dueAt).toBe('2026-10-25T12:00:00.000Z');
    expect(find(autumn, 'nis2', 'notification').dueAt).toBe('2026-10-27T12:00:00.000Z');
  });

  it('move the final report to a month after the notification is submitted, and it is no longer provisional', () => {
    const deadlines = incidentDeadlines({
      ...base,
      awareAt: '2026-09-28T08:00:00.000Z',
      reports: [
        { regime: 'nis2', stage: 'early_warning', submittedAt: '2026-09-28T20:00:00.000Z' },
        { regime: 'nis2', stage: 'notification', submittedAt: '2026-09-30T10:00:00.000Z' },
      ],
    });
    const final = find(deadlines, 'nis2', 'final_report');
    expect(final).toMatchObject({ dueAt: '2026-10-30T11:00:00.000Z', startsAt: '2026-09-30T10:00:00.000Z', provisional: false });
    expect(find(deadlines, 'nis2', 'early_warning')).toMatchObject({ submittedAt: '2026-09-28T20:00:00.000Z', late: false });
  });

  it('take the latest submission of a stage, mark one after its due time late, and ignore drafts', () => {
    const deadlines = incidentDeadlines({
      ...base,
      reports: [
        { regime: 'nis2', stage: 'notification', submittedAt: '2026-03-04T09:00:00.000Z' },
        { regime: 'nis2', stage: 'notification', submittedAt: '2026-03-06T09:00:00.000Z' },
        { regime: 'nis2', stage: 'notification', submittedAt: null },
        { regime: 'gdpr', stage: 'notification', submittedAt: '2026-03-05T10:00:00.000Z' },
      ],
    });
    expect(find(deadlines, 'nis2', 'notification')).toMatchObject({ submittedAt: '2026-03-06T09:00:00.000Z', late: true });
    expect(find(deadlines, 'nis2', 'final_report').dueAt).toBe('2026-04-06T08:00:00.000Z');
    // Submitted exactly at the due instant is on time; GDPR and NIS2 submissions do not mix.
    expect(find(deadlines, 'gdpr', 'notification')).toMatchObject({ submittedAt: '2026-03-05T10:00:00.000Z', late: false });
    expect(find(deadlines, 'nis2', 'early_warning').submittedAt).toBeNull();
  });

  it('give a submitted progress report the month after the notification, and the final report a month after resolution', () => {
    const notified = { regime: 'nis2', stage: 'notification', submittedAt: '2026-03-04T10:00:00.000Z' } as const;
    const progress = { regime: 'nis2', stage: 'progress_report', submittedAt: '2026-04-03T08:00:00.000Z' } as const;
    const ongoing = incidentDeadlines({ ...base, personalData: false, reports: [notified, progress] });
    expect(summary(ongoing)).toEqual([
      ['nis2', 'early_warning', '2026-03-03T10:00:00.000Z', null],
      ['nis2', 'notification', '2026-03-05T10:00:00.000Z', '2026-03-04T10:00:00.000Z'],
      ['nis2', 'progress_report', '2026-04-04T09:00:00.000Z', '2026-04-03T08:00:00.000Z'],
      ['nis2', 'final_report', null, null],
    ]);
    expect(deadlineState(ongoing[3], '2026-05-01T00:00:00.000Z').status).toBe('waiting');

    const resolved = incidentDeadlines({ ...base, personalData: false, resolvedAt: '2026-04-20T14:00:00.000Z', reports: [notified, progress] });
    expect(find(resolved, 'nis2', 'final_report')).toMatchObject({
      startsAt: '2026-04-20T14:00:00.000Z',
      dueAt: '2026-05-20T14:00:00.000Z',
      provisional: false,
    });
  });

  it('list one intermediate report per request, between notification and final report', () => {
    const deadlines = incidentDeadlines({
      ...base,
      personalData: false,
      reports: [
        { regime: 'nis2', stage: 'intermediate_report', submittedAt: null, requestedAt: '2026-03-10T08:00:00.000Z', requestedDueAt: '2026-03-12T08:00:00.000Z' },
        { regime: 'nis2', stage: 'intermediate_report', submittedAt: '2026-03-20T08:00:00.000Z', requestedDueAt: '2026-03-18T08:00:00.000Z' },
      ],
    });
    expect(deadlines.map((d) => d.stage)).toEqual(['early_warning', 'notification', 'intermediate_report', 'intermediate_report', 'final_report']);
    expect(deadlines[2]).toMatchObject({ startsAt: '2026-03-10T08:00:00.000Z', dueAt: '2026-03-12T08:00:00.000Z', submittedAt: null });
    expect(deadlines[3]).toMatchObject({ startsAt: base.awareAt, dueAt: '2026-03-18T08:00:00.000Z', late: true });
  });

  it('mark the GDPR notification waived when a reason for not notifying is recorded', () => {
    const waived = find(incidentDeadlines({ ...base, gdprNotificationWaivedReason: 'Krypterad enhet, ingen risk för de registrerade' }), 'gdpr', 'notification');
    expect(waived).toMatchObject({ waived: true, dueAt: '2026-03-05T10:00:00.000Z' });
    expect(deadlineState(waived, '2026-03-10T00:00:00.000Z')).toMatchObject({ status: 'waived', msRemaining: null });
    expect(crossedThresholds(waived, '2026-03-10T00:00:00.000Z')).toEqual([]);
    expect(find(incidentDeadlines({ ...base, gdprNotificationWaivedReason: '  ' }), 'gdpr', 'notification').waived).toBe(false);
  });
});

describe('deadline state and alerts', () => {
  // Aware 2 March 10:00: early warning due 3 March 10:00, a 24-hour period.
  const [earlyWarning] = incidentDeadlines(base);
  const at = (hours: number) => addExactHours(base.awareAt, hours);

  it('count down while pending and go overdue only after the due instant', () => {
    expect(deadlineState(earlyWarning, at(6))).toEqual({ fractionElapsed: 0.25, status: 'pending', msRemaining: 18 * 3_600_000 });
    expect(deadlineState(earlyWarning, at(24))).toEqual({ fractionElapsed: 1, status: 'pending', msRemaining: 0 });
    expect(deadlineState(earlyWarning, at(30))).toEqual({ fractionElapsed: 1.25, status: 'overdue', msRemaining: -6 * 3_600_000 });
    expect(deadlineState(earlyWarning, at(-1)).fractionElapsed).toBe(0);
  });

  it('are done once submitted, measuring the period at submission', () => {
    const sent = { ...earlyWarning, submittedAt: at(12) };
    expect(deadlineState(sent, at(100))).toEqual({ fractionElapsed: 0.5, status: 'done', msRemaining: null });
    expect(crossedThresholds(sent, at(100))).toEqual([]);
  });

  it('cross 50 %, 90 % and overdue in turn', () => {
    expect(alertThresholds).toEqual([0.5, 0.9, 1]);
    expect(crossedThresholds(earlyWarning, at(11.9))).toEqual([]);
    expect(crossedThresholds(earlyWarning, at(12))).toEqual([0.5]);
    expect(crossedThresholds(earlyWarning, at(21.5))).toEqual([0.5]);
    expect(crossedThresholds(earlyWarning, at(21.6))).toEqual([0.5, 0.9]);
    expect(crossedThresholds(earlyWarning, at(24))).toEqual([0.5, 0.9]);
    expect(crossedThresholds(earlyWarning, addExactHours(at(24), 1 / 3_600_000))).toEqual([0.5, 0.9, 1]);
  });

  it('measure the provisional final report from the notification due time', () => {
    const final = find(incidentDeadlines(base), 'nis2', 'final_report');
    // 5 March 10:00 to 5 April 09:00 UTC is 743 hours.
    expect(crossedThresholds(final, addExactHours('2026-03-05T10:00:00.000Z', 371))).toEqual([]);
    expect(crossedThresholds(final, addExactHours('2026-03-05T10:00:00.000Z', 371.5))).toEqual([0.5]);
  });

  it('raise no alert for a deadline without a due time', () => {
    const waiting = { ...earlyWarning, dueAt: null };
    expect(deadlineState(waiting, at(1000))).toEqual({ fractionElapsed: 0, status: 'waiting', msRemaining: null });
    expect(crossedThresholds(waiting, at(1000))).toEqual([]);
  });

  it('treat a request due at the moment it was made as all gone once due', () => {
    const instant = { ...earlyWarning, startsAt: at(5), dueAt: at(5) };
    expect(deadlineState(instant, at(4)).fractionElapsed).toBe(0);
    expect(crossedThresholds(instant, at(6))).toEqual([0.5, 0.9, 1]);
  });
});
