import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail, StatsRows } from '../../src/shared/schemas/incident';
import { presetRange, rangeInstants, stockholmToday } from '../../src/web/components/incidentStats/statsPeriod';
import { statsKeyLabel } from '../../src/web/components/incidentStats/statsKeyLabel';
import type { StatsGrouping } from '../../src/web/api/incidentInsights';
import { apiAs, choose, eventually, expectAccessible, pickLanguage, signInAs, tabTo, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();
let incidentApi: Awaited<ReturnType<typeof apiAs>>;

const menu = (page: Page, name = 'Huvudmeny') => page.getByRole('navigation', { name });
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const today = stockholmToday(new Date());
const last12Months = rangeInstants(presetRange('last12Months', today));

/** Each body row of a table as [heading cell, cells…]. The chart tables are visually hidden until shown, but always there. */
function tableRows(page: Page, name: string): Promise<string[][]> {
  return page
    .getByRole('table', { name, exact: true })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim())));
}

/** What the API counts for the default period, named as the page names it. */
async function expectedRows(groupBy: StatsGrouping, locale: 'sv' | 'en'): Promise<string[][]> {
  const query = new URLSearchParams({ groupBy, ...last12Months });
  const stats = await incidentApi.get<StatsRows>(`/api/v1/incidents/stats?${query}`);
  return stats.rows.map((row) => [statsKeyLabel(groupBy, row.key, row.label, locale), String(row.count)]);
}

/** Two phishing incidents of our own with two categories each, so the figures do not depend on the demo. */
beforeAll(async () => {
  incidentApi = await apiAs(varn.url, 'incident@exempelkommun.se');
  for (const title of ['E2E Nätfiske mot ekonomi', 'E2E Nätfiske mot skolan']) {
    const created = await incidentApi.post<IncidentDetail>('/api/v1/incidents', { title, description: 'Falska fakturamejl med länk till en inloggningssida.' });
    await incidentApi.patch(`/api/v1/incidents/${created.id}`, {
      version: created.version,
      rsitClass: 'fraud',
      rsitType: 'phishing',
      categories: ['attack', 'information_loss_or_leak'],
      cause: 'malicious_human',
      severity: 2,
    });
  }
});

