import type { ActionStatus, Assessment } from '../actions.js';
import type { Aspect } from '../classification/aspects.js';
import type { Profile } from '../classification/profile.js';

/** The part of a requirement that decides where it applies. */
export interface RequirementScope {
  aspects: readonly Aspect[];
  minLevel: number;
}

/** A requirement applies to a profile when any of its aspects reaches its level there. */
export function requirementApplies(requirement: RequirementScope, profile: Profile): boolean {
  return requirement.aspects.some((aspect) => profile[aspect] >= requirement.minLevel);
}

/** What regeneration needs to know about an action already in a plan. */
export interface PlannedAction {
  id: string;
  requirementId: string | null;
  applicable: boolean;
  assessment: Assessment | null;
  implementation: string;
  ownerId: string | null;
  dueDate: string | null;
  status: ActionStatus;
}

/** Has anyone worked on this action? Answers are never thrown away. */
export function isAnswered(action: Omit<PlannedAction, 'id' | 'requirementId' | 'applicable'>): boolean {
  return (
    action.assessment !== null ||
    action.implementation.trim() !== '' ||
    action.ownerId !== null ||
    action.dueDate !== null ||
    action.status !== 'not_started'
  );
}

export interface PlanChanges {
  /** Requirement ids that need a new action. */
  add: string[];
  /** Actions that stay as they are. */
  keep: string[];
  /** Actions set aside earlier that apply again. */
  reactivate: string[];
  /** Answered actions whose requirement no longer applies: kept, marked not applicable. */
  markNotApplicable: string[];
  /** Untouched actions whose requirement no longer applies. */
  remove: string[];
}

/**
 * Brings an object's handlingsplan in line with the requirements that now apply, keeping
 * every answer already given. Actions not tied to a requirement (manual ones) are kept.
 */
export function planChanges(existing: readonly PlannedAction[], applicableRequirementIds: Iterable<string>): PlanChanges {
  const applicable = new Set(applicableRequirementIds);
  const changes: PlanChanges = { add: [], keep: [], reactivate: [], markNotApplicable: [], remove: [] };
  const planned = new Set<string>();
  for (const action of existing) {
    if (action.requirementId === null) {
      changes.keep.push(action.id);
      continue;
    }
    planned.add(action.requirementId);
    if (applicable.has(action.requirementId)) {
      (action.applicable ? changes.keep : changes.reactivate).push(action.id);
    } else if (!isAnswered(action)) {
      changes.remove.push(action.id);
    } else {
      (action.applicable ? changes.markNotApplicable : changes.keep).push(action.id);
    }
  }
  for (const requirementId of applicable) if (!planned.has(requirementId)) changes.add.push(requirementId);
  return changes;
}
