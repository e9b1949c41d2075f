import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiAs, choose, eventually, expectAccessible, pickLanguage, signInAs, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();

interface Counts {
  total: number;
  extreme: number;
  residual: number;
}
let counts: Counts;
const riskTitle = 'E2E-registrets utpressningsvirus';

/** One extreme risk of our own (so the search has something certain to find), then the register's figures through the API. */
beforeAll(async () => {
  const ciso = await apiAs(varn.url, 'ciso@exempelkommun.se');
  const object = (await ciso.get<{ items: Array<{ id: string }> }>('/api/v1/objects?limit=1')).items[0]!;
  const analysis = await ciso.post<{ id: string }>('/api/v1/risk-analyses', { objectId: object.id, purpose: 'Riskregistrets webbtest' });
  await ciso.post(`/api/v1/risk-analyses/${analysis.id}/risks`, {
    title: riskTitle,
    cause: 'en phishinglänk',
    event: 'krypteras filservern',
    consequence: 'att handläggningen står still',
    threatOrigin: 'human_deliberate',
    likelihood: 4,
    impact: 4,
  });
  const total = (await ciso.get<{ total: number }>('/api/v1/risks?limit=1')).total;
  const extreme = (await ciso.get<{ total: number }>('/api/v1/risks?level=extreme&limit=1')).total;
  const heatMap = await ciso.get<{ residual: Array<{ count: number }> }>('/api/v1/risks/heatmap');
  counts = { total, extreme, residual: heatMap.residual.reduce((sum, cell) => sum + cell.count, 0) };
});

const showing = (page: Page) => page.getByText(/^(Visar|Showing) \d+–\d+ (av|of) \d+$/).innerText();

/** The numbers in a heat map's table (visually hidden, but there for screen readers), summed. */
function tableSum(page: Page, name: string): Promise<number> {
  return page
    .getByRole('table', { name, exact: true })
    .locator('tbody td')
    .evaluateAll((cells) => cells.reduce((sum, cell) => sum + Number(cell.textContent), 0));
}

/** The register's rows: title, level of the score badge, owner. */
function registerRows(page: Page, name = 'Risker'): Promise<Array<{ title: string; level: string | null; owner: string }>> {
  return page.getByRole('table', { name, exact: true }).evaluateAll((tables) =>
    tables.flatMap((table) =>
      [...(table as HTMLTableElement).tBodies[0]!.rows].map((row) => ({
        title: row.cells[0]!.innerText.trim(),
        level: row.cells[5]!.querySelector('[data-level]')?.getAttribute('data-level') ?? null,
        owner: row.cells[4]!.innerText.trim(),
      })),
    ),
  );
}

/** Both heat maps are drawn (ECharts renders SVG) and named for screen readers. */
async function expectHeatMapsDrawn(page: Page, inherent: RegExp, residual: RegExp) {
  for (const name of [inherent, residual]) await page.getByRole('img', { name }).locator('svg rect, svg path').first().waitFor();
}

