import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IncidentDetail, IncidentList, StatsRows } from '../../src/shared/schemas/incident';
import { presetRange, rangeInstants, shiftDay, stockholmToday } from '../../src/web/components/incidentStats/statsPeriod';
import { apiAs, eventually, expectAccessible, pickLanguage, settled, signInAs, useVarnInBrowser, type Session } from './harness';

const { varn, session } = useVarnInBrowser();

const menu = (page: Page, name = 'Huvudmeny') => page.getByRole('navigation', { name });
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** Each body row's cells as the person reads them. */
function tableRows(page: Page, name: string): Promise<string[][]> {
  return page
    .getByRole('table', { name, exact: true })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim())));
}

/** A browser without any sign-in: whoever has the link. */
async function anonymous(): Promise<Session> {
  const opened = await session.open();
  expect(await opened.context.cookies()).toEqual([]);
  return opened;
}

/** Reports through the public link as someone without an account; answers the number shown. */
async function reportThroughLink(page: Page, link: string, title: string): Promise<string> {
  await page.goto(link);
  await heading(page, 'Rapportera en incident').waitFor();
  await page.getByText('Till Exempelkommun', { exact: true }).waitFor();
  expect(await page.title()).toBe('Rapportera en incident – Exempelkommun');

  // Nothing filled in: both required fields say so, and nothing is sent.
  await page.getByRole('button', { name: 'Skicka rapporten' }).click();
  await eventually(() => page.getByText('Fyll i fältet').count()).toBe(2);
  await expectAccessible(page, 'the public report form with its errors');

  await page.getByRole('textbox', { name: 'Rubrik' }).fill(title);
  await page.getByRole('textbox', { name: 'Beskrivning' }).fill('Ett sms som ser ut att komma från kommunen ber om BankID-inloggning via en länk.');
  await page.getByLabel('När hände det?').fill(`${shiftDay(stockholmToday(new Date()), { days: -1 })}T08:30`);
  await page.getByRole('textbox', { name: 'Kontaktuppgifter (frivilligt)' }).fill('anna@example.org');
  // Sent by keyboard, as anyone without a mouse would.
  await page.getByRole('textbox', { name: 'Kontaktuppgifter (frivilligt)' }).press('Enter');
  await heading(page, 'Tack för din rapport').waitFor();
  const sentence = await page.getByText(/^Rapporten är registrerad med nummer /).innerText();
  const number = /nummer (\d{4}-\d{4})\./.exec(sentence)?.[1];
  expect(number).toBeDefined();
  return number!;
}

