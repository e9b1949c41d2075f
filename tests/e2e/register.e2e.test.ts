import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, eventually, expectAccessible, isFocused, pickLanguage, signInAs, tabTo, useVarnInBrowser, type Session } from './harness';
import { heading, tableRows } from './pageParts';

const { varn, session } = useVarnInBrowser();

/** What the register pages say, in each language (src/web/i18n/sv.ts and en.ts). */
const words = {
  sv: {
    menu: 'Huvudmeny',
    nav: { objects: 'Förvaltningsobjekt', systems: 'System', sets: 'Informationsmängder', types: 'Informationstyper' },
    objectsTitle: 'Förvaltningsobjekt',
    newObject: 'Nytt objekt',
    newObjectDialog: 'Nytt förvaltningsobjekt',
    name: 'Namn',
    orgUnit: 'Förvaltning',
    owner: 'Objektägare',
    critical: 'Kritiskt objekt',
    create: 'Skapa',
    created: (name: string) => `${name} är skapat.`,
    never: 'Aldrig klassad',
    valid: 'Giltig',
    systemsTab: /^System \(\d+\)$/,
    newSystem: 'Nytt system',
    newSystemDialog: (object: string) => `Nytt system i ${object}`,
    supplier: 'Leverantör',
    hosting: 'Drift',
    saas: 'Molntjänst (SaaS)',
    network: 'Nätverk',
    systemsTable: 'System',
    integrationsFor: (system: string) => `Integrationer för ${system}`,
    external: 'Ett externt system',
    externalName: 'Det externa systemets namn',
    addIntegration: 'Lägg till integration',
    removeIntegration: (name: string) => `Ta bort integrationen med ${name}`,
    noIntegrations: 'Systemet har inga integrationer.',
    close: 'Stäng',
    setsTab: /^Informationsmängder \(\d+\)$/,
    newSet: 'Ny informationsmängd',
    newSetDialog: (object: string) => `Ny informationsmängd i ${object}`,
    type: 'Informationstyp',
    typeHint: 'Typens standardklassning K1-R1-T1-S1 förifyller klassningen.',
    setOwner: 'Informationsägare',
    legalBases: 'Lagrum',
    personalData: 'Personuppgifter',
    setSystems: 'System',
    setsTable: 'Informationsmängder',
    notClassified: 'Ej klassad',
    classify: (set: string) => `Klassa ${set}`,
    raise: 'Höj skyddsnivå',
    raiseDialog: (object: string) => `Höj skyddsnivån för ${object}`,
    confidentiality: 'Konfidentialitet (K)',
    levelTwo: '2 – Betydande skada',
    reason: 'Motivering',
    saveRaise: 'Spara skyddsnivån',
    reasonRequired: 'En höjd skyddsnivå behöver en motivering: ackumulering, aggregering eller integration.',
    raised: (object: string) => `Skyddsnivån för ${object} är nu K2-R0-T0-S0.`,
    raiseReasonTerm: 'Motivering till höjningen',
    actionPlanTab: 'Handlingsplan',
    backToList: '← Alla förvaltningsobjekt',
    filters: 'Filtrera förvaltningsobjekt',
    search: 'Sök på namn eller beskrivning',
    state: 'Läge',
    objectsTable: 'Förvaltningsobjekt',
    noObjects: 'Inga förvaltningsobjekt matchar filtret.',
    onlyCritical: 'Bara kritiska objekt',
    setsApproved: '0 av 1',
  },
  en: {
    menu: 'Main menu',
    nav: { objects: 'Management objects', systems: 'Systems', sets: 'Information sets', types: 'Information types' },
    objectsTitle: 'Management objects',
    newObject: 'New object',
    newObjectDialog: 'New management object',
    name: 'Name',
    orgUnit: 'Department',
    owner: 'Object owner',
    critical: 'Critical object',
    create: 'Create',
    created: (name: string) => `${name} has been created.`,
    never: 'Never classified',
    valid: 'Valid',
    systemsTab: /^Systems \(\d+\)$/,
    newSystem: 'New system',
    newSystemDialog: (object: string) => `New system in ${object}`,
    supplier: 'Supplier',
    hosting: 'Hosting',
    saas: 'Software as a service',
    network: 'Network',
    systemsTable: 'Systems',
    integrationsFor: (system: string) => `Integrations of ${system}`,
    external: 'An external system',
    externalName: 'Name of the external system',
    addIntegration: 'Add integration',
    removeIntegration: (name: string) => `Remove the integration with ${name}`,
    noIntegrations: 'The system has no integrations.',
    close: 'Close',
    setsTab: /^Information sets \(\d+\)$/,
    newSet: 'New information set',
    newSetDialog: (object: string) => `New information set in ${object}`,
    type: 'Information type',
    typeHint: "The type's standard classification K1-R1-T1-S1 pre-fills the classification.",
    setOwner: 'Information owner',
    legalBases: 'Legal bases',
    personalData: 'Personal data',
    setSystems: 'Systems',
    setsTable: 'Information sets',
    notClassified: 'Not classified',
    classify: (set: string) => `Classify ${set}`,
    raise: 'Raise protection level',
    raiseDialog: (object: string) => `Raise the protection level of ${object}`,
    confidentiality: 'Confidentiality (K)',
    levelTwo: '2 – Significant',
    reason: 'Reason',
    saveRaise: 'Save the protection level',
    reasonRequired: 'A raised protection level needs a reason: accumulation, aggregation or integration.',
    raised: (object: string) => `The protection level of ${object} is now K2-R0-T0-S0.`,
    raiseReasonTerm: 'Reason for the raise',
    actionPlanTab: 'Action plan',
    backToList: '← All management objects',
    filters: 'Filter management objects',
    search: 'Search by name or description',
    state: 'State',
    objectsTable: 'Management objects',
    noObjects: 'No management objects match the filter.',
    onlyCritical: 'Critical objects only',
    setsApproved: '0 of 1',
  },
};
type Words = (typeof words)['sv'];

