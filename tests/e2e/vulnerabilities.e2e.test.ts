import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ScanDetail } from '../../src/shared/schemas/vulnerability';
import { apiAs, choose, eventually, expectAccessible, pickLanguage, signInAs, tabTo, useVarnInBrowser } from './harness';
import { heading, menu, section, tableRows } from './pageParts';
import { bash, fullReport, openssl, sarifReport, subsetReport, xxeReport } from './scanReports';

const { varn, session } = useVarnInBrowser();

/** A description list (term → value) inside `scope`, as shown. */
function described(scope: Locator): Promise<Record<string, string>> {
  return scope.locator('dl > div').evaluateAll((rows) =>
    Object.fromEntries(rows.map((row) => [row.querySelector('dt')!.textContent!.trim(), (row.querySelector('dd') as HTMLElement).innerText.trim()])),
  );
}

/** Chooses the file and sends the import form; waits for the import's own page. */
async function importFile(page: Page, scope: { name: string; existing: boolean }, file: { name: string; content: string; mimeType: string }, format?: string) {
  const form = section(page, 'Ny import');
  if (scope.existing) await choose(form, 'Omfång', scope.name, scope.name.slice(0, 6));
  else await form.getByRole('combobox', { name: 'Omfång', exact: true }).fill(scope.name);
  if (format) await choose(form, 'Format', format);
  await form.locator('input[type="file"]').setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.content) });
  await form.getByRole('button', { name: 'Importera', exact: true }).click();
  await heading(page, `Import av ${file.name}`).waitFor();
}

/** Waits for the import to finish and answers what its result says. */
async function importResult(page: Page) {
  const result = section(page, 'Resultat');
  await result.waitFor({ timeout: 30_000 });
  return {
    report: await described(section(page, 'I rapporten')),
    effect: await described(section(page, 'Ändringar i omfånget')),
    severities: await tableRows(result, 'Fynd i rapporten per allvarlighetsgrad'),
  };
}

const findingsUrl = (page: Page) => new URL(page.url());

