import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, choose, eventually, expectAccessible, pickLanguage, signInAs, tabTo, useVarnInBrowser } from './harness';
import { heading, menu, notice, tableRows } from './pageParts';

const { varn, session } = useVarnInBrowser();

/** Fills the "Ny riskanalys" dialog's title, purpose and riskägare and creates it; waits for the analysis page. */
async function createAnalysis(page: Page, dialog: Locator, w: { title: string; purpose: string; riskOwner?: string; create: string }, title: string) {
  await dialog.getByRole('textbox', { name: w.title, exact: true }).fill(title);
  await dialog.getByRole('textbox', { name: w.purpose }).fill('Att förstå vad som hotar verksamheten och vad vi gör åt det.');
  if (w.riskOwner) await choose(dialog, w.riskOwner, /^Lena Sundberg/, 'Lena Sundberg');
  await dialog.getByRole('button', { name: w.create, exact: true }).click();
  await heading(page, title).waitFor();
}

describe('risk analysis in the browser', () => {
  it('takes the CISO from a new analysis of an object to an accepted, treated risk', async () => {
    const s = await session.open();
    const { page } = s;
    const object = 'Budget- och skuldrådgivning';
    // Its own title: the demo may hold other analyses of the same object.
    const title = 'Riskanalys inför nytt skuldsaneringsstöd';
    await signInAs(page, varn.url, 'ciso@exempelkommun.se');
    await menu(page, 'Huvudmeny').getByRole('link', { name: 'Riskanalyser', exact: true }).click();
    await heading(page, 'Riskanalyser').waitFor();
    await page.getByRole('table', { name: 'Riskanalyser' }).waitFor();
    await expectAccessible(page, 'risk analyses');

    // A new analysis of the object, found by searching the register.
    // By keyboard: Tab to "Ny riskanalys" and open it with Enter.
    await tabTo(page, page.getByRole('button', { name: 'Ny riskanalys' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ny riskanalys' });
    expect(await dialog.getByRole('radio', { name: 'Förvaltningsobjekt' }).isChecked()).toBe(true);
    await choose(dialog, 'Förvaltningsobjekt', /^Budget- och skuldrådgivning/, 'Budget- och skuld');
    await expectAccessible(page, 'new risk analysis dialog');
    await createAnalysis(page, dialog, { title: 'Titel', purpose: 'Syfte', riskOwner: 'Riskägare', create: 'Skapa' }, title);
    await notice(page, `Riskanalysen ${title} är skapad.`);
    await page.getByRole('definition').filter({ hasText: 'Planerad' }).waitFor();
    // The input: the object's classification profile, with a link to the object.
    await page.getByRole('link', { name: `Öppna ${object}` }).waitFor();
    await page.getByText('Analysen har inga risker ännu.').waitFor();
    await expectAccessible(page, 'risk analysis');

    await page.getByRole('button', { name: 'Flytta till Pågår' }).click();
    await notice(page, 'Analysen har nu status Pågår.');
    await page.getByRole('button', { name: 'Tillbaka till Planerad' }).waitFor();

    // A procurement calls for a new analysis before the yearly date.
    await page.getByRole('button', { name: 'Begär ny analys' }).click();
    const review = page.getByRole('dialog', { name: 'Begär ny analys' });
    await choose(review, 'Anledning', 'Upphandling');
    await review.getByRole('button', { name: 'Begär ny analys' }).click();
    await notice(page, 'En ny analys är begärd.');
    await page.getByRole('definition').filter({ hasText: /^Upphandling$/ }).waitFor();

    // A risk from the threat catalogue: its texts are filled in, the score shows as it is chosen.
    await page.getByRole('button', { name: 'Lägg till risk' }).click();
    const riskDialog = page.getByRole('dialog', { name: 'Lägg till risk' });
    await choose(riskDialog, 'Hot ur hotkatalogen', 'Utpressningsvirus', 'Utpress');
    expect(await riskDialog.getByRole('textbox', { name: '… inträffar …' }).inputValue()).toContain('utpressningsvirus');
    expect(await riskDialog.getByRole('combobox', { name: 'Hotkälla' }).inputValue()).toBe('Människa, avsiktlig');
    await riskDialog.getByText(/^På grund av att en anställd öppnar en skadlig bilaga .* inträffar en attack med utpressningsvirus .* vilket leder till att verksamhetssystem/).waitFor();
    await riskDialog.getByText('Välj sannolikhet och konsekvens för att se riskvärdet.').waitFor();
    await choose(riskDialog, 'Sannolikhet', /^4 – Mycket hög/);
    await choose(riskDialog, 'Konsekvens', /^3 – Betydande/);
    await riskDialog.getByText('4 × 3 = 12').waitFor();
    await riskDialog.getByText('Hög', { exact: true }).waitFor();
    await expectAccessible(page, 'add risk dialog');
    await riskDialog.getByRole('button', { name: 'Lägg till risk' }).click();
    await notice(page, 'Risken Utpressningsvirus är tillagd.');
    await eventually(() => tableRows(page, 'Risker i analysen')).toEqual([['Utpressningsvirus', 'Människa, avsiktlig', 'K, R, T', '4 × 3 = 12', 'Hög', '–', '–', 'Öppen']]);

    // The risk: treatment "reduce" needs a rationale; the residual level follows the choice.
    await page.getByRole('table', { name: 'Risker i analysen' }).getByRole('link', { name: 'Utpressningsvirus' }).click();
    await heading(page, 'Utpressningsvirus').waitFor();
    await expectAccessible(page, 'risk');
    const treatment = page.getByRole('form', { name: 'Behandling' });
    await treatment.getByRole('radio', { name: 'Reducera' }).check();
    await treatment.getByRole('button', { name: 'Spara behandlingen' }).click();
    await treatment.getByText('Skriv en motivering till behandlingen.').waitFor();
    const treat = async () => {
      await treatment.getByRole('radio', { name: 'Reducera' }).check();
      await treatment.getByRole('textbox', { name: 'Motivering' }).fill('Säkerhetskopior offline och flerfaktorsinloggning minskar både sannolikhet och skada.');
      await choose(treatment, 'Kvarvarande sannolikhet', /^2 – Medel/);
      await choose(treatment, 'Kvarvarande konsekvens', /^3 – Betydande/);
      await treatment.getByText('2 × 3 = 6').waitFor();
      await treatment.getByText('Medelhög', { exact: true }).waitFor();
      await treatment.getByRole('button', { name: 'Spara behandlingen' }).click();
    };
    // Someone else changes the risk meanwhile: the save is refused, and "Ladda om" fetches theirs.
    const riskPath = `/api/v1${new URL(page.url()).pathname}`;
    const colleague = await apiAs(varn.url, 'ciso@exempelkommun.se');
    const current = await colleague.get<{ version: number }>(riskPath);
    await colleague.patch(riskPath, { version: current.version, aspects: ['K', 'R', 'T', 'S'] });
    s.expectFailure(409, riskPath);
    await treat();
    await treatment.getByRole('alert').filter({ hasText: 'Någon annan har ändrat detta medan du arbetade.' }).waitFor();
    await treatment.getByRole('button', { name: 'Ladda om' }).click();
    await page.getByRole('definition').filter({ hasText: 'Spårbarhet' }).waitFor();
    await treat();
    await notice(page, 'Behandlingen är sparad.');

    // A reduction action in the shared action model.
    await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    const actionDialog = page.getByRole('dialog', { name: 'Ny åtgärd för risken' });
    await actionDialog.getByRole('textbox', { name: 'Åtgärd' }).fill('Inför säkerhetskopior som inte kan skrivas över');
    await actionDialog.getByLabel('Klart senast').fill('2030-06-30');
    await actionDialog.getByRole('button', { name: 'Skapa', exact: true }).click();
    await notice(page, 'Åtgärden är tillagd.');
    await eventually(async () => (await tableRows(page, 'Åtgärder för risken')).map((row) => row.slice(0, 2))).toEqual([['Inför säkerhetskopior som inte kan skrivas över', '–']]);

    // Accepting the residual (medium) risk, a year ahead by default.
    const acceptance = page.getByRole('form', { name: 'Acceptera risken' });
    await acceptance.getByRole('textbox', { name: 'Motivering' }).fill('Kvarvarande risk är rimlig med åtgärderna på plats.');
    const expires = await acceptance.getByLabel('Gäller till').inputValue();
    expect(expires.slice(0, 4)).toBe(String(new Date().getFullYear() + 1));
    await acceptance.getByRole('button', { name: 'Acceptera risk' }).click();
    await notice(page, 'Risken är accepterad.');
    await page.getByText(/^Accepterad till /).waitFor();
    await page.getByRole('definition').filter({ hasText: /^Accepterad$/ }).waitFor();
    await page.getByText(/^Karin Ekström \(Kommunstrateg informationssäkerhet\), /).first().waitFor();
    await eventually(async () => (await tableRows(page, 'Acceptanshistorik')).map((row) => [row[1], row[2]])).toEqual([['Medelhög', 'Accepterad']]);
    await expectAccessible(page, 'accepted risk');

    // Back on the list: the analysis with its one risk and highest level.
    await page.getByRole('link', { name: `← Till analysen ${title}` }).click();
    await heading(page, title).waitFor();
    await page.getByRole('link', { name: '← Alla riskanalyser' }).click();
    await page.getByRole('searchbox', { name: 'Sök på titel, syfte eller objekt' }).fill('nytt skuldsaneringsstöd');
    await eventually(async () => (await tableRows(page, 'Riskanalyser')).map((row) => [row[0], row[1], row[4], row[6], row[7]])).toEqual([
      [title, `Förvaltningsobjekt: ${object}`, 'Pågår', '1', 'Hög'],
    ]);
  });

  it('gives an employee no menu item and an honest no-access page', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'employee@exempelkommun.se');
    expect(await menu(page, 'Huvudmeny').getByRole('link', { name: 'Riskanalyser' }).count()).toBe(0);
    await page.goto(`${varn.url}/risk-analyses`);
    await heading(page, 'Ingen behörighet').waitFor();
    expect(await page.getByRole('button', { name: 'Ny riskanalys' }).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it('speaks English to an object owner who starts an analysis from the object page', async () => {
    const { page } = await session.open();
    const object = 'Familjerätt';
    const title = 'Risk analysis of the new case system';
    await signInAs(page, varn.url, 'owner@exempelkommun.se');
    await pickLanguage(page.getByRole('banner'), 'English');
    await menu(page, 'Main menu').getByRole('link', { name: 'Management objects', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search by name or description' }).fill(object);
    await page.getByRole('table', { name: 'Management objects' }).getByRole('link', { name: object, exact: true }).click();
    await heading(page, object).waitFor();
    const section = page.getByRole('region', { name: 'Risk analyses' });
    await section.getByRole('button', { name: 'Start risk analysis' }).click();
    const dialog = page.getByRole('dialog', { name: 'New risk analysis' });
    await eventually(() => dialog.getByRole('combobox', { name: 'Management object' }).inputValue()).toMatch(/^Familjerätt/);
    // An object-scoped owner sees no people register to pick a risk owner from, so none is chosen.
    await createAnalysis(page, dialog, { title: 'Title', purpose: 'Purpose', create: 'Create' }, title);
    await notice(page, `The risk analysis ${title} has been created.`);
    await page.getByRole('definition').filter({ hasText: 'Planned' }).waitFor();
    await page.getByRole('button', { name: 'Move to In progress' }).waitFor();

    await page.getByRole('button', { name: 'Add risk' }).click();
    const riskDialog = page.getByRole('dialog', { name: 'Add a risk' });
    await choose(riskDialog, 'Threat from the catalogue', 'Phishing and credential theft', 'Phishing');
    await riskDialog.getByText(/^Because of convincing phishing/).waitFor();
    await choose(riskDialog, 'Likelihood', /^4 – Very high/);
    await choose(riskDialog, 'Impact', /^3 – Significant/);
    await riskDialog.getByText('4 × 3 = 12').waitFor();
    await riskDialog.getByText('High', { exact: true }).waitFor();
    await riskDialog.getByRole('button', { name: 'Add risk' }).click();
    await notice(page, 'The risk Phishing and credential theft has been added.');
    await eventually(() => tableRows(page, 'Risks in the analysis')).toEqual([['Phishing and credential theft', 'Human, deliberate', 'K, R, S', '4 × 3 = 12', 'High', '–', '–', 'Open']]);
    await page.getByRole('columnheader', { name: 'Residual level' }).waitFor();
    await expectAccessible(page, 'risk analysis in English');

    await page.getByRole('table', { name: 'Risks in the analysis' }).getByRole('link', { name: 'Phishing and credential theft' }).click();
    await heading(page, 'Phishing and credential theft').waitFor();
    for (const name of ['Treatment', 'Actions', 'Acceptance']) await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    await page.getByRole('form', { name: 'Treatment' }).getByRole('radio', { name: 'Reduce' }).waitFor();
    await page.getByText('The risk has not been accepted.').waitFor();
    // A high risk is the department manager's to accept, not the object owner's: no form is offered.
    await page.getByText("At this level, the department's manager may accept the risk.").waitFor();
    expect(await page.getByRole('button', { name: 'Accept risk' }).count()).toBe(0);
    await expectAccessible(page, 'risk in English');
  });
});
