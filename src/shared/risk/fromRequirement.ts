import type { Assessment } from '../actions.js';
import type { Aspect } from '../classification/aspects.js';
import type { Profile } from '../classification/profile.js';

/** The lowest classification level at which an unmet requirement is worth a risk of its own. */
export const draftRiskMinLevel = 2;

/**
 * A requirement assessed "ej uppfyllt" on an object classified at level 2 or more in one of the
 * requirement's aspects can become a draft risk in one step (issue 4).
 */
export function canDraftRisk(action: { source: string; assessment: Assessment | null; aspects: readonly Aspect[] }, profile: Profile): boolean {
  return action.source === 'requirement' && action.assessment === 'not_met' && action.aspects.some((aspect) => profile[aspect] >= draftRiskMinLevel);
}

/** What goes wrong when each aspect fails: the event of the drafted risk, in Swedish and English. */
export const aspectFailureEvents: Record<Aspect, { sv: string; en: string }> = {
  K: { sv: 'obehöriga kommer åt informationen', en: 'unauthorised people gain access to the information' },
  R: { sv: 'informationen blir felaktig eller ändras utan att det märks', en: 'the information becomes wrong or is changed unnoticed' },
  T: { sv: 'informationen eller systemet är inte tillgängligt när det behövs', en: 'the information or the system is unavailable when needed' },
  S: { sv: 'det går inte att spåra vem som gjort vad', en: 'it cannot be traced who did what' },
};
