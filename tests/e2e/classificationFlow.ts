import type { Locator, Page } from 'playwright-core';
import { aspectLabels, aspects, consequenceCategoryLabels, levelLabels, type Aspect, type ConsequenceCategory, type Level } from '../../src/shared/classification/aspects';
import { formatProfile, type Profile } from '../../src/shared/classification/profile';
import { aspectIntros } from '../../src/shared/classification/questions';
import type { Locale } from '../../src/shared/locales';
import { apiAs, expectAccessible, unitNamed } from './harness';

type Api = Awaited<ReturnType<typeof apiAs>>;

/** The id of the person who signs in as `email`. */
export async function personId(api: Api, email: string): Promise<string> {
  const found = await api.get<{ items: Array<{ id: string; email: string }> }>(`/api/v1/people?q=${encodeURIComponent(email)}`);
  const person = found.items.find((item) => item.email === email);
  if (!person) throw new Error(`nobody signs in as ${email}`);
  return person.id;
}

export interface PlannedSet {
  name: string;
  /** An organisation-wide type whose standard profile pre-fills the classification. */
  type?: { name: string; profile: Profile };
}

/**
 * A förvaltningsobjekt in Socialförvaltningen whose objektägare and informationsägare is
 * `ownerId` (on this object only), with the given information sets, all owned by them.
 */
export async function ownedObject(admin: Api, ownerId: string, name: string, sets: PlannedSet[]) {
  const unit = await unitNamed(admin, 'Socialförvaltningen');
  const object = await admin.post<{ id: string }>('/api/v1/objects', { name, orgUnitId: unit.id, ownerId });
  await admin.post(`/api/v1/objects/${object.id}/roles`, { personId: ownerId, role: 'information_owner' });
  const created: Array<{ id: string; name: string }> = [];
  for (const set of sets) {
    const type = set.type
      ? await admin.post<{ id: string }>('/api/v1/information-types', { name: set.type.name, profile: set.type.profile, reasons: { K: 'Uppgifter om hälsa och sociala förhållanden.' } })
      : null;
    created.push(await admin.post<{ id: string; name: string }>('/api/v1/information-sets', { objectId: object.id, name: set.name, informationTypeId: type?.id ?? null, ownerId }));
  }
  return { id: object.id, sets: created, unitId: unit.id };
}

/** Every click, filled field and checked option goes through here, so the test can count them. */
export function countedInteractions() {
  let count = 0;
  return {
    get count() {
      return count;
    },
    async click(locator: Locator) {
      count += 1;
      await locator.click();
    },
    async fill(locator: Locator, text: string) {
      count += 1;
      await locator.fill(text);
    },
    async check(locator: Locator) {
      count += 1;
      await locator.check();
    },
    /** Opening a page by its address stands for the click on a link that leads there. */
    async open(page: Page, url: string) {
      count += 1;
      await page.goto(url);
    },
  };
}

/** The guided flow's words in one language, from the same sources the page uses. */
export function flowTexts(locale: Locale) {
  const sv = locale === 'sv';
  return {
    no: sv ? 'Nej, fortsätt' : 'No, continue',
    next: sv ? 'Nästa' : 'Next',
    approve: sv ? 'Fastställ' : 'Approve',
    approved: sv ? 'Klassningen är fastställd' : 'The classification is approved',
    classifyFirst: (set: string) => (sv ? `Klassa ${set}` : `Classify ${set}`),
    classifyNext: (set: string) => (sv ? `Klassa nästa: ${set}` : `Classify next: ${set}`),
    stepTitle: (aspect: Aspect) => aspectIntros[aspect].title[locale],
    question: (category: ConsequenceCategory) => consequenceCategoryLabels[category][locale],
    level: (level: Level) => `${level} ${levelLabels[level][locale]}`,
    reason: (aspect: Aspect) => (sv ? `Motivering för ${aspectLabels[aspect].sv}` : `Reason for ${aspectLabels[aspect].en}`),
  };
}

/** One set as the owner answers it: the questions that matter to them, a reason or two, and the expected result. */
export interface Answered extends PlannedSet {
  answers: Array<[Aspect, ConsequenceCategory, Level]>;
  reasons: Partial<Record<Aspect, string>>;
  expected: Profile;
}

/** A typical object: one set covered by an organisation-wide type, two answered by hand. */
export function typicalObject(suffix: string): Answered[] {
  return [
    {
      name: `Genomförandeplaner ${suffix}`,
      type: { name: `Känsliga personuppgifter ${suffix}`, profile: { K: 3, R: 2, T: 2, S: 2 } },
      answers: [],
      reasons: {},
      expected: { K: 3, R: 2, T: 2, S: 2 },
    },
    {
      name: `Besöksplanering ${suffix}`,
      answers: [
        ['K', 'person', 2],
        ['R', 'operations', 1],
        ['T', 'person', 3],
        ['S', 'law', 1],
      ],
      reasons: { T: 'Utan besökslistorna vet personalen inte vem som behöver insulin.' },
      expected: { K: 2, R: 1, T: 3, S: 1 },
    },
    {
      name: `Personalscheman ${suffix}`,
      answers: [
        ['K', 'law', 1],
        ['T', 'operations', 2],
      ],
      reasons: { K: 'Scheman visar vem som arbetar var, men inga uppgifter om brukare.' },
      expected: { K: 1, R: 0, T: 2, S: 0 },
    },
  ];
}

/**
 * Classifies every set of the object through the guided flow, from the object page to Fastställd,
 * and returns how many clicks and filled fields it took.
 */
export async function classifyObject(page: Page, baseUrl: string, locale: Locale, objectId: string, sets: Answered[], checkAccessibility: boolean): Promise<number> {
  const ui = flowTexts(locale);
  const counted = countedInteractions();
  await counted.open(page, `${baseUrl}/objects/${objectId}`);
  await counted.click(page.getByRole('link', { name: ui.classifyFirst(sets[0].name), exact: true }));
  for (const [index, set] of sets.entries()) {
    await page.getByRole('button', { name: ui.no }).waitFor();
    if (checkAccessibility && index === 0) await expectAccessible(page, `classification start (${locale})`);
    await counted.click(page.getByRole('button', { name: ui.no }));
    for (const aspect of aspects) {
      await page.getByRole('heading', { level: 2, name: ui.stepTitle(aspect) }).waitFor();
      for (const [answered, category, level] of set.answers) {
        if (answered !== aspect) continue;
        await counted.check(page.getByRole('radiogroup', { name: ui.question(category) }).getByRole('radio', { name: ui.level(level), exact: true }));
      }
      const reason = set.reasons[aspect];
      if (reason) await counted.fill(page.getByRole('textbox', { name: ui.reason(aspect) }), reason);
      if (checkAccessibility && index === 1 && aspect === 'K') await expectAccessible(page, `classification aspect step (${locale})`);
      await counted.click(page.getByRole('button', { name: ui.next, exact: true }));
    }
    await page.getByTestId('summary-profile').getByText(formatProfile(set.expected)).waitFor();
    if (checkAccessibility && index === 0) await expectAccessible(page, `classification summary (${locale})`);
    await counted.click(page.getByRole('button', { name: ui.approve, exact: true }));
    await page.getByRole('heading', { level: 2, name: ui.approved }).waitFor();
    const next = sets[index + 1];
    if (next) await counted.click(page.getByRole('link', { name: ui.classifyNext(next.name) }));
  }
  if (checkAccessibility) await expectAccessible(page, `classification approved (${locale})`);
  return counted.count;
}