describe('the public report link and the deadline list', () => {
  it('lets the CISO switch the link on, anyone report through it, and the incident manager follow its deadlines once it is significant', async () => {
    const incidentApi = await apiAs(varn.url, 'incident@exempelkommun.se');
    // The statistics page opens on the last 12 months: count the same period.
    const period = rangeInstants(presetRange('last12Months', stockholmToday(new Date())));
    const severityBefore = await incidentApi.get<StatsRows>(`/api/v1/incidents/stats?groupBy=severity&from=${encodeURIComponent(period.from)}&to=${encodeURIComponent(period.to)}`);

    // The CISO: Inställningar → Incidenter, the CSIRT, and the link switched on.
    const ciso = await session.open();
    await signInAs(ciso.page, varn.url, 'ciso@exempelkommun.se');
    await menu(ciso.page).getByRole('link', { name: 'Inställningar', exact: true }).click();
    await ciso.page.getByRole('link', { name: 'Incidenter: mottagande CSIRT och publik rapportlänk' }).click();
    await heading(ciso.page, 'Incidenter').waitFor();
    expect(await ciso.page.title()).toBe('Incidenter – Inställningar – Värn');
    const csirt = ciso.page.getByRole('region', { name: 'Mottagande CSIRT' });
    await csirt.getByRole('textbox', { name: 'Namn' }).fill('CERT-SE');
    await csirt.getByRole('textbox', { name: 'Kontaktuppgifter' }).fill('cert@cert.se, 010-240 40 40');
    await csirt.getByRole('button', { name: 'Spara' }).click();
    await ciso.page.getByText('Incidentinställningarna är sparade.').waitFor();

    const publicLink = ciso.page.getByRole('region', { name: 'Publik rapportlänk' });
    const onOff = publicLink.getByRole('switch', { name: 'Publik rapportlänk på' });
    if (await onOff.isChecked()) {
      await onOff.click();
      await publicLink.getByText('Länken är avstängd. Ingen kan rapportera genom den.').waitFor();
    }
    await onOff.click();
    await ciso.page.getByText('Den publika rapportlänken är på.').waitFor();
    const linkBox = publicLink.getByRole('textbox', { name: 'Länken' });
    await eventually(() => linkBox.inputValue()).toMatch(new RegExp(`^${varn.url}/rapportera/[\\w-]{20,}$`));
    const link = await linkBox.inputValue();
    await expectAccessible(ciso.page, 'the incident settings');
    const saved = await (await apiAs(varn.url, 'ciso@exempelkommun.se')).get<{ csirtName: string; csirtContact: string }>('/api/v1/incident-settings');
    expect(saved).toMatchObject({ csirtName: 'CERT-SE', csirtContact: 'cert@cert.se, 010-240 40 40' });

    // Someone without an account reports through it, in Swedish by default.
    const visitor = await anonymous();
    const title = `E2E Falskt sms om BankID ${Date.now()}`;
    const number = await reportThroughLink(visitor.page, link, title);
    await expectAccessible(visitor.page, 'the public report receipt');

    // The incident manager: not a legal deadline yet, so not on the list.
    const found = (await incidentApi.get<IncidentList>(`/api/v1/incidents?q=${encodeURIComponent(title)}`)).items;
    expect(found.map((item) => [item.number, item.channel, item.significant])).toEqual([[number, 'public_link', false]]);
    const manager = await session.open();
    await signInAs(manager.page, varn.url, 'incident@exempelkommun.se');
    await menu(manager.page).getByRole('link', { name: 'Incidentfrister' }).click();
    await heading(manager.page, 'Incidentfrister').waitFor();
    await manager.page.getByRole('table', { name: 'Öppna frister' }).or(manager.page.getByText(/^Det finns inga öppna frister\./)).first().waitFor();
    expect((await tableRows(manager.page, 'Öppna frister')).filter((row) => row[0]!.startsWith(number))).toEqual([]);

    // Significant under cybersäkerhetslagen (and severity 3): the NIS2 clocks start from awareness.
    const detail = await incidentApi.get<IncidentDetail>(`/api/v1/incidents/${found[0]!.id}`);
    await incidentApi.patch(`/api/v1/incidents/${detail.id}`, { version: detail.version, significant: true, significantCriteria: ['a'], severity: 3 });
    await manager.page.reload();
    await heading(manager.page, 'Incidentfrister').waitFor();
    await eventually(async () => (await tableRows(manager.page, 'Öppna frister')).filter((row) => row[0]!.startsWith(number)).map((row) => row[1])).toEqual([
      'NIS2: tidig varning',
      'NIS2: incidentanmälan',
      'NIS2: slutrapport',
    ]);
    const ours = (await tableRows(manager.page, 'Öppna frister')).filter((row) => row[0]!.startsWith(number));
    expect(ours[0]![0]).toBe(`${number} ${title}`);
    expect(ours[0]![3]).toMatch(/^om (23|24) h \d{2} min$/);
    expect(ours[1]![3]).toMatch(/^om [23] d \d{1,2} h$/);
    expect(ours[2]![2]).toMatch(/preliminär: räknas från anmälans frist$/);
    // Just started: the bar is empty (so not visible), but it says how far the period has gone.
    expect(await manager.page.getByRole('progressbar', { name: `NIS2: tidig varning för ${number}: 0 % av tiden har gått` }).count()).toBe(1);
    await expectAccessible(manager.page, 'the deadline list');

    // The number leads to the incident.
    await manager.page.getByRole('link', { name: `${number} ${title}` }).first().click();
    await manager.page.waitForURL(`${varn.url}/incidents/${detail.id}`);

    // In the statistics: one more of severity Hög than before the report.
    const highBefore = severityBefore.rows.find((row) => row.key === '3')?.count ?? 0;
    await menu(manager.page).getByRole('link', { name: 'Incidentstatistik' }).click();
    await heading(manager.page, 'Incidentstatistik').waitFor();
    await manager.page.getByRole('combobox', { name: 'Gruppera efter' }).click();
    await manager.page.getByRole('option', { name: 'Allvarlighetsgrad' }).click();
    await eventually(async () => (await tableRows(manager.page, 'Antal incidenter per allvarlighetsgrad')).find((row) => row[0] === 'Hög')?.[1]).toBe(String(highBefore + 1));
  });

  it('stops the old link when the CISO replaces it or switches it off', async () => {
    const cisoApi = await apiAs(varn.url, 'ciso@exempelkommun.se');
    let settings = await cisoApi.get<{ publicReportPath: string | null; version: number }>('/api/v1/incident-settings');
    if (!settings.publicReportPath) settings = await cisoApi.patch('/api/v1/incident-settings', { version: settings.version, publicReport: true });
    const oldLink = `${varn.url}${settings.publicReportPath}`;

    const ciso = await session.open();
    await signInAs(ciso.page, varn.url, 'ciso@exempelkommun.se');
    await ciso.page.goto(`${varn.url}/settings/incidents`);
    const publicLink = ciso.page.getByRole('region', { name: 'Publik rapportlänk' });
    await eventually(() => publicLink.getByRole('textbox', { name: 'Länken' }).inputValue()).toBe(oldLink);

    // Someone else saves meanwhile: this save is refused, and a reload brings their change.
    ciso.expectFailure(409, '/api/v1/incident-settings');
    await cisoApi.patch('/api/v1/incident-settings', { version: settings.version, csirtContact: 'rapportering@cert.se' });
    const csirt = ciso.page.getByRole('region', { name: 'Mottagande CSIRT' });
    await csirt.getByRole('textbox', { name: 'Namn' }).fill('CERT-SE vid MCF');
    await csirt.getByRole('button', { name: 'Spara' }).click();
    await csirt.getByText(/^Någon annan har ändrat detta medan du arbetade\./).waitFor();
    await csirt.getByRole('button', { name: 'Ladda om' }).click();
    await eventually(() => csirt.getByRole('textbox', { name: 'Kontaktuppgifter' }).inputValue()).toBe('rapportering@cert.se');
    await csirt.getByRole('textbox', { name: 'Namn' }).fill('CERT-SE vid MCF');
    await csirt.getByRole('button', { name: 'Spara' }).click();
    await ciso.page.getByText('Incidentinställningarna är sparade.').waitFor();
    expect(await cisoApi.get('/api/v1/incident-settings')).toMatchObject({ csirtName: 'CERT-SE vid MCF', csirtContact: 'rapportering@cert.se' });
    await publicLink.getByRole('button', { name: 'Byt länk' }).click();
    const dialog = ciso.page.getByRole('dialog', { name: 'Byta länken?' });
    await dialog.getByText('Den gamla länken slutar fungera direkt. Alla som har den behöver få den nya.').waitFor();
    await settled(ciso.page);
    await expectAccessible(ciso.page, 'replacing the public link');
    await dialog.getByRole('button', { name: 'Byt länk' }).click();
    await ciso.page.getByText('Länken är bytt. Den gamla fungerar inte längre.').waitFor();
    await eventually(() => publicLink.getByRole('textbox', { name: 'Länken' }).inputValue()).not.toBe(oldLink);
    const newLink = await publicLink.getByRole('textbox', { name: 'Länken' }).inputValue();

    const visitor = await anonymous();
    visitor.expectFailure(404, /^\/api\/v1\/public\/incident-reports\//);
    await visitor.page.goto(oldLink);
    await heading(visitor.page, 'Länken gäller inte längre').waitFor();
    await visitor.page.getByText(/^Länken kan ha bytts ut eller stängts av\./).waitFor();
    await expectAccessible(visitor.page, 'an expired public link');
    await pickLanguage(visitor.page.getByRole('main'), 'English');
    await heading(visitor.page, 'The link is no longer valid').waitFor();

    await visitor.page.goto(newLink);
    await heading(visitor.page, 'Rapportera en incident').waitFor();
    await pickLanguage(visitor.page.getByRole('main'), 'English');
    await heading(visitor.page, 'Report an incident').waitFor();
    await visitor.page.getByRole('textbox', { name: 'Title' }).waitFor();
    await visitor.page.getByText('To Exempelkommun', { exact: true }).waitFor();
    await expectAccessible(visitor.page, 'the public report form in English');

    // The link is rate-limited per network: once the limit is used up, the form says so.
    for (let sent = 0; sent < 10; sent += 1) {
      const response = await fetch(`${varn.url}/api/v1/public/incident-reports/${newLink.split('/').pop()}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'E2E Många rapporter', description: 'Prov av gränsen för rapporter.' }),
      });
      if (response.status === 429) break;
      expect(response.status).toBe(201);
    }
    visitor.expectFailure(429, /^\/api\/v1\/public\/incident-reports\//);
    await visitor.page.getByRole('textbox', { name: 'Title' }).fill('Strange e-mail');
    await visitor.page.getByRole('textbox', { name: 'Description' }).fill('An e-mail asked me to confirm my password.');
    await visitor.page.getByRole('button', { name: 'Send the report' }).click();
    await visitor.page.getByRole('alert').filter({ hasText: 'Too many reports from your network, try again later.' }).waitFor();

    // Switched off: the link that worked a moment ago no longer does.
    await publicLink.getByRole('switch', { name: 'Publik rapportlänk på' }).click();
    await ciso.page.getByText('Den publika rapportlänken är avstängd.').waitFor();
    await publicLink.getByText('Länken är avstängd. Ingen kan rapportera genom den.').waitFor();
    await visitor.page.reload();
    await heading(visitor.page, 'Länken gäller inte längre').waitFor();
  });
});
