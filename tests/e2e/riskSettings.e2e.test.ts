import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultRiskMatrix } from '../../src/shared/risk/matrix';
import type { RiskSettings } from '../../src/shared/schemas/risk';
import { apiAs, eventually, expectAccessible, pickLanguage, signInAs, unitNamed, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();
let ciso: Awaited<ReturnType<typeof apiAs>>;
let highRiskId: string;

beforeAll(async () => {
  ciso = await apiAs(varn.url, 'ciso@exempelkommun.se');
  // Two open risks of our own: 2×4 = 8 (high until high starts at 9) and 4×1, which uses likelihood step 4.
  const unit = await unitNamed(ciso, 'Kansliavdelningen');
  const analysis = await ciso.post<{ id: string }>('/api/v1/risk-analyses', { subjectKind: 'org_unit', orgUnitId: unit.id, purpose: 'Prov av riskmatrisen' });
  const risk = (likelihood: number, impact: number) =>
    ciso.post<{ id: string; level: string }>(`/api/v1/risk-analyses/${analysis.id}/risks`, {
      cause: 'ett fel i en rutin',
      event: 'ett avbrott',
      consequence: 'förseningar',
      threatOrigin: 'organisational',
      likelihood,
      impact,
    });
  const high = await risk(2, 4);
  expect(high.level).toBe('high');
  highRiskId = high.id;
  await risk(4, 1);
});

/** The preview's cell for likelihood × impact as shown: "8 Hög", and its background colour. */
async function previewCell(page: Page, name: string, likelihood: number, impact: number) {
  return page.getByRole('table', { name }).evaluate(
    (table, [l, i]) => {
      const rows = [...(table as HTMLTableElement).tBodies[0]!.rows];
      const cell = rows[rows.length - l!]!.cells[i!]!;
      return { text: cell.innerText.replace(/\s+/g, ' ').trim(), background: getComputedStyle(cell).backgroundColor };
    },
    [likelihood, impact],
  );
}
const previewText = async (page: Page, name: string, likelihood: number, impact: number) => (await previewCell(page, name, likelihood, impact)).text;
const previewRows = (page: Page, name: string) => page.getByRole('table', { name }).locator('tbody tr').count();

async function openSettings(page: Page, menu: string, link: string, section: string): Promise<Locator> {
  await page.getByRole('navigation', { name: menu }).getByRole('link', { name: link, exact: true }).click();
  const region = page.getByRole('region', { name: section });
  await region.getByRole('button', { name: /^(Spara|Save)$/ }).waitFor();
  return region;
}

describe('risk matrix settings', () => {
  it('lets the CISO move a threshold, rename and recolour a level with a live preview, and refuses to drop a step risks use', async () => {
    const s = await session.open();
    s.expectFailure(409, '/api/v1/risk-settings');
    const { page } = s;
    await signInAs(page, varn.url, 'ciso@exempelkommun.se');
    const region = await openSettings(page, 'Huvudmeny', 'Inställningar', 'Riskmatris');
    await region.getByText('Organisationen använder MSB:s standardmatris (4 × 4).').waitFor();
    expect(await previewText(page, 'Förhandsvisning', 2, 4)).toBe('8 Hög');
    expect(await previewText(page, 'Förhandsvisning', 4, 4)).toBe('16 Extremt hög');

    // Dropping likelihood step 4 while a risk still has it: the server refuses, named at the scale.
    const likelihood = region.getByRole('group', { name: 'Sannolikhet', exact: true });
    await likelihood.getByRole('button', { name: 'Ta bort steg 4 i sannolikhet' }).click();
    expect(await previewRows(page, 'Förhandsvisning')).toBe(3);
    const bands = region.getByRole('group', { name: 'Risknivåer', exact: true });
    const extreme = bands.getByRole('group', { name: 'Extremt hög', exact: true });
    await extreme.getByText('Det högsta riskvärdet i matrisen är 12.').waitFor();
    await extreme.getByRole('textbox', { name: 'Från riskvärde' }).fill('12');
    await eventually(() => extreme.getByText('Det högsta riskvärdet i matrisen är 12.').count()).toBe(0);
    await region.getByRole('button', { name: 'Spara', exact: true }).click();
    await likelihood.getByRole('alert').filter({ hasText: /^\d+ risker? som inte är stängda? har steg 4\. Ändra eller stäng (den|dem) först\.$/ }).waitFor();
    await region.getByText('Risker som inte är stängda använder steg som du tar bort. Ändra eller stäng dem först.').waitFor();

    await region.getByRole('button', { name: 'Återställ MSB-standard' }).click();
    expect(await previewRows(page, 'Förhandsvisning')).toBe(4);
    expect(await likelihood.getByRole('alert').count()).toBe(0);

    // High from 9 instead of 8: the 8s turn medium in the preview.
    const high = bands.getByRole('group', { name: 'Hög', exact: true });
    await high.getByRole('textbox', { name: 'Från riskvärde' }).fill('9');
    await eventually(() => previewText(page, 'Förhandsvisning', 2, 4)).toBe('8 Medelhög');
    expect(await previewText(page, 'Förhandsvisning', 3, 3)).toBe('9 Hög');
    await high.getByRole('textbox', { name: 'Benämning på svenska' }).fill('Betydande risk');
    await eventually(() => previewText(page, 'Förhandsvisning', 3, 3)).toBe('9 Betydande risk');
    const colour = high.getByRole('textbox', { name: 'Färg' });
    await colour.fill('#7048e8');
    await colour.press('Tab');
    await eventually(async () => (await previewCell(page, 'Förhandsvisning', 4, 3)).background).toBe('rgb(112, 72, 232)');

    // A threshold above the matrix is named next to its field before anything is sent.
    const extremeFrom = extreme.getByRole('textbox', { name: 'Från riskvärde' });
    await extremeFrom.fill('40');
    await extreme.getByText('Det högsta riskvärdet i matrisen är 16.').waitFor();
    await extremeFrom.fill('16');
    await eventually(() => extreme.getByText('Det högsta riskvärdet i matrisen är 16.').count()).toBe(0);

    await region.getByRole('textbox', { name: 'Ny riskanalys efter (månader)' }).fill('18');
    await region.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/^Riskinställningarna är sparade\. \d+ risker? fick ny nivå\.$/).waitFor();
    await region.getByText('Organisationen använder en egen matris.').waitFor();
    await expectAccessible(page, 'settings with the risk matrix');

    const saved = await ciso.get<RiskSettings>('/api/v1/risk-settings');
    expect(saved.matrix.bands.find((band) => band.level === 'high')).toEqual({ level: 'high', from: 9, label: { sv: 'Betydande risk', en: 'High' }, colour: '#7048e8' });
    expect(saved.analysisIntervalMonths).toBe(18);
    expect((await ciso.get<{ level: string }>(`/api/v1/risks/${highRiskId}`)).level).toBe('medium');
  });

  it('works in English, and goes back to the MSB default', async () => {
    const current = await ciso.get<RiskSettings>('/api/v1/risk-settings');
    const highFromNine = { ...defaultRiskMatrix, bands: defaultRiskMatrix.bands.map((band) => (band.level === 'high' ? { ...band, from: 9 } : band)) };
    await ciso.patch('/api/v1/risk-settings', { version: current.version, matrix: highFromNine });

    const { page } = await session.open();
    await signInAs(page, varn.url, 'ciso@exempelkommun.se');
    await pickLanguage(page.getByRole('banner'), 'English');
    const region = await openSettings(page, 'Main menu', 'Settings', 'Risk matrix');
    await region.getByText('The organisation uses a matrix of its own.').waitFor();
    await region.getByRole('group', { name: 'Likelihood', exact: true }).getByRole('textbox', { name: 'Name in English' }).first().waitFor();
    expect(await previewText(page, 'Preview', 2, 4)).toBe('8 Medium');
    await region.getByRole('combobox', { name: 'Risk at level Extreme' }).waitFor();
    await expectAccessible(page, 'settings with the risk matrix in English');

    await region.getByRole('button', { name: 'Restore the MSB default' }).click();
    await eventually(() => previewText(page, 'Preview', 2, 4)).toBe('8 High');
    await region.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/^The risk settings are saved\. \d+ risks? changed level\.$/).waitFor();
    await region.getByText('The organisation uses the MSB default matrix (4 × 4).').waitFor();
    expect((await ciso.get<RiskSettings>('/api/v1/risk-settings')).defaultMatrix).toBe(true);
    expect((await ciso.get<{ level: string }>(`/api/v1/risks/${highRiskId}`)).level).toBe('high');
    await pickLanguage(page.getByRole('banner'), 'Svenska');
  });
});
