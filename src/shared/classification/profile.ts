import { aspects, levels, type Aspect, type ConsequenceCategory, type Level } from './aspects.js';

/** A classification result: one level per aspect, written `K2-R2-T3-S1`. */
export type Profile = Record<Aspect, Level>;

export const emptyProfile: Profile = { K: 0, R: 0, T: 0, S: 0 };

export function formatProfile(profile: Profile): string {
  return aspects.map((aspect) => `${aspect}${profile[aspect]}`).join('-');
}

/** Reads `K2-R2-T3-S1` (any order of the four, each once); null when it is not one. */
export function parseProfile(text: string): Profile | null {
  const parts = text.trim().toUpperCase().split('-');
  if (parts.length !== aspects.length) return null;
  const profile: Partial<Profile> = {};
  for (const part of parts) {
    const match = /^([KRTS])([0-4])$/.exec(part);
    if (!match) return null;
    const aspect = match[1] as Aspect;
    if (profile[aspect] !== undefined) return null;
    profile[aspect] = Number(match[2]) as Level;
  }
  return profile as Profile;
}

/** Element-wise maximum: a system or object holds at least the highest level of any of its information. */
export function maximumProfile(profiles: readonly Profile[]): Profile {
  const result = { ...emptyProfile };
  for (const profile of profiles) {
    for (const aspect of aspects) result[aspect] = Math.max(result[aspect], profile[aspect]) as Level;
  }
  return result;
}

/** The aspects where `candidate` is below `floor` (empty when it is at least as high everywhere). */
export function aspectsBelow(candidate: Profile, floor: Profile): Aspect[] {
  return aspects.filter((aspect) => candidate[aspect] < floor[aspect]);
}

export function isRaisedAbove(candidate: Profile, floor: Profile): boolean {
  return aspects.some((aspect) => candidate[aspect] > floor[aspect]);
}

/** The worst answer decides an aspect's level; also says which categories gave it, to show why. */
export function worstConsequence(answers: Partial<Record<ConsequenceCategory, Level>>): { level: Level; decidedBy: ConsequenceCategory[] } {
  const entries = Object.entries(answers) as Array<[ConsequenceCategory, Level]>;
  const level = Math.max(0, ...entries.map(([, value]) => value)) as Level;
  return { level, decidedBy: level === 0 ? [] : entries.filter(([, value]) => value === level).map(([category]) => category) };
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && (levels as readonly number[]).includes(value);
}

/** Handling labels: not the protective-security classes of säkerhetsskyddslagen. */
export const handlingLabels = ['public', 'internal', 'confidential', 'secret'] as const;
export type HandlingLabel = (typeof handlingLabels)[number];

export const handlingLabelNames: Record<HandlingLabel, { sv: string; en: string }> = {
  public: { sv: 'Öppen', en: 'Public' },
  internal: { sv: 'Intern', en: 'Internal' },
  confidential: { sv: 'Konfidentiell', en: 'Confidential' },
  secret: { sv: 'Hemlig', en: 'Secret' },
};

/** Default handling label from the K level (K0 öppen, K1 intern, K2 konfidentiell, K3 hemlig). */
export function defaultHandlingLabel(confidentiality: Level): HandlingLabel {
  const byLevel: Record<Level, HandlingLabel> = { 0: 'public', 1: 'internal', 2: 'confidential', 3: 'secret', 4: 'secret' };
  return byLevel[confidentiality];
}
