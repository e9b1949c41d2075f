import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CoverageRow } from '../../src/shared/schemas/coverage';
import { apiAs, expectAccessible, pickLanguage, signInAs, unitNamed, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();

/** The coverage table as shown, by unit name: objects, valid, expired, incomplete, never, share, current risk analysis, fulfilment, overdue. */
async function coverageTable(page: Page, tableName: string): Promise<Map<string, string[]>> {
  const rows = await page.getByRole('table', { name: tableName }).evaluateAll((tables) =>
    tables.flatMap((table) => [...(table as HTMLTableElement).tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.innerText.trim()))),
  );
  // The first cell starts with the expand button's arrow; the bar's cell (7th) has no text.
  return new Map(rows.map((cells) => [cells[0].replace(/^[▸▾]\s*/, ''), [...cells.slice(1, 6), ...cells.slice(7)]]));
}

/** What the table should say for a row of GET /api/v1/coverage. */
function expectedCells(row: CoverageRow): string[] {
  const share = row.objects === 0 ? '–' : `${Math.round((row.valid / row.objects) * 100)} %`;
  const fulfilment = row.actions.fulfilmentPercent === null ? '–' : `${Math.round(row.actions.fulfilmentPercent)} %`;
  const risk = row.objects === 0 ? '–' : `${row.riskAnalysisCurrent} (${Math.round((row.riskAnalysisCurrent / row.objects) * 100)} %)`;
  return [row.objects, row.valid, row.expired, row.incomplete, row.never].map(String).concat(share, risk, fulfilment, String(row.actions.overdue));
}

describe('the coverage dashboard', () => {
  it('shows the numbers of GET /api/v1/coverage rolled up the org tree, and drills down to the objects behind them', async () => {
    const admin = await apiAs(varn.url, 'admin@exempelkommun.se');
    const social = await unitNamed(admin, 'Socialförvaltningen');
    // An object without information sets is never classified: Socialförvaltningen has at least one.
    const unclassified = 'Täckningstestets oklassade objekt';
    await admin.post('/api/v1/objects', { name: unclassified, orgUnitId: social.id });
    const rows = await (await apiAs(varn.url, 'ciso@exempelkommun.se')).get<CoverageRow[]>('/api/v1/coverage');
    const root = rows.find((row) => row.parentId === null)!;
    const socialRow = rows.find((row) => row.orgUnitId === social.id)!;
    for (const row of rows) expect(row.valid + row.expired + row.incomplete + row.never, row.name).toBe(row.objects);
    expect(socialRow.never).toBeGreaterThan(0);
    // The demo has fastställda risk analyses in Socialförvaltningen that are not yet due again.
    expect(socialRow.riskAnalysisCurrent).toBeGreaterThan(0);
    const headline = `${root.valid} av ${root.objects} förvaltningsobjekt har en giltig klassning`;

    const { page } = await session.open();
    await signInAs(page, varn.url, 'ciso@exempelkommun.se');
    // The start page gives the headline too.
    await page.getByText(headline, { exact: true }).waitFor();
    await expectAccessible(page, 'start page with the coverage headline');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Täckning', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Täckning av klassningar' }).waitFor();
    await page.getByText(headline, { exact: true }).waitFor();
    await page.getByText(/^Aldrig klassad: ingen informationsmängd/).waitFor();
    await page.getByText(/^Aktuell riskanalys: objekt som har en fastställd riskanalys/).waitFor();
    const exported = await page.request.get(new URL((await page.getByRole('link', { name: 'Exportera till Excel' }).getAttribute('href'))!, varn.url).href);
    expect([exported.status(), exported.headers()['content-type']]).toEqual([200, expect.stringContaining('spreadsheetml')]);

    const table = 'Täckning per enhet';
    await page.getByRole('table', { name: table }).waitFor();
    expect((await coverageTable(page, table)).get(root.name)).toEqual(expectedCells(root));
    // Socialförvaltningen sits under Socialnämnden: open it.
    const parent = rows.find((row) => row.orgUnitId === socialRow.parentId)!;
    expect((await coverageTable(page, table)).has(socialRow.name)).toBe(false);
    await page.getByRole('button', { name: `Visa enheterna under ${parent.name}` }).click();
    expect((await coverageTable(page, table)).get(socialRow.name)).toEqual(expectedCells(socialRow));
    await expectAccessible(page, 'coverage dashboard');

    // Every number leads to the objects it counts.
    await page.getByRole('link', { name: `${socialRow.never} aldrig klassade i Socialförvaltningen`, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/objects');
    const search = new URL(page.url()).searchParams;
    expect([search.get('unit'), search.get('state')]).toEqual([social.id, 'never']);
    await page.getByText(unclassified).first().waitFor();

    // And in English.
    await page.goBack();
    await pickLanguage(page.getByRole('banner'), 'English');
    await page.getByRole('heading', { level: 1, name: 'Classification coverage' }).waitFor();
    await page.getByText(`${root.valid} of ${root.objects} management objects have a valid classification`, { exact: true }).waitFor();
    await expectAccessible(page, 'coverage dashboard in English');
  });
});