describe('incident statistics', () => {
  it('shows the figures as charts and tables, grouped and over time, in Swedish, with an XLSX download', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'incident@exempelkommun.se');
    await menu(page).getByRole('link', { name: 'Incidentstatistik' }).click();
    await heading(page, 'Incidentstatistik').waitFor();
    const filters = page.getByRole('region', { name: 'Urval för statistiken' });
    expect(await filters.getByRole('button', { name: 'Senaste 12 månaderna' }).getAttribute('aria-pressed')).toBe('true');

    // Key figures: the three times and the legal reports.
    await page.getByRole('table', { name: 'Tider i timmar: median och 90:e percentilen' }).waitFor();
    expect((await tableRows(page, 'Tider i timmar: median och 90:e percentilen')).map((row) => row[0])).toEqual([
      'Tid till upptäckt från inträffad till upptäckt',
      'Tid till åtgärdad från kännedom till åtgärdad',
      'Tid till avslutad från kännedom till avslutad',
    ]);
    await page.getByText('Lagstadgade rapporter i tid').waitFor();

    // Per type: a drawn chart, and the same figures in the table shown on request.
    const chart = page.getByRole('img', { name: 'Stapeldiagram över antal incidenter per typ (RSIT). Samma siffror finns i tabellen.' });
    await eventually(() => chart.locator('svg rect, svg path').count()).toBeGreaterThan(0);
    const typeRows = await expectedRows('type', 'sv');
    expect(typeRows.find((row) => row[0] === 'Bedrägeri: Nätfiske')).toBeDefined();
    await eventually(() => tableRows(page, 'Antal incidenter per typ (RSIT)')).toEqual(typeRows);
    const distribution = page.getByRole('region', { name: 'Fördelning' });
    await distribution.getByRole('button', { name: 'Visa siffrorna som tabell' }).click();
    expect(await page.getByRole('table', { name: 'Antal incidenter per typ (RSIT)' }).isVisible()).toBe(true);

    // Per category: an incident may have several, and the page says so.
    await choose(filters, 'Gruppera efter', 'Kategori (MSB)');
    await page.getByText('En incident kan ha flera kategorier. Kategorierna kan därför tillsammans bli fler än antalet incidenter.').waitFor();
    await eventually(() => tableRows(page, 'Antal incidenter per kategori (MSB)')).toEqual(await expectedRows('category', 'sv'));
    expect(page.url()).toContain('groupBy=category');

    // Over time per quarter, stacked per category, with a total per quarter.
    await filters.getByRole('radiogroup', { name: 'Indelning över tid' }).getByText('Per kvartal').click();
    await page.getByRole('img', { name: 'Staplat diagram över incidenter per kvartal och kategori (MSB). Samma siffror finns i tabellen.' }).waitFor();
    await eventually(async () => (await tableRows(page, 'Incidenter per kvartal och kategori (MSB)'))[0]?.[0]).toMatch(/^kv\. [1-4] 20\d\d$/);
    const quarters = await tableRows(page, 'Incidenter per kvartal och kategori (MSB)');
    expect(quarters.length).toBeGreaterThanOrEqual(4);
    for (const row of quarters) expect(row[0]).toMatch(/^kv\. [1-4] 20\d\d$/);
    await expectAccessible(page, 'the incident statistics');

    // This year, chosen by keyboard: from the 1st of January.
    await tabTo(page, filters.getByRole('button', { name: 'I år' }), 40, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await eventually(() => new URL(page.url()).searchParams.get('from')).toBe(`${today.slice(0, 4)}-01-01`);
    expect(await filters.getByRole('button', { name: 'I år' }).getAttribute('aria-pressed')).toBe('true');
    expect(await filters.getByRole('textbox', { name: 'Från och med' }).inputValue()).toBe(`${today.slice(0, 4)}-01-01`);

    // The download is a real workbook of the period chosen.
    const href = await page.getByRole('link', { name: 'Ladda ner som Excel (XLSX)' }).getAttribute('href');
    const exported = new URL(href!, varn.url);
    expect(exported.pathname).toBe('/api/v1/incidents/stats.xlsx');
    expect(exported.searchParams.get('from')).toMatch(new RegExp(`^${today.slice(0, 4)}-01-01T00:00:00\\+01:00$`));
    const download = await page.request.get(exported.toString());
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('spreadsheetml');
    expect((await download.body()).subarray(0, 2).toString()).toBe('PK');
  });

  it('works in English, and the statistics are there for the administrator but the deadlines are not', async () => {
    const s = await session.open();
    await signInAs(s.page, varn.url, 'incident@exempelkommun.se');
    await pickLanguage(s.page.getByRole('banner'), 'English');
    await s.page.getByText('Your language has been saved.').waitFor();
    await menu(s.page, 'Main menu').getByRole('link', { name: 'Incident statistics' }).click();
    await heading(s.page, 'Incident statistics').waitFor();
    const filters = s.page.getByRole('region', { name: 'Selection for the statistics' });
    await choose(filters, 'Group by', 'Category (MSB)');
    await s.page.getByText(/^An incident can have several categories/).waitFor();
    const rows = await expectedRows('category', 'en');
    expect(rows.find((row) => row[0] === 'Attack')).toBeDefined();
    await eventually(() => tableRows(s.page, 'Number of incidents per category (MSB)')).toEqual(rows);
    await s.page.getByRole('img', { name: 'Stacked chart of incidents per month and category (MSB). The table has the same figures.' }).waitFor();
    for (const row of await tableRows(s.page, 'Incidents per month and category (MSB)')) expect(row[0]).toMatch(/^[A-Z][a-z]{2,3} 20\d\d$/);
    await s.page.getByRole('rowheader', { name: /^Time to resolve/ }).waitFor();
    await expectAccessible(s.page, 'the incident statistics in English');
    await pickLanguage(s.page.getByRole('banner'), 'Svenska');

    const admin = await session.open();
    await signInAs(admin.page, varn.url, 'admin@exempelkommun.se');
    await menu(admin.page).getByRole('link', { name: 'Incidentstatistik' }).waitFor();
    expect(await menu(admin.page).getByRole('link', { name: 'Incidentfrister' }).count()).toBe(0);
    await admin.page.goto(`${varn.url}/incident-deadlines`);
    await heading(admin.page, 'Ingen behörighet').waitFor();
  });
});