describe('the risk register', () => {
  it('lists, filters, maps and exports the risks for the CISO, in Swedish and in English', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'ciso@exempelkommun.se');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Riskregister' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riskregister' }).waitFor();
    expect(counts.total).toBeGreaterThan(counts.extreme);
    await eventually(() => showing(page)).toBe(`Visar 1–${Math.min(50, counts.total)} av ${counts.total}`);

    // Two heat maps, and tables of the same counts: every risk in the inherent one, those with a residual in the other.
    await expectHeatMapsDrawn(page, /^Värmekarta, Inneboende risk/, /^Värmekarta, Restrisk/);
    await eventually(() => tableSum(page, 'Inneboende risk: antal risker per sannolikhet och konsekvens')).toBe(counts.total);
    expect(await tableSum(page, 'Restrisk: antal risker per sannolikhet och konsekvens')).toBe(counts.residual);
    await page.getByRole('img', { name: /^Stapeldiagram: antal öppna risker per risknivå/ }).locator('svg').waitFor();
    await page.getByRole('button', { name: 'Visa siffrorna som tabell' }).first().click();
    await expectAccessible(page, 'the risk register with a heat map table shown');

    // The level filter narrows the list and the maps, and is kept in the address.
    await choose(page, 'Risknivå', 'Extremt hög');
    await eventually(() => showing(page)).toBe(`Visar 1–${Math.min(50, counts.extreme)} av ${counts.extreme}`);
    expect(new URL(page.url()).searchParams.get('level')).toBe('extreme');
    expect(new Set((await registerRows(page)).map((row) => row.level))).toEqual(new Set(['extreme']));
    await eventually(() => tableSum(page, 'Inneboende risk: antal risker per sannolikhet och konsekvens')).toBe(counts.extreme);
    const exportHref = (await page.getByRole('link', { name: 'Exportera till Excel' }).getAttribute('href'))!;
    expect(new URL(exportHref, varn.url).searchParams.get('level')).toBe('extreme');
    const exported = await page.request.get(new URL(exportHref, varn.url).href);
    expect([exported.status(), exported.headers()['content-type']]).toEqual([200, expect.stringContaining('spreadsheetml')]);

    // Sorted by last change, our new risk comes first, and its title leads to the risk.
    await choose(page, 'Sortera efter', 'Senast ändrad');
    await eventually(async () => (await registerRows(page))[0]?.title).toBe(riskTitle);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('updated');
    await page.getByRole('table', { name: 'Risker', exact: true }).getByRole('link', { name: riskTitle }).click();
    await page.waitForURL((url) => /^\/risks\/[0-9a-f-]{36}$/.test(url.pathname));

    // In English: the page, the maps' axes from the matrix's English labels, and the export's language.
    await page.goto(`${varn.url}/risks`);
    await pickLanguage(page.getByRole('banner'), 'English');
    await page.getByRole('heading', { level: 1, name: 'Risk register' }).waitFor();
    await eventually(() => showing(page)).toBe(`Showing 1–${Math.min(50, counts.total)} of ${counts.total}`);
    await expectHeatMapsDrawn(page, /^Heat map, Inherent risk/, /^Heat map, Residual risk/);
    const inherentTable = page.getByRole('table', { name: 'Inherent risk: number of risks by likelihood and impact' });
    expect((await inherentTable.locator('thead th').allTextContents()).slice(1)).toEqual(['Negligible', 'Moderate', 'Significant', 'Serious']);
    expect(await inherentTable.locator('tbody th').allTextContents()).toEqual(['Very high', 'High', 'Medium', 'Low']);
    expect(await tableSum(page, 'Inherent risk: number of risks by likelihood and impact')).toBe(counts.total);
    for (const column of ['Risk score', 'Residual risk', 'Risk owner', 'Overdue actions']) await page.getByRole('columnheader', { name: column }).waitFor();
    await page.getByRole('heading', { name: 'Risk levels over time' }).waitFor();
    const englishExport = (await page.getByRole('link', { name: 'Export to Excel' }).getAttribute('href'))!;
    expect(new URL(englishExport, varn.url).searchParams.get('lang')).toBe('en');
    await expectAccessible(page, 'the risk register in English');
    await pickLanguage(page.getByRole('banner'), 'Svenska');
  });

  it('gives a riskägare "Mina risker", a view of their own risks that can be linked', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'owner@exempelkommun.se');
    await page.goto(`${varn.url}/risks`);
    const mine = page.getByRole('link', { name: /^Mina risker \(\d+\)$/ });
    await mine.click();
    const owner = new URL(page.url()).searchParams.get('owner');
    expect(owner).toMatch(/^[0-9a-f-]{36}$/);
    await eventually(async () => new Set((await registerRows(page)).map((row) => row.owner))).toEqual(new Set(['Lena Sundberg']));
    await eventually(() => page.getByRole('combobox', { name: 'Riskägare' }).inputValue()).toBe('Lena Sundberg');
  });

  it('lets the auditor read the register and its maps', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'auditor@exempelkommun.se');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Riskregister' }).click();
    await eventually(() => showing(page)).toBe(`Visar 1–${Math.min(50, counts.total)} av ${counts.total}`);
    await expectHeatMapsDrawn(page, /^Värmekarta, Inneboende risk/, /^Värmekarta, Restrisk/);
    // Nothing here changes anything; the export is reading too.
    await page.getByRole('link', { name: 'Exportera till Excel' }).waitFor();
    expect(await page.getByRole('main').getByRole('button', { name: /^(Ny|Ändra|Acceptera)/ }).count()).toBe(0);
  });

  it('tells an employee without roles that the register is not for them', async () => {
    const s = await session.open();
    await signInAs(s.page, varn.url, 'employee@exempelkommun.se');
    expect(await s.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Riskregister' }).count()).toBe(0);
    await s.page.goto(`${varn.url}/risks`);
    await s.page.getByRole('heading', { level: 1, name: 'Ingen behörighet' }).waitFor();
    expect(await s.page.getByRole('table').count()).toBe(0);
  });
});
