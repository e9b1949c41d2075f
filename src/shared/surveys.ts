import type { Locale } from './locales.js';

/**
 * The support survey (issue 3): what each förvaltning's contacts need to do classification
 * and risk work. Defined once here; the API validates answers and the web renders the form
 * and the results from the same lists.
 */
export const supportNeeds = ['training', 'workshops', 'templates', 'time'] as const;
export type SupportNeed = (typeof supportNeeds)[number];

export const needLevels = ['none', 'some', 'large'] as const;
export type NeedLevel = (typeof needLevels)[number];

type Text = Record<Locale, string>;

/** Short names for tables and charts. */
export const supportNeedLabels: Record<SupportNeed, Text> = {
  training: { sv: 'Utbildning', en: 'Training' },
  workshops: { sv: 'Stöd vid workshoppar', en: 'Workshop facilitation' },
  templates: { sv: 'Mallar och exempel', en: 'Templates and examples' },
  time: { sv: 'Avsatt tid', en: 'Allocated time' },
};

/** The questions as the contact reads them. */
export const supportNeedQuestions: Record<SupportNeed, Text> = {
  training: {
    sv: 'Behöver du utbildning i informationsklassning och riskanalys?',
    en: 'Do you need training in information classification and risk analysis?',
  },
  workshops: {
    sv: 'Behöver du stöd av informationssäkerhetsstrategen när ni håller workshoppar?',
    en: 'Do you need the information-security strategist to help run your workshops?',
  },
  templates: {
    sv: 'Behöver du mallar och exempel från andra förvaltningar?',
    en: 'Do you need templates and examples from other administrations?',
  },
  time: {
    sv: 'Behöver du och dina kollegor mer avsatt tid för arbetet?',
    en: 'Do you and your colleagues need more time set aside for the work?',
  },
};

export const needLevelLabels: Record<NeedLevel, Text> = {
  none: { sv: 'Inget behov', en: 'No need' },
  some: { sv: 'Visst behov', en: 'Some need' },
  large: { sv: 'Stort behov', en: 'Large need' },
};

export const maxHoursPerMonth = 200;

export const hoursQuestion: Text = {
  sv: 'Hur många timmar per månad kan du lägga på klassning och riskarbete?',
  en: 'How many hours a month could you spend on classification and risk work?',
};

export const commentQuestion: Text = {
  sv: 'Något mer du vill berätta? (Svaren visas utan namn.)',
  en: 'Anything else you would like to tell us? (Answers are shown without names.)',
};

/** The unit types whose contacts are asked: answers are summed up per förvaltning or bolag. */
export const surveyUnitTypes = ['forvaltning', 'bolag'] as const;

/** The roles that make someone a förvaltning's contact for classification and risk work. */
export const surveyContactRoles = ['object_owner', 'information_owner', 'business_service_manager'] as const;

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
