import { closedActionStatuses, type ActionStatus, type Assessment } from '../actions.js';

/** Today's date (YYYY-MM-DD) in Swedish time: due dates are Swedish calendar days. */
export function todayInStockholm(now: Date = new Date()): string {
  // sv-SE formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Overdue: the due date has passed and the action is neither done nor cancelled. */
export function isOverdue(action: { dueDate: string | null; status: ActionStatus }, today: string): boolean {
  return action.dueDate !== null && action.dueDate < today && !closedActionStatuses.includes(action.status);
}

export interface ActionPlanCounts {
  /** Applicable requirement actions. */
  applicable: number;
  met: number;
  partlyMet: number;
  notMet: number;
  notApplicable: number;
  /** Applicable requirement actions nobody has assessed yet. */
  unassessed: number;
  /** Applicable actions (of any source) past their due date. */
  overdue: number;
}

/**
 * Fulfilment in percent: met counts whole, partly met half, over the applicable requirements
 * not assessed as not applicable (unassessed ones count as not met). Null when none remain.
 */
export function fulfilmentPercent(counts: Pick<ActionPlanCounts, 'applicable' | 'met' | 'partlyMet' | 'notApplicable'>): number | null {
  const relevant = counts.applicable - counts.notApplicable;
  if (relevant <= 0) return null;
  return Math.round(((counts.met + 0.5 * counts.partlyMet) / relevant) * 1000) / 10;
}

interface CountedAction {
  source: string;
  applicable: boolean;
  assessment: Assessment | null;
  dueDate: string | null;
  status: ActionStatus;
}

export function countActionPlan(actions: readonly CountedAction[], today: string): ActionPlanCounts {
  const counts: ActionPlanCounts = { applicable: 0, met: 0, partlyMet: 0, notMet: 0, notApplicable: 0, unassessed: 0, overdue: 0 };
  for (const action of actions) {
    if (!action.applicable) continue;
    if (isOverdue(action, today)) counts.overdue += 1;
    if (action.source !== 'requirement') continue;
    counts.applicable += 1;
    if (action.assessment === 'met') counts.met += 1;
    else if (action.assessment === 'partly_met') counts.partlyMet += 1;
    else if (action.assessment === 'not_met') counts.notMet += 1;
    else if (action.assessment === 'not_applicable') counts.notApplicable += 1;
    else counts.unassessed += 1;
  }
  return counts;
}
