import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, choose, eventually, expectAccessible, pickLanguage, signInAs, tabTo, useVarnInBrowser } from './harness';
import { heading, menu, notice, section, tableRows } from './pageParts';

const { varn, session } = useVarnInBrowser();

/** The status buttons the page offers, in order. */
async function statusButtons(page: Page, group = 'Flytta incidenten'): Promise<string[]> {
  const buttons = page.getByRole('group', { name: group }).getByRole('button');
  await buttons.first().waitFor();
  return (await buttons.allInnerTexts()).map((text) => text.trim());
}

/** A classified förvaltningsobjekt whose highest level is K3, for the severity suggestion "3 (Hög) — name K3". */
async function objectWithK3(): Promise<string> {
  const ciso = await apiAs(varn.url, 'ciso@exempelkommun.se');
  const { items } = await ciso.get<{ items: { name: string; approvedSetCount: number; profile: Record<string, number> }[] }>('/api/v1/objects?limit=1000');
  const found = items.find((object) => object.approvedSetCount > 0 && object.profile.K === 3);
  if (!found) throw new Error('the demo has no classified object with K3');
  return found.name;
}

/** An object with a risk analysis, for turning a lesson into a risk there. */
async function objectWithAnalysis(): Promise<{ objectId: string; objectName: string; analysisTitle: string }> {
  const ciso = await apiAs(varn.url, 'ciso@exempelkommun.se');
  const { items } = await ciso.get<{ items: { objectId: string | null; objectName: string | null; title: string }[] }>('/api/v1/risk-analyses?limit=200');
  const found = items.find((analysis) => analysis.objectId && analysis.objectName);
  if (!found) throw new Error('the demo has no risk analysis of an object');
  return { objectId: found.objectId!, objectName: found.objectName!, analysisTitle: found.title };
}

/**
 * Picks an option in a Mantine MultiSelect: the visible field lies over its input, so focus the
 * input and open the list by typing (searchable) or with the arrow key, as a keyboard user does.
 */
async function pickMany(scope: Locator, label: string, option: string | RegExp, search?: string) {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  await box.focus();
  if (search !== undefined) await box.fill(search);
  else await box.press('ArrowDown');
  await scope.page().getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  await box.press('Escape');
}

