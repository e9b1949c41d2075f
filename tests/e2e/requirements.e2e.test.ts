import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, eventually, expectAccessible, pickLanguage, signInAs, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();

/** The catalogue table's rows as shown: code, requirement, must/should, aspects, from level, NIS2, area. */
function catalogueRows(page: Page, tableName: string): Promise<string[][]> {
  return page.getByRole('table', { name: tableName }).evaluateAll((tables) =>
    tables.flatMap((table) => [...(table as HTMLTableElement).tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.innerText.trim()))),
  );
}

/** A catalogue file whose third row lacks its Swedish title. */
const badCsv = ['code,titleSv,modality,aspects,minLevel', 'E2E-OK,Ett bra krav,must,K,1', 'E2E-FEL,,must,K,1'].join('\n');

async function importBadFile(page: Page, button: string, dialogName: string, submit: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'krav.csv', mimeType: 'text/csv', buffer: Buffer.from(badCsv) });
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  return dialog;
}

describe('the requirements catalogue', () => {
  it('lets the CISO add a requirement, find it by filters, export the catalogue and see why a file is refused', async () => {
    const s = await session.open();
    const { page } = s;
    s.expectFailure(422, '/api/v1/requirements/import');
    await signInAs(page, varn.url, 'ciso@exempelkommun.se');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kravkatalog', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kravkatalog', exact: true }).waitFor();
    await expectAccessible(page, 'requirements');

    await page.getByRole('button', { name: 'Nytt krav', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt krav' });
    await dialog.getByRole('textbox', { name: 'Kod' }).fill('E2E-KRYPTO');
    await dialog.getByRole('textbox', { name: 'Titel på svenska' }).fill('Kryptera säkerhetskopior');
    await dialog.getByRole('textbox', { name: 'Titel på engelska' }).fill('Encrypt backups');
    await choose(dialog, 'Ska eller bör', 'Bör');
    await dialog.getByRole('checkbox', { name: 'K Konfidentialitet' }).check();
    await choose(dialog, 'Gäller från nivå', '3');
    await expectAccessible(page, 'requirements with the create dialog open');
    await dialog.getByRole('button', { name: 'Skapa' }).click();
    await page.getByText('Kravet E2E-KRYPTO är skapat.').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    const search = page.getByRole('searchbox', { name: 'Sök på kod, titel eller beskrivning' });
    await search.fill('säkerhetskopior');
    await eventually(async () => (await catalogueRows(page, 'Krav')).map((row) => row.slice(0, 5))).toContainEqual(['E2E-KRYPTO', 'Kryptera säkerhetskopior', 'Bör', 'K', '3']);
    const filters = page.getByRole('search', { name: 'Filtrera krav' });
    await choose(filters, 'Ska eller bör', 'Ska');
    await eventually(async () => (await catalogueRows(page, 'Krav')).map((row) => row[0])).not.toContain('E2E-KRYPTO');
    await choose(filters, 'Ska eller bör', 'Bör');
    await choose(filters, 'Aspekt', 'K Konfidentialitet');
    await choose(filters, 'Gäller på nivå', 'Nivå 2 eller högre');
    await page.getByText('Inga krav matchar filtret.').waitFor();
    await choose(filters, 'Gäller på nivå', 'Nivå 3 eller högre');
    await eventually(async () => (await catalogueRows(page, 'Krav')).map((row) => row[0])).toEqual(['E2E-KRYPTO']);

    // The export links download the catalogue with the new requirement in it.
    const exportLink = page.getByRole('link', { name: 'Exportera som CSV' });
    const download = await page.request.get(new URL((await exportLink.getAttribute('href'))!, varn.url).toString());
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toContain('kravkatalog.csv');
    expect(await download.text()).toContain('E2E-KRYPTO,Kryptera säkerhetskopior,Encrypt backups');
    expect(await page.getByRole('link', { name: 'Exportera som XLSX' }).getAttribute('href')).toBe('/api/v1/requirements/export?format=xlsx');

    const importDialog = await importBadFile(page, 'Importera', 'Importera kravkatalog', 'Importera');
    await importDialog.getByRole('alert').getByText('Ingenting importerades. Rätta följande i filen och försök igen:').waitFor();
    await importDialog.getByText('Rad 3, Kolumnen titleSv: Required').waitFor();
    await expectAccessible(page, 'requirements with a refused import');
    await importDialog.getByRole('button', { name: 'Avbryt' }).click();
    // Nothing from the refused file was written, not even its good row.
    await search.fill('E2E-OK');
    await page.getByText('Inga krav matchar filtret.').waitFor();
  });

  it('works in English too', async () => {
    const s = await session.open();
    const { page } = s;
    s.expectFailure(422, '/api/v1/requirements/import');
    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    await pickLanguage(page.getByRole('banner'), 'English');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Requirements', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Requirements catalogue', exact: true }).waitFor();
    await page.getByRole('search', { name: 'Filter requirements' }).waitFor();
    await expectAccessible(page, 'requirements in English');
    const dialog = await importBadFile(page, 'Import', 'Import a requirements catalogue', 'Import');
    await dialog.getByText('Row 3, Column titleSv: Required').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await pickLanguage(page.getByRole('banner'), 'Svenska');
  });

  it('shows the catalogue to an object owner without the means to change it', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'owner@exempelkommun.se');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kravkatalog', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kravkatalog', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Exportera som JSON' }).waitFor();
    expect(await page.getByRole('button', { name: 'Nytt krav' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Importera' }).count()).toBe(0);
  });
});