const term = (page: Page, name: string) => page.locator('dt', { hasText: name }).locator('xpath=following-sibling::dd[1]');

/**
 * What an owner's day in the register looks like: a new object with its owner, a system with an
 * integration, an information set of a common type, a raised protection level (refused without
 * a reason first), and the object found again in the filtered list.
 */
async function keepTheRegister(s: Session, w: Words, names: { object: string; unit: string; system: string; set: string }, checkAccessibility: boolean) {
  const { page } = s;
  s.expectFailure(422, /^\/api\/v1\/objects\/[^/]+\/profile$/);
  await page.getByRole('navigation', { name: w.menu }).getByRole('link', { name: w.nav.objects, exact: true }).click();
  await heading(page, w.objectsTitle).waitFor();
  await page.getByRole('table', { name: w.objectsTable, exact: true }).waitFor();
  if (checkAccessibility) await expectAccessible(page, 'objects');

  // A new object, with Lena Sundberg as its objektägare.
  await page.getByRole('button', { name: w.newObject, exact: true }).click();
  const create = page.getByRole('dialog', { name: w.newObjectDialog });
  await create.getByRole('textbox', { name: w.name, exact: true }).fill(names.object);
  await choose(create, w.orgUnit, names.unit, names.unit);
  await choose(create, w.owner, /^Lena Sundberg/, 'Lena Sundberg');
  await create.getByRole('checkbox', { name: w.critical }).check();
  if (checkAccessibility) await expectAccessible(page, 'objects with the create dialog open');
  await create.getByRole('button', { name: w.create, exact: true }).click();
  await page.getByText(w.created(names.object)).waitFor();
  await heading(page, names.object).waitFor();
  await eventually(() => term(page, w.owner).innerText()).toBe('Lena Sundberg');
  expect(await term(page, w.state).innerText()).toContain(w.never);
  if (checkAccessibility) await expectAccessible(page, 'object');

  // A system, with an integration added and removed again.
  await page.getByRole('tab', { name: w.systemsTab }).click();
  await page.getByRole('button', { name: w.newSystem, exact: true }).click();
  const system = page.getByRole('dialog', { name: w.newSystemDialog(names.object) });
  await system.getByRole('textbox', { name: w.name, exact: true }).fill(names.system);
  await system.getByRole('textbox', { name: w.supplier, exact: true }).fill('Parkab AB');
  await choose(system, w.hosting, w.saas);
  await system.getByRole('checkbox', { name: w.network }).check();
  await system.getByRole('button', { name: w.create, exact: true }).click();
  await system.waitFor({ state: 'hidden' });
  await eventually(async () => (await tableRows(page, w.systemsTable)).map((row) => row.slice(0, 4))).toEqual([[names.system, 'Parkab AB', w.saas, w.network]]);

  await page.getByRole('button', { name: w.integrationsFor(names.system) }).click();
  const integrations = page.getByRole('dialog', { name: w.integrationsFor(names.system) });
  await integrations.getByText(w.external, { exact: true }).click();
  await integrations.getByRole('textbox', { name: w.externalName }).fill('Transportstyrelsen');
  if (checkAccessibility) await expectAccessible(page, 'object with the integrations dialog open');
  await integrations.getByRole('button', { name: w.addIntegration, exact: true }).click();
  await integrations.getByRole('button', { name: w.removeIntegration('Transportstyrelsen') }).click();
  await integrations.getByText(w.noIntegrations).waitFor();
  await integrations.getByRole('button', { name: w.close, exact: true }).last().click();
  await integrations.waitFor({ state: 'hidden' });

  // An information set of the common type Personuppgifter, held in the new system.
  await page.getByRole('tab', { name: w.setsTab }).click();
  await page.getByRole('button', { name: w.newSet, exact: true }).click();
  const set = page.getByRole('dialog', { name: w.newSetDialog(names.object) });
  await set.getByRole('textbox', { name: w.name, exact: true }).fill(names.set);
  await choose(set, w.type, 'Personuppgifter', 'Personuppgifter');
  await set.getByText(w.typeHint).waitFor();
  await choose(set, w.setOwner, /^Lena Sundberg/, 'Lena Sundberg');
  const legalBases = set.getByLabel(w.legalBases, { exact: true });
  await legalBases.fill('OSL 26 kap. 1 §');
  await legalBases.press('Enter');
  await set.getByRole('checkbox', { name: w.personalData, exact: true }).check();
  await choose(set, w.setSystems, names.system);
  if (checkAccessibility) await expectAccessible(page, 'object with the information set dialog open');
  await set.getByRole('button', { name: w.create, exact: true }).click();
  await set.waitFor({ state: 'hidden' });
  await eventually(() => tableRows(page, w.setsTable)).toEqual([[names.set, 'Lena Sundberg', 'Personuppgifter', w.notClassified, expect.any(String)]]);
  await page.getByRole('link', { name: w.classify(names.set) }).waitFor();

  // Raised above the derived K0-R0-T0-S0: refused without a reason, then saved with one.
  await page.getByRole('button', { name: w.raise, exact: true }).click();
  const raise = page.getByRole('dialog', { name: w.raiseDialog(names.object) });
  await choose(raise, w.confidentiality, w.levelTwo);
  if (checkAccessibility) await expectAccessible(page, 'object with the raise dialog open');
  await raise.getByRole('button', { name: w.saveRaise, exact: true }).click();
  await raise.getByRole('alert').filter({ hasText: w.reasonRequired }).waitFor();
  await raise.getByRole('textbox', { name: w.reason }).fill('Aggregering: uppgifterna tillsammans visar var personer bor och parkerar.');
  await raise.getByRole('button', { name: w.saveRaise, exact: true }).click();
  await page.getByText(w.raised(names.object)).waitFor();
  await raise.waitFor({ state: 'hidden' });
  await eventually(() => term(page, w.raiseReasonTerm).innerText()).toContain('Aggregering');
  expect(await page.getByText('K2-R0-T0-S0', { exact: true }).count()).toBeGreaterThan(0);
  if (checkAccessibility) {
    await page.getByRole('tab', { name: w.actionPlanTab }).click();
    await page.getByRole('heading', { level: 2, name: w.actionPlanTab }).waitFor();
    await expectAccessible(page, 'object with its action plan');
  }

  // Found again in the list, by name and by state; and gone when the state does not match.
  await page.getByRole('link', { name: w.backToList }).click();
  await heading(page, w.objectsTitle).waitFor();
  const filters = page.getByRole('search', { name: w.filters });
  await filters.getByRole('searchbox', { name: w.search }).fill(names.object);
  await eventually(() => tableRows(page, w.objectsTable)).toEqual([[expect.stringContaining(names.object), names.unit, 'Lena Sundberg', expect.stringMatching(/^K2-R0-T0-S0/), w.never, w.setsApproved]]);
  await choose(filters, w.state, w.valid);
  await page.getByText(w.noObjects).waitFor();
  await choose(filters, w.state, w.never);
  await filters.getByRole('switch', { name: w.onlyCritical }).click();
  await eventually(async () => (await tableRows(page, w.objectsTable)).length).toBe(1);
  const exported = new URL((await page.getByRole('link', { name: /Excel/ }).getAttribute('href'))!, varn.url);
  expect(exported.pathname).toBe('/api/v1/objects/export.xlsx');
  expect(Object.fromEntries(exported.searchParams)).toEqual({ q: names.object, status: 'never', critical: 'true' });
}