/** 1×1 transparent PNG, so the server's type sniffing sees an image. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('incidents in the browser', () => {
  it('lets an employee report an incident and follow it under Mina anmälningar, seeing nobody else’s', async () => {
    const s = await session.open();
    const { page } = s;
    const title = `Borttappat USB-minne med elevlistor ${Date.now()}`;
    await signInAs(page, varn.url, 'employee@exempelkommun.se');
    expect((await menu(page).getByRole('link').allInnerTexts()).map((text) => text.trim())).toEqual(['Start', 'Rapportera incident', 'Mina anmälningar', 'Min profil']);

    // By keyboard: to the menu item, and through the form.
    await tabTo(page, menu(page).getByRole('link', { name: 'Rapportera incident' }));
    await page.keyboard.press('Enter');
    await heading(page, 'Rapportera incident').waitFor();
    await page.getByText('Allt räknas, inte bara IT').waitFor();
    await page.getByText(/papper med känsliga uppgifter har blivit liggande i skrivaren/).waitFor();
    await expectAccessible(page, 'report form');
    // The manager-only fields are not offered to an employee.
    expect(await page.getByRole('combobox', { name: 'Hur kom anmälan in?' }).count()).toBe(0);

    // Sent empty, and with the event after the moment it was noticed: each complaint at its field.
    const form = page.getByRole('form', { name: 'Anmälan' });
    await form.getByRole('textbox', { name: 'När märkte du det?' }).fill('2026-03-02T10:00');
    await form.getByRole('textbox', { name: 'När hände det?' }).fill('2026-03-02T11:00');
    await form.getByRole('button', { name: 'Skicka anmälan' }).click();
    await expect.poll(() => form.getByRole('textbox', { name: 'Vad har hänt?' }).getAttribute('aria-invalid')).toBe('true');
    await form.getByText('Kan inte vara före tiden då det hände.').waitFor();
    await expectAccessible(page, 'report form with field errors');

    await form.getByRole('textbox', { name: 'Vad har hänt?' }).fill(title);
    await form.getByRole('textbox', { name: 'Beskriv händelsen' }).fill('Jag tappade USB-minnet på bussen hem. Det innehöll elevlistor med namn och klass.');
    await form.getByRole('textbox', { name: 'När hände det?' }).fill('2026-03-02T08:00');
    await tabTo(page, form.getByRole('radio', { name: 'Ja' }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await form.getByRole('radio', { name: 'Vet inte' }).isChecked()).toBe(true);
    await tabTo(page, form.getByRole('button', { name: 'Skicka anmälan' }));
    await page.keyboard.press('Enter');
    const receipt = page.getByRole('status').filter({ hasText: 'Tack, din anmälan är mottagen' });
    const number = (await receipt.getByText(/^Din anmälan har nummer \d{4}-\d{4}$/).innerText()).replace('Din anmälan har nummer ', '');
    await expectAccessible(page, 'report receipt');

    await receipt.getByRole('link', { name: 'Mina anmälningar' }).click();
    await heading(page, 'Mina anmälningar').waitFor();
    await eventually(async () => (await tableRows(page, 'Mina anmälningar')).find((row) => row[1] === title)?.slice(0, 3)).toEqual([number, title, 'Anmäld']);
    await expectAccessible(page, 'my reports');
    // Only their own: what the list shows is what the API gives them, and all of it is theirs.
    const employee = await apiAs(varn.url, 'employee@exempelkommun.se');
    const mine = await employee.get<{ items: { mine: boolean }[]; total: number }>('/api/v1/incidents?limit=1000');
    expect(mine.items.every((item) => item.mine)).toBe(true);
    expect((await tableRows(page, 'Mina anmälningar')).length).toBe(Math.min(mine.total, 50));

    await page.getByRole('table', { name: 'Mina anmälningar' }).getByRole('link', { name: title }).click();
    await heading(page, `${number} ${title}`).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Tack för din anmälan' }).waitFor();
    await page.getByRole('definition').filter({ hasText: /^Anmäld$/ }).waitFor();
    expect(await page.getByRole('heading', { name: 'Bedömning' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Flytta till/ }).count()).toBe(0);
    // What the reporter remembers later goes with the report: a note and a picture.
    const timeline = section(page, 'Tidslinje');
    await timeline.getByRole('textbox', { name: 'Ny anteckning' }).fill('Minnet var inte krypterat.');
    await timeline.getByRole('button', { name: 'Lägg till anteckning' }).click();
    await notice(page, 'Anteckningen är tillagd.');
    await timeline.getByText('Minnet var inte krypterat.').waitFor();
    const attachments = section(page, 'Bilagor');
    await attachments.locator('input[type="file"]').setInputFiles({ name: 'busskort.png', mimeType: 'image/png', buffer: png });
    await attachments.getByRole('button', { name: 'Ladda upp' }).click();
    await notice(page, 'busskort.png är uppladdad.');
    await attachments.getByRole('table', { name: 'Bilagor' }).getByRole('link', { name: 'busskort.png' }).waitFor();
    await expectAccessible(page, 'reporter view');

    // The register and another person's incident stay closed.
    await page.goto(`${varn.url}/incidents`);
    await heading(page, 'Ingen behörighet').waitFor();
    const manager = await apiAs(varn.url, 'incident@exempelkommun.se');
    const other = await manager.post<{ id: string }>('/api/v1/incidents', { title: 'Driftstörning i växeln', description: 'Telefonväxeln svarar inte.' });
    // Not even its existence: the answer is the same as for an incident that is not there.
    s.expectFailure(404, `/api/v1/incidents/${other.id}`);
    await page.goto(`${varn.url}/incidents/${other.id}`);
    await page.getByRole('alert').filter({ hasText: 'Det du söker finns inte, eller så har du inte tillgång till det.' }).waitFor();
    expect(await page.getByText('Telefonväxeln svarar inte.').count()).toBe(0);
  });

  it('lets the incident manager triage, move, note, task and attach, one status step at a time', async () => {
    const { page } = await session.open();
    const title = `Nätfiskemejl till skolans personal ${Date.now()}`;
    const object = await objectWithK3();
    const employee = await apiAs(varn.url, 'employee@exempelkommun.se');
    await employee.post('/api/v1/incidents', { title, description: 'Ett mejl som ser ut att komma från lönekontoret ber om inloggning.' });

    await signInAs(page, varn.url, 'incident@exempelkommun.se');
    await menu(page).getByRole('link', { name: 'Incidenter', exact: true }).click();
    await heading(page, 'Incidenter').waitFor();
    await page.getByRole('searchbox', { name: 'Sök på nummer, rubrik eller beskrivning' }).fill(title);
    await eventually(async () => (await tableRows(page, 'Incidenter')).map((row) => row[1])).toEqual([title]);
    // The unit filter takes the unit and everything under it: the report is not in another förvaltning.
    const filters = page.getByRole('search', { name: 'Filtrera incidenter' });
    const unitOf = (await tableRows(page, 'Incidenter'))[0]![4]!;
    await choose(filters, 'Enhet, med enheterna under', 'Kultur- och fritidsförvaltningen', 'Kultur- och fritids');
    await page.getByText('Inga incidenter matchar filtret.').waitFor();
    await choose(filters, 'Enhet, med enheterna under', unitOf, unitOf);
    await eventually(async () => (await tableRows(page, 'Incidenter')).map((row) => row[1])).toEqual([title]);
    await expectAccessible(page, 'incident register');
    await page.getByRole('table', { name: 'Incidenter' }).getByRole('link', { name: title }).click();
    await heading(page, new RegExp(`^\\d{4}-\\d{4} ${title}$`)).waitFor();

    // No skipping: from Anmäld only to Bedömd, or out as Avfärdad.
    expect(await statusButtons(page)).toEqual(['Flytta till Bedömd', 'Flytta till Avfärdad']);
    await page.getByText('Inga lagstadgade rapporteringsfrister: incidenten är inte betydande och rör inte personuppgifter.').waitFor();
    await expectAccessible(page, 'incident page');

    const triage = page.getByRole('form', { name: 'Bedömning' });
    await choose(triage, 'Typ av incident (RSIT-klass)', 'Bedrägeri', 'Bedr');
    await choose(triage, 'Undertyp (RSIT-typ)', 'Nätfiske', 'Nät');
    await pickMany(triage, 'Kategorier (MSB)', 'Angrepp');
    await choose(triage, 'Orsak', 'Mänsklig handling i antagonistiskt syfte');
    await triage.getByRole('checkbox', { name: 'K – Konfidentialitet' }).check();
    await pickMany(triage, 'Berörda förvaltningsobjekt', new RegExp(`^${object}`), object);
    await triage.getByText(`Föreslagen: 3 (Hög) — ${object} K3`).waitFor();
    await triage.getByRole('button', { name: 'Använd förslaget' }).click();
    expect(await triage.getByRole('combobox', { name: 'Allvarlighetsgrad' }).inputValue()).toBe('3 Hög');
    await triage.getByRole('checkbox', { name: 'Personuppgifter berörs' }).check();
    await triage.getByRole('textbox', { name: 'Uppskattat antal berörda personer' }).fill('120');
    await triage.getByRole('checkbox', { name: 'Betydande incident enligt cybersäkerhetslagen' }).check();
    await triage.getByRole('checkbox', { name: /^a\) Allvarlig driftstörning eller ekonomisk förlust/ }).check();
    await triage.getByText(/Incidenten har påverkat, eller kan påverka, andra personer eller organisationer/).waitFor();
    await expectAccessible(page, 'incident page with the triage filled in');
    await triage.getByRole('button', { name: 'Spara bedömningen' }).click();
    await notice(page, 'Bedömningen är sparad.');

    // Significant with personal data: the NIS2 and GDPR clocks, counting down in Stockholm time.
    const deadlines = section(page, 'Rapporteringsfrister');
    await eventually(async () => (await tableRows(deadlines, 'Rapporteringsfrister')).map((row) => row[0])).toEqual([
      'Tidig varning till CSIRT (24 h)',
      'Incidentanmälan till CSIRT (72 h)',
      'Slutrapport till CSIRT',
      'Anmälan till IMY (72 h)',
    ]);
    const early = (await tableRows(deadlines, 'Rapporteringsfrister'))[0]!;
    expect(early[2]).toMatch(/^om \d+ h( \d+ min)?$/);
    expect(early[3]).toBe('Väntar');
    await deadlines.getByRole('button', { name: 'Registrera inskickad: Tidig varning till CSIRT (24 h)' }).click();
    const submitted = page.getByRole('dialog', { name: 'Registrera inskickad' });
    await submitted.getByRole('textbox', { name: 'Mottagarens referens (valfri)' }).fill('CERT-SE 2026-117');
    await submitted.getByRole('button', { name: 'Registrera inskickad' }).click();
    await notice(page, 'Tidig varning till CSIRT (24 h) är registrerad som inskickad.');
    await eventually(async () => (await tableRows(deadlines, 'Rapporteringsfrister'))[0]?.[3]).toBe('Inskickad');

    // One step: Bedömd, with a note; from there still no jump to Åtgärdad.
    await page.getByRole('button', { name: 'Flytta till Bedömd' }).click();
    const move = page.getByRole('dialog', { name: 'Flytta till Bedömd' });
    await move.getByRole('textbox', { name: 'Anteckning (valfri)' }).fill('Bekräftat nätfiske, spärrat avsändaren.');
    await move.getByRole('button', { name: 'Flytta', exact: true }).click();
    await notice(page, 'Incidenten är nu Bedömd.');
    expect(await statusButtons(page)).toEqual(['Flytta till Under hantering', 'Flytta till Eskalerad till krisledning', 'Flytta till Avfärdad']);

    const timeline = section(page, 'Tidslinje');
    await timeline.getByText('Status: Anmäld → Bedömd').waitFor();
    await timeline.getByText('Bekräftat nätfiske, spärrat avsändaren.').waitFor();
    await timeline.getByText('Allvarlighetsgrad: Ej bedömd → 3 Hög').waitFor();
    await timeline.getByRole('textbox', { name: 'Ny anteckning' }).fill('Varning skickad till all personal.');
    await timeline.getByRole('button', { name: 'Lägg till anteckning' }).click();
    await notice(page, 'Anteckningen är tillagd.');
    await timeline.getByText('Varning skickad till all personal.').waitFor();

    const tasks = section(page, 'Uppgifter');
    await tasks.getByRole('button', { name: 'Ny uppgift' }).click();
    const taskDialog = page.getByRole('dialog', { name: 'Ny uppgift' });
    await taskDialog.getByRole('textbox', { name: 'Uppgift' }).fill('Återställ lösenord för dem som klickade');
    await choose(taskDialog, 'Ansvarig', /^Mats Lundin/, 'Mats Lundin');
    await taskDialog.getByLabel('Klar senast').fill('2026-12-01');
    await expectAccessible(page, 'new task dialog');
    await taskDialog.getByRole('button', { name: 'Lägg till' }).click();
    await notice(page, 'Uppgiften är tillagd.');
    await eventually(async () => (await tableRows(tasks, 'Uppgifter')).map((row) => row.slice(0, 2))).toEqual([['Återställ lösenord för dem som klickade', 'Mats Lundin']]);
    // Ticked when the server has it: the box follows the saved task.
    await tasks.getByRole('checkbox', { name: 'Klar: Återställ lösenord för dem som klickade' }).click();
    await eventually(() => tasks.getByRole('checkbox', { name: 'Klar: Återställ lösenord för dem som klickade' }).isChecked()).toBe(true);

    const attachments = section(page, 'Bilagor');
    await attachments.locator('input[type="file"]').setInputFiles({ name: 'skarmbild.png', mimeType: 'image/png', buffer: png });
    await attachments.getByRole('button', { name: 'Ladda upp' }).click();
    await notice(page, 'skarmbild.png är uppladdad.');
    const link = attachments.getByRole('table', { name: 'Bilagor' }).getByRole('link', { name: 'skarmbild.png' });
    expect(await link.getAttribute('href')).toMatch(/^\/api\/v1\/incidents\/[0-9a-f-]+\/attachments\/[0-9a-f-]+$/);
    await expectAccessible(page, 'incident page after handling');
  });

  it('records the legal reports and turns the lessons learned into a risk and an action', async () => {
    const { page } = await session.open();
    const title = `Utpressningsprogram i filservern ${Date.now()}`;
    const { objectId, objectName, analysisTitle } = await objectWithAnalysis();
    const manager = await apiAs(varn.url, 'incident@exempelkommun.se');
    const created = await manager.post<{ id: string; version: number }>('/api/v1/incidents', { title, description: 'Filer krypterade på filservern.' });
    await manager.patch(`/api/v1/incidents/${created.id}`, { version: created.version, objectIds: [objectId], aspects: ['T'], cause: 'malicious_human', significant: true, significantCriteria: ['a'], personalData: true });

    await signInAs(page, varn.url, 'incident@exempelkommun.se');
    await page.goto(`${varn.url}/incidents/${created.id}`);
    await heading(page, new RegExp(`${title}$`)).waitFor();
    await page.getByRole('button', { name: 'Flytta till Bedömd' }).click();
    await page.getByRole('dialog', { name: 'Flytta till Bedömd' }).getByRole('textbox', { name: 'Anteckning (valfri)' }).waitFor();
    await expectAccessible(page, 'status dialog');
    await page.keyboard.press('Escape');

    // GDPR: documented why IMY is not notified; NIS2: the CSIRT asked for an intermediate report.
    const deadlines = section(page, 'Rapporteringsfrister');
    await deadlines.getByRole('button', { name: 'Ingen anmälan till IMY' }).click();
    const waiver = page.getByRole('dialog', { name: 'Ingen anmälan till IMY' });
    await waiver.getByRole('textbox', { name: 'Varför görs ingen anmälan till IMY?' }).fill('Filerna var krypterade och nyckeln har inte röjts.');
    await waiver.getByRole('button', { name: 'Spara' }).click();
    await notice(page, 'Skälet är sparat: ingen anmälan till IMY.');
    await deadlines.getByText('Ingen anmälan till IMY: Filerna var krypterade och nyckeln har inte röjts.').waitFor();
    await eventually(async () => (await tableRows(deadlines, 'Rapporteringsfrister')).find((row) => row[0] === 'Anmälan till IMY (72 h)')?.[3]).toBe('Ingen anmälan');
    await deadlines.getByRole('button', { name: 'Begäran om delrapport' }).click();
    const request = page.getByRole('dialog', { name: 'Begäran om delrapport' });
    await request.getByLabel('Senast när ska den lämnas?').fill('2030-01-15T12:00');
    await expectAccessible(page, 'intermediate request dialog');
    await request.getByRole('button', { name: 'Registrera begäran' }).click();
    await notice(page, 'Begäran om delrapport är registrerad.');
    await eventually(async () => (await tableRows(deadlines, 'Rapporteringsfrister')).map((row) => row[0])).toContain('Delrapport till CSIRT');
    const draft = deadlines.getByRole('link', { name: 'Tidig varning, PDF' });
    const answer = await page.request.get(`${varn.url}${await draft.getAttribute('href')}`);
    expect([answer.status(), answer.headers()['content-type']]).toEqual([200, 'application/pdf']);

    const lessons = section(page, 'Lärdomar');
    await lessons.getByRole('textbox', { name: 'Lärdomar' }).fill('Säkerhetskopiorna måste ligga åtskilda från filservern.');
    await lessons.getByRole('button', { name: 'Spara lärdomar' }).click();
    await notice(page, 'Lärdomarna är sparade.');

    await lessons.getByRole('button', { name: 'Skapa risk' }).click();
    const riskDialog = page.getByRole('dialog', { name: 'Skapa risk' });
    expect(await riskDialog.getByRole('combobox', { name: 'Förvaltningsobjekt' }).inputValue()).toBe(objectName);
    await choose(riskDialog, 'Riskanalys', analysisTitle);
    await riskDialog.getByRole('textbox', { name: 'Rubrik' }).fill('Utpressningsprogram når säkerhetskopiorna');
    await riskDialog.getByRole('textbox', { name: 'Orsak' }).fill('Säkerhetskopiorna nås från samma nät som filservern');
    await riskDialog.getByRole('textbox', { name: 'Konsekvens' }).fill('Allt måste återskapas för hand');
    await choose(riskDialog, 'Sannolikhet', /^3 – /);
    await choose(riskDialog, 'Konsekvensnivå', /^4 – /);
    await expectAccessible(page, 'lesson risk dialog');
    await riskDialog.getByRole('button', { name: 'Skapa risk' }).click();
    await notice(page, 'Risken är skapad.');
    const riskLink = lessons.getByRole('link', { name: 'Utpressningsprogram når säkerhetskopiorna' });
    expect(await riskLink.getAttribute('href')).toMatch(/^\/risks\/[0-9a-f-]+$/);

    await lessons.getByRole('button', { name: 'Skapa åtgärd' }).click();
    const actionDialog = page.getByRole('dialog', { name: 'Skapa åtgärd' });
    await actionDialog.getByRole('textbox', { name: 'Åtgärd' }).fill('Flytta säkerhetskopiorna till ett eget nät');
    await actionDialog.getByRole('button', { name: 'Skapa åtgärd' }).click();
    await notice(page, 'Åtgärden är skapad.');
    expect(await lessons.getByRole('link', { name: 'Flytta säkerhetskopiorna till ett eget nät' }).getAttribute('href')).toBe(`/objects/${objectId}?tab=actions`);
    await lessons.getByText('Åtgärd: Flytta säkerhetskopiorna till ett eget nät').waitFor();
    // The link to the handlingsplan is still there the next time the page is opened.
    await page.reload();
    expect(await section(page, 'Lärdomar').getByRole('link', { name: 'Flytta säkerhetskopiorna till ett eget nät' }).getAttribute('href')).toBe(`/objects/${objectId}?tab=actions`);
    await section(page, 'Tidslinje').getByText('Risk skapad av lärdom').waitFor();
    await expectAccessible(page, 'incident page with lessons learned');
  });

  it('shows the incident page in English', async () => {
    const { page } = await session.open();
    const title = `Phishing wave ${Date.now()}`;
    const manager = await apiAs(varn.url, 'ciso@exempelkommun.se');
    const incident = await manager.post<{ id: string; number: string; version: number }>('/api/v1/incidents', { title, description: 'Many staff got the same e-mail.', personalData: true });
    await signInAs(page, varn.url, 'ciso@exempelkommun.se');
    await pickLanguage(page.getByRole('banner'), 'English');
    await page.getByText('Your language has been saved.').waitFor();
    await menu(page, 'Main menu').getByRole('link', { name: 'Incidents', exact: true }).click();
    await heading(page, 'Incidents').waitFor();
    await page.goto(`${varn.url}/incidents/${incident.id}`);
    await heading(page, `${incident.number} ${title}`).waitFor();
    expect(await statusButtons(page, 'Move the incident')).toEqual(['Move to Triaged', 'Move to Rejected (not an incident)']);
    await section(page, 'Assessment').getByRole('button', { name: 'Save the assessment' }).waitFor();
    const deadlines = section(page, 'Reporting deadlines');
    await eventually(async () => (await tableRows(deadlines, 'Reporting deadlines')).map((row) => [row[0], row[3]])).toEqual([['Notification to IMY (72 h)', 'Pending']]);
    expect((await tableRows(deadlines, 'Reporting deadlines'))[0]![2]).toMatch(/^in \d+ (d|h)/);
    await deadlines.getByRole('link', { name: 'Notification to IMY, PDF' }).waitFor();
    await expectAccessible(page, 'incident page (English)');
    await page.getByRole('button', { name: 'Move to Triaged' }).click();
    await page.getByRole('dialog', { name: 'Move to Triaged' }).getByRole('textbox', { name: 'Note (optional)' }).waitFor();
    await expectAccessible(page, 'status dialog (English)');
  });
});
