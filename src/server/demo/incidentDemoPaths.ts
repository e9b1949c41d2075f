import type { IncidentStatus } from '../../shared/incident/taxonomy.js';
import type { Cast } from './incidentDemoCast.js';
import type { Ordinary } from './incidentDemoKinds.js';
import type { DemoReport, Path } from './incidentDemoLifecycle.js';
import { dayMs, hourMs, minuteMs, nextWorking, stockholmYearOf } from './incidentDemoTime.js';

/**
 * How an ordinary incident was handled: triaged within hours (alarms within the hour), worked
 * on, resolved, investigated and closed, cut off at `now` so recent incidents are still open.
 * GDPR notifications go to IMY within 72 hours, a few late with the reason, some waived.
 */

export const lateReasons = [
  'Incidenten rapporterades internt först efter helgen och bedömningen av vilka uppgifter som röjts tog längre tid än väntat.',
  'Dataskyddsombudet var sjuk och ersättaren fick ärendet först efter 72 timmar.',
  'Det var först oklart om uppgifterna hade nått någon obehörig; det bekräftades efter fyra dagar.',
  'Ansvarig chef bedömde först att anmälan inte behövdes; dataskyddsombudet gjorde en annan bedömning.',
];

export function ordinaryPath(ordinary: Ordinary, cast: Cast): Path {
  const { draft } = ordinary;
  const { random, between } = cast;
  // Nothing is recorded in the last half hour, so the demo never shows a time in the future.
  const limit = cast.now - 30 * minuteMs;
  const path: Path = { triageAt: null, steps: [], escalations: [], notes: [], tasks: [], reports: [] };
  const triage = ordinary.urgent ? draft.reportedAt + between(10, 50) * minuteMs : nextWorking(draft.reportedAt + between(20, 20 * 60) * minuteMs, random);
  const age = cast.now - draft.awareAt;
  // Recent incidents are often still waiting for their next step (a fresh one even for triage).
  const waitsAt = ordinary.waits ?? (age < 30 * dayMs && random() < 0.55 ? between(age < 3 * dayMs ? 0 : 1, 4) : null);
  if (triage > limit || waitsAt === 0) return path;
  path.triageAt = triage;
  if (ordinary.rejectReason) {
    path.steps.push({ status: 'rejected', at: triage, note: ordinary.rejectReason });
    return path;
  }

  const inProgress = triage + between(...(ordinary.urgent ? [2, 15] : [5, 90]) as [number, number]) * minuteMs;
  const [low, high] = ordinary.resolveHours;
  const fixed = draft.awareAt + (low + random() * (high - low)) * hourMs;
  const resolved = Math.max(inProgress + 20 * minuteMs, ordinary.urgent ? fixed : nextWorking(fixed, random));
  const investigated = nextWorking(resolved + between(1, 10) * dayMs, random);
  const closed = nextWorking(investigated + between(0, 12) * dayMs, random);
  // A few are left resolved: nobody got round to the root cause.
  const stalls = random() < 0.05;
  const planned: Array<[IncidentStatus, number]> = [['triaged', triage], ['in_progress', inProgress], ['resolved', resolved], ...(stalls ? [] : ([['root_cause_found', investigated], ['closed', closed]] as Array<[IncidentStatus, number]>))];
  const kept = waitsAt === null ? planned : planned.slice(0, waitsAt);
  // What would have come after the step it waits at has not happened.
  const handledUntil = Math.min(limit, kept.length < planned.length ? planned[kept.length]![1] - minuteMs : limit);
  for (const [status, at] of kept) if (at <= handledUntil) path.steps.push({ status, at });

  const finished = resolved <= handledUntil;
  // Alarms are worked on at night; everything else in office hours, never after it was resolved.
  const working = (at: number) => (ordinary.urgent ? at : Math.min(nextWorking(at, random), resolved));
  ordinary.notes.forEach((note, index) => {
    const at = working(inProgress + ((index + 1) / (ordinary.notes.length + 1)) * (resolved - inProgress));
    if (at <= handledUntil) path.notes.push({ at, note: note.note, actor: note.actor });
  });
  for (const task of ordinary.tasks) {
    const at = triage + between(3, 30) * minuteMs;
    if (at > handledUntil) continue;
    const doneAt = finished ? working(at + random() * (resolved - at)) : random() < 0.4 ? Math.min(working(at + random() * (handledUntil - at)), handledUntil) : null;
    path.tasks.push({ title: task.title, owner: task.owner, at, due: nextWorking(at + between(1, 10) * dayMs, random), doneAt });
  }
  // The IMY notification does not wait for the handling.
  if (draft.personalData && ordinary.gdprPlan !== 'waived') path.reports.push(gdprReport(ordinary, triage, limit, cast));
  return path;
}

/** The IMY notification: on time (or still pending when recent), or late with the reason. */
function gdprReport(ordinary: Ordinary, triage: number, limit: number, cast: Cast): DemoReport {
  const aware = ordinary.draft.awareAt;
  const reference = () => `IMY-${stockholmYearOf(aware)}-${cast.between(1000, 19999)}`;
  if (ordinary.gdprPlan === 'late') {
    const at = aware + cast.between(76, 150) * hourMs;
    if (at <= limit) return { regime: 'gdpr', stage: 'notification', submittedAt: at, reference: reference(), lateReason: cast.pick(lateReasons) };
  }
  const at = Math.min(aware + 71 * hourMs, Math.max(triage + cast.between(1, 10) * hourMs, aware + cast.between(6, 64) * hourMs));
  return { regime: 'gdpr', stage: 'notification', submittedAt: at <= limit ? at : null, reference: at <= limit ? reference() : null };
}