describe('the register', () => {
  it('lets the CISO keep an object, its system and its information set, in Swedish', async () => {
    const s = await session.open();
    await signInAs(s.page, varn.url, 'ciso@exempelkommun.se');
    await keepTheRegister(s, words.sv, { object: 'E2E Parkeringstillstånd', unit: 'Socialförvaltningen', system: 'Parkera Pro', set: 'Tillståndsärenden' }, true);
  });

  it('works the same in English', async () => {
    const s = await session.open();
    await signInAs(s.page, varn.url, 'admin@exempelkommun.se');
    await pickLanguage(s.page.getByRole('banner'), 'English');
    await s.page.getByText('Your language has been saved.').waitFor();
    await keepTheRegister(s, words.en, { object: 'E2E Library loans', unit: 'Kultur- och fritidsförvaltningen', system: 'Loan Desk', set: 'Loan records' }, false);
    await expectAccessible(s.page, 'objects (English)');
  });

  it('passes axe on the systems, information sets and information types pages', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'ciso@exempelkommun.se');
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });

    await menu.getByRole('link', { name: 'System', exact: true }).click();
    await heading(page, 'System').waitFor();
    await eventually(async () => (await tableRows(page, 'System')).length).toBeGreaterThan(10);
    await expectAccessible(page, 'systems');

    await menu.getByRole('link', { name: 'Informationsmängder', exact: true }).click();
    await heading(page, 'Informationsmängder').waitFor();
    await eventually(async () => (await tableRows(page, 'Informationsmängder')).length).toBeGreaterThan(10);
    await expectAccessible(page, 'information sets');

    // A set's own page, with its classification history.
    const first = page.getByRole('table', { name: 'Informationsmängder', exact: true }).getByRole('row').nth(1).getByRole('link').first();
    const setName = await first.innerText();
    await first.click();
    await heading(page, setName).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Klassningshistorik' }).waitFor();
    await expectAccessible(page, 'information set');

    await menu.getByRole('link', { name: 'Informationstyper', exact: true }).click();
    await heading(page, 'Informationstyper').waitFor();
    await eventually(async () => (await tableRows(page, 'Informationstyper')).map((row) => row[0].split('\n')[0])).toContain('Personuppgifter');
    await expectAccessible(page, 'information types');
  });

  it('works by keyboard: from the list to an object, and between its tabs', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'ciso@exempelkommun.se');
    await page.goto(`${varn.url}/objects?q=Hemtj`);
    await heading(page, 'Förvaltningsobjekt').waitFor();
    const table = page.getByRole('table', { name: 'Förvaltningsobjekt', exact: true });
    const first = table.getByRole('row').nth(1).getByRole('link');
    const name = await first.innerText();
    await page.getByRole('searchbox', { name: 'Sök på namn eller beskrivning' }).focus();
    await tabTo(page, first, 20);
    await page.keyboard.press('Enter');
    await heading(page, name).waitFor();

    const setsTab = page.getByRole('tab', { name: /^Informationsmängder/ });
    await tabTo(page, setsTab, 40);
    await page.keyboard.press('ArrowRight');
    const systemsTab = page.getByRole('tab', { name: /^System \(/ });
    expect(await isFocused(systemsTab)).toBe(true);
    await page.keyboard.press('Enter');
    await eventually(() => systemsTab.getAttribute('aria-selected')).toBe('true');
    expect(new URL(page.url()).searchParams.get('tab')).toBe('systems');
  });

  it('shows an employee no register, and no objects when they type the address', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'employee@exempelkommun.se');
    const links = await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allInnerTexts();
    for (const name of ['Förvaltningsobjekt', 'System', 'Informationsmängder', 'Informationstyper']) expect(links.map((text) => text.trim())).not.toContain(name);
    await page.goto(`${varn.url}/objects`);
    await heading(page, 'Ingen behörighet').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
  });
});