describe('vulnerability imports and findings in the browser', () => {
  it('lets the IT manager import a Trivy report, reimport a subset that closes one finding, and follow that finding', async () => {
    const { page } = await session.open();
    const scope = 'Kubernetes prod';
    await signInAs(page, varn.url, 'it@exempelkommun.se');

    // By keyboard from the menu to the vulnerability pages.
    await tabTo(page, menu(page).getByRole('link', { name: 'Sårbarheter' }));
    await page.keyboard.press('Enter');
    await heading(page, 'Sårbarheter').waitFor();
    await page.getByText('Inga skanningar är importerade ännu.').waitFor();
    await page.getByRole('link', { name: 'Importera skanning' }).click();
    await heading(page, 'Importera skanning').waitFor();
    await expectAccessible(page, 'the import page');

    // Nothing chosen: both required fields say so.
    await section(page, 'Ny import').getByRole('button', { name: 'Importera', exact: true }).click();
    await eventually(() => section(page, 'Ny import').getByText('Fyll i fältet').count()).toBe(2);

    await importFile(page, { name: scope, existing: false }, { name: 'trivy-planering.json', content: fullReport, mimeType: 'application/json' });
    const first = await importResult(page);
    expect(first.report).toEqual({ Tillgångar: '1', Fynd: '6' });
    expect(first.effect).toEqual({ Nya: '6', Återöppnade: '0', Oförändrade: '0', Stängda: '0' });
    expect(first.severities).toEqual([
      ['Kritisk', '1'],
      ['Hög', '2'],
      ['Medel', '1'],
      ['Låg', '1'],
      ['Info', '1'],
    ]);
    expect((await described(page.getByRole('region', { name: 'Uppgifter om importen' })))['Format']).toBe('Trivy JSON');
    await expectAccessible(page, 'a finished import');

    // The same scope, chosen from the existing ones: the patched bash is closed, the rest unchanged.
    await page.getByRole('link', { name: 'Till importerna' }).click();
    await heading(page, 'Importera skanning').waitFor();
    await importFile(page, { name: scope, existing: true }, { name: 'trivy-planering-efter-patch.json', content: subsetReport, mimeType: 'application/json' });
    const second = await importResult(page);
    expect(second.report).toEqual({ Tillgångar: '1', Fynd: '5' });
    expect(second.effect).toEqual({ Nya: '0', Återöppnade: '0', Oförändrade: '5', Stängda: '1' });

    // The recent imports, newest first, each with what it closed.
    await page.getByRole('link', { name: 'Till importerna' }).click();
    await eventually(async () => (await tableRows(page, 'Senaste importer')).map((row) => [row[1], row[2], row[3], row[4], row[5]])).toEqual([
      ['trivy-planering-efter-patch.json', scope, 'Klar', '5', '1'],
      ['trivy-planering.json', scope, 'Klar', '6', '0'],
    ]);
    await page.getByRole('link', { name: 'trivy-planering.json', exact: true }).click();
    await heading(page, 'Import av trivy-planering.json').waitFor();

    // From the result to the scope's findings, filtered by severity and status (kept in the address).
    await page.getByRole('link', { name: `Visa fynden i ${scope}` }).click();
    await heading(page, 'Fynd').waitFor();
    await eventually(async () => (await tableRows(page, 'Fynd')).length).toBe(6);
    expect((await tableRows(page, 'Fynd')).map((row) => row[0])).toEqual(['Kritisk', 'Hög', 'Hög', 'Medel', 'Låg', 'Info']);
    await choose(page, 'Allvarlighetsgrad', 'Låg');
    await eventually(async () => (await tableRows(page, 'Fynd')).map((row) => [row[0], row[4]])).toEqual([['Låg', 'Åtgärdad']]);
    await choose(page, 'Status', 'Öppen');
    await page.getByText('Inga fynd motsvarar filtret.').waitFor();
    await choose(page, 'Status', 'Åtgärdad');
    await eventually(async () => (await tableRows(page, 'Fynd')).length).toBe(1);
    expect(findingsUrl(page).searchParams.get('severity')).toBe('low');
    expect(findingsUrl(page).searchParams.get('status')).toBe('resolved');
    await page.reload();
    await eventually(async () => (await tableRows(page, 'Fynd')).map((row) => row[1].split('\n')[0])).toEqual([`${bash.id} in bash: ${bash.title}`]);
    await expectAccessible(page, 'the filtered findings list');

    // Open it by keyboard: its history says the first import found it and the second closed it.
    const link = page.getByRole('table', { name: 'Fynd' }).getByRole('link', { name: `${bash.id} in bash: ${bash.title}` });
    await page.getByRole('combobox', { name: 'Status', exact: true }).focus();
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await heading(page, `${bash.id} in bash: ${bash.title}`).waitFor();
    const facts = await described(section(page, 'Uppgifter'));
    expect(facts).toMatchObject({ Allvarlighetsgrad: 'Låg', Status: 'Åtgärdad', CVE: bash.id, CVSS: '3,3', Omfång: scope, 'Förekomster i senaste rapporten': '1' });
    expect(facts['Först sedd']).toContain('trivy-planering.json');
    expect(await described(section(page, 'Tillgång'))).toMatchObject({ Typ: 'Containeravbild', Identitet: 'registry.exempelkommun.se/hemtjanst/planering:2.4' });
    const history = page.getByRole('list', { name: 'Historik' }).getByRole('listitem');
    await eventually(() => history.count()).toBe(2);
    expect(await history.nth(0).innerText()).toMatch(/Upptäckt\s+Öppen\s+Genom importen trivy-planering\.json/);
    expect(await history.nth(1).innerText()).toMatch(/Stängd: fanns inte med i en ny import\s+Åtgärdad\s+Genom importen trivy-planering-efter-patch\.json/);
    await section(page, 'Beskrivning').getByText(`${bash.title}. Beskrivning från testet.`).waitFor();
    await section(page, 'Åtgärd').getByText('Upgrade bash to 5.2.15+fix1').waitFor();
    await expectAccessible(page, 'a finding with its history');

    // The duplicate openssl line is one finding seen twice.
    await page.getByRole('link', { name: 'Alla fynd på tillgången' }).click();
    await page.getByRole('table', { name: 'Fynd' }).getByRole('link', { name: `${openssl.id} in openssl: ${openssl.title}` }).click();
    await heading(page, `${openssl.id} in openssl: ${openssl.title}`).waitFor();
    expect(await described(section(page, 'Uppgifter'))).toMatchObject({ Allvarlighetsgrad: 'Kritisk', Status: 'Öppen', CVSS: '9,8', 'Förekomster i senaste rapporten': '2' });
  });

  it('refuses an XXE upload: the import fails naming where, and no finding is added', async () => {
    const ciso = await apiAs(varn.url, 'ciso@exempelkommun.se');
    const before = await ciso.get<{ total: number }>('/api/v1/findings?limit=1');
    const { page } = await session.open();
    await signInAs(page, varn.url, 'ciso@exempelkommun.se');
    await page.goto(`${varn.url}/vulnerabilities/scans`);
    await heading(page, 'Importera skanning').waitFor();
    await importFile(page, { name: 'Nätverk skola', existing: false }, { name: 'skola.nessus', content: xxeReport, mimeType: 'application/xml' });

    const failure = page.getByRole('alert').filter({ hasText: 'Importen misslyckades' });
    await failure.waitFor({ timeout: 30_000 });
    expect(await failure.innerText()).toMatch(/DOCTYPE.*line 2/);
    await failure.getByText('Inget från filen sparades: omfångets fynd är som före importen.').waitFor();
    expect((await described(page.getByRole('region', { name: 'Uppgifter om importen' })))['Status']).toBe('Misslyckad');
    await expectAccessible(page, 'a failed import');

    const scanId = page.url().split('/').pop()!;
    expect((await ciso.get<ScanDetail>(`/api/v1/scans/${scanId}`)).status).toBe('failed');
    expect((await ciso.get<{ total: number }>('/api/v1/findings?limit=1')).total).toBe(before.total);
    await page.getByRole('link', { name: 'Nätverk skola' }).click();
    await page.getByText('Inga fynd motsvarar filtret.').waitFor();
  });

  it('shows an employee no vulnerability menu item and the no-access page at its addresses', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'employee@exempelkommun.se');
    expect(await menu(page).getByRole('link', { name: 'Sårbarheter' }).count()).toBe(0);
    for (const path of ['/vulnerabilities', '/vulnerabilities/scans', '/vulnerabilities/findings']) {
      await page.goto(`${varn.url}${path}`);
      await heading(page, 'Ingen behörighet').waitFor();
    }
  });

  it('works in English: the import page, a SARIF import with its format chosen, and the findings list', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    await pickLanguage(page.getByRole('banner'), 'English');
    await menu(page, 'Main menu').getByRole('link', { name: 'Vulnerabilities' }).click();
    await heading(page, 'Vulnerabilities').waitFor();
    await page.getByRole('link', { name: 'Import scan' }).click();
    await heading(page, 'Import scan').waitFor();

    const form = section(page, 'New import');
    await form.getByRole('combobox', { name: 'Scope', exact: true }).fill('Booking repository');
    await form.getByRole('combobox', { name: 'Format', exact: true }).click();
    const formats = await page.getByRole('option').allInnerTexts();
    expect(formats.map((text) => text.trim())).toEqual([
      'Detect automatically',
      'Greenbone/OpenVAS XML',
      'Greenbone/OpenVAS CSV',
      'Nessus (.nessus)',
      'Nessus/Tenable CSV',
      'Trivy JSON',
      'SARIF 2.1.0',
      'DefectDojo Generic Findings JSON',
      'DefectDojo Generic Findings CSV',
    ]);
    await page.getByRole('option', { name: 'SARIF 2.1.0' }).click();
    await form.locator('input[type="file"]').setInputFiles({ name: 'semgrep.sarif', mimeType: 'application/json', buffer: Buffer.from(sarifReport) });
    await expectAccessible(page, 'the import page in English');
    await form.getByRole('button', { name: 'Import', exact: true }).click();

    await heading(page, 'Import of semgrep.sarif').waitFor();
    await section(page, 'Result').waitFor({ timeout: 30_000 });
    expect(await described(section(page, 'In the report'))).toEqual({ Assets: '1', Findings: '2' });
    expect(await described(section(page, 'Changes in the scope'))).toEqual({ New: '2', Reopened: '0', Unchanged: '0', Closed: '0' });
    await expectAccessible(page, 'a finished import in English');

    await page.getByRole('link', { name: 'Show the findings in Booking repository' }).click();
    await heading(page, 'Findings').waitFor();
    // Equally severe and seen at once: in no particular order.
    await eventually(async () => (await tableRows(page, 'Findings')).map((row) => [row[0], row[1].split(/\n+/)[1], row[3], row[4]]).sort()).toEqual([
      ['High', 'src/booking.ts:41', 'Booking repository', 'Open'],
      ['High', 'src/report.ts:12', 'Booking repository', 'Open'],
    ]);
    await page.getByRole('search', { name: 'Filter findings' }).waitFor();
    await expectAccessible(page, 'the findings list in English');

    // A finding in English, with what the scanner saw (the SARIF message).
    await page.getByRole('table', { name: 'Findings' }).getByRole('link', { name: 'SQL built from user input' }).first().click();
    await heading(page, 'SQL built from user input').waitFor();
    expect(await described(section(page, 'Details'))).toMatchObject({ Severity: 'High', Status: 'Open', CVE: 'None', 'Rule or plugin': 'sql-injection', Scope: 'Booking repository' });
    await section(page, 'What the scanner saw').getByText('Query concatenates a request parameter').waitFor();
    expect(await page.getByRole('list', { name: 'History' }).getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/Found\s+Open\s+By the import semgrep\.sarif/)]);
    await expectAccessible(page, 'a finding in English');
  });
});
