import { aspects, type Aspect, type ConsequenceCategory, type Level } from './aspects.js';
import { worstConsequence, type Profile } from './profile.js';

export type GuidedAnswers = Partial<Record<Aspect, Partial<Record<ConsequenceCategory, Level>>>>;

export interface GuidedResult {
  profile: Profile;
  /** Per aspect, the categories whose answer set the level (empty when no answer was above 0). */
  decidedBy: Record<Aspect, ConsequenceCategory[]>;
  /** Aspects where a level was given directly that differs from what the answers say. */
  contradicted: Aspect[];
}

/**
 * The level of each aspect: the worst answer when the aspect was answered; otherwise the
 * level given directly; otherwise the organisation-wide type's level (pre-fill); otherwise 0.
 */
export function guidedLevels(answers: GuidedAnswers, given: Partial<Profile> | undefined, prefill: Profile | null): GuidedResult {
  const profile = {} as Profile;
  const decidedBy = {} as Record<Aspect, ConsequenceCategory[]>;
  const contradicted: Aspect[] = [];
  for (const aspect of aspects) {
    const answered = answers[aspect];
    if (answered && Object.keys(answered).length > 0) {
      const worst = worstConsequence(answered);
      profile[aspect] = worst.level;
      decidedBy[aspect] = worst.decidedBy;
      if (given?.[aspect] !== undefined && given[aspect] !== worst.level) contradicted.push(aspect);
    } else {
      profile[aspect] = given?.[aspect] ?? prefill?.[aspect] ?? 0;
      decidedBy[aspect] = [];
    }
  }
  return { profile, decidedBy, contradicted };
}
