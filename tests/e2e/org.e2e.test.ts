import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiAs, choose, signInAs, unitNamed, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();
let admin: Awaited<ReturnType<typeof apiAs>>;

beforeAll(async () => {
  admin = await apiAs(varn.url, 'admin@exempelkommun.se');
});

/** A fresh unit under a demo unit (set up through the API; the UI is what these tests try). */
async function newUnit(name: string, parentName = 'Socialförvaltningen'): Promise<string> {
  const parent = await unitNamed(admin, parentName);
  const unit = await admin.post<{ id: string }>('/api/v1/org-units', { name, type: 'enhet', parentId: parent.id });
  return unit.id;
}

/** Opens the org page with `unitId` selected, as a link to it would, and waits for its details. */
async function openUnit(page: Page, unitId: string, name: string) {
  await page.goto(`${varn.url}/org?unit=${unitId}`);
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
}

const definition = (page: Page, text: string) => page.getByRole('definition').filter({ hasText: text });

describe('the org tree', () => {
  it('renames a unit and changes its type', async () => {
    const unitId = await newUnit('Projektenheten');
    const { page } = await session.open();
    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    await openUnit(page, unitId, 'Projektenheten');
    // Opening it by address shows the path down to it in the tree.
    await page.getByRole('button', { name: 'Projektenheten Enhet' }).waitFor();

    await page.getByRole('button', { name: 'Ändra namn och typ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra Projektenheten' });
    expect(await dialog.getByRole('textbox', { name: 'Namn' }).inputValue()).toBe('Projektenheten');
    await dialog.getByRole('textbox', { name: 'Namn' }).fill('Digitaliseringsavdelningen');
    await choose(dialog, 'Typ', 'Avdelning');
    await dialog.getByRole('button', { name: 'Spara' }).click();

    await page.getByText('Ändringen är sparad.').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 2, name: 'Digitaliseringsavdelningen', exact: true }).waitFor();
    await definition(page, 'Avdelning').waitFor();
    await page.getByRole('button', { name: 'Digitaliseringsavdelningen Avdelning' }).waitFor();
    expect(await page.getByRole('button', { name: 'Projektenheten Enhet' }).count()).toBe(0);
  });

  it('refuses an empty name in the form, before asking the server', async () => {
    const unitId = await newUnit('Namnlösa enheten');
    const { page } = await session.open();
    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    await openUnit(page, unitId, 'Namnlösa enheten');
    await page.getByRole('button', { name: 'Ändra namn och typ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra Namnlösa enheten' });
    await dialog.getByRole('textbox', { name: 'Namn' }).fill('   ');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Fyll i fältet').waitFor();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 2, name: 'Namnlösa enheten', exact: true }).waitFor();
  });

  it('moves a unit under another förvaltning, and never offers the unit itself as its new parent', async () => {
    const unitId = await newUnit('Flyttenheten');
    await admin.post('/api/v1/org-units', { name: 'Flyttenhetens grupp', type: 'enhet', parentId: unitId });
    const { page } = await session.open();
    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    await openUnit(page, unitId, 'Flyttenheten');
    await definition(page, 'Exempelkommun › Socialnämnden › Socialförvaltningen').waitFor();

    await page.getByRole('button', { name: 'Flytta' }).click();
    const dialog = page.getByRole('dialog', { name: 'Flytta Flyttenheten' });
    await dialog.getByText('Enheten flyttas med alla sina underenheter.', { exact: false }).waitFor();
    // Neither the unit nor anything below it can be its new parent.
    const parentBox = dialog.getByRole('combobox', { name: 'Ny överordnad enhet' });
    await parentBox.fill('Flyttenhet');
    await page.getByText('Inga träffar').waitFor();
    expect(await page.getByRole('option', { name: /Flyttenhet/ }).count()).toBe(0);

    await choose(dialog, 'Ny överordnad enhet', 'Vård- och omsorgsförvaltningen', 'Vård- och omsorgsförv');
    await dialog.getByRole('button', { name: 'Flytta' }).click();
    await page.getByText('Flyttenheten är flyttad.').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await definition(page, 'Exempelkommun › Vård- och omsorgsnämnden › Vård- och omsorgsförvaltningen').waitFor();

    // In the tree it now sits under Vård- och omsorgsförvaltningen, with its subunit.
    const newParent = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Vård- och omsorgsförvaltningen Förvaltning', exact: true }) })
      .last();
    await newParent.getByRole('button', { name: 'Flyttenheten Enhet' }).waitFor();
    const oldParent = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Socialförvaltningen Förvaltning', exact: true }) })
      .last();
    expect(await oldParent.getByRole('button', { name: 'Flyttenheten Enhet' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Visa underenheter till Flyttenheten' }).click();
    await page.getByRole('button', { name: 'Flyttenhetens grupp Enhet' }).click();
    await definition(page, 'Vård- och omsorgsförvaltningen › Flyttenheten').waitFor();
  });

  it('refuses to close a unit that has people, and closes it once they have moved', async () => {
    const unitId = await newUnit('Avvecklingsenheten');
    const person = await admin.post<{ id: string }>('/api/v1/people', {
      name: 'Oskar Avveckling',
      email: 'oskar.avveckling@exempelkommun.se',
      orgUnitId: unitId,
    });
    const s = await session.open();
    s.expectFailure(409, `/api/v1/org-units/${unitId}/close`);
    const { page } = s;
    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    await openUnit(page, unitId, 'Avvecklingsenheten');

    // Refused: the message says why, and the unit stays open.
    await page.getByRole('button', { name: 'Stäng enheten' }).click();
    let dialog = page.getByRole('dialog', { name: 'Stäng Avvecklingsenheten?' });
    await dialog.getByRole('button', { name: 'Stäng enheten' }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.getByText('Enheten kan inte stängas eftersom den fortfarande har öppna underenheter eller personer.').waitFor();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await definition(page, 'Öppen').waitFor();

    // Move the person away, through their edit form.
    await page.getByRole('link', { name: 'Visa personer i enheten' }).click();
    await page.getByRole('link', { name: 'Oskar Avveckling' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oskar Avveckling', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Ändra' }).click();
    const edit = page.getByRole('dialog', { name: 'Ändra Oskar Avveckling' });
    await choose(edit, 'Enhet', 'Socialförvaltningen', 'Socialförvaltningen');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Uppgifterna för Oskar Avveckling är sparade.').waitFor();
    await definition(page, 'Socialförvaltningen').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${person.id}`);

    // Now it closes.
    await openUnit(page, unitId, 'Avvecklingsenheten');
    await page.getByRole('button', { name: 'Stäng enheten' }).click();
    dialog = page.getByRole('dialog', { name: 'Stäng Avvecklingsenheten?' });
    await dialog.getByRole('button', { name: 'Stäng enheten' }).click();
    await page.getByText('Avvecklingsenheten är stängd.').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await definition(page, 'Stängd sedan').waitFor();
    await page.getByRole('button', { name: 'Öppna igen' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ny underenhet' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Stäng enheten' }).count()).toBe(0);

    // Closed units can be hidden from the tree.
    await page.getByRole('button', { name: /^Avvecklingsenheten Enhet/ }).waitFor();
    await page.getByRole('switch', { name: 'Visa stängda enheter' }).click();
    await page.getByRole('button', { name: /^Avvecklingsenheten Enhet/ }).waitFor({ state: 'detached' });
    await page.getByRole('switch', { name: 'Visa stängda enheter' }).click();

    // And reopened.
    await page.getByRole('button', { name: 'Öppna igen' }).click();
    await page.getByText('Avvecklingsenheten är öppen igen.').waitFor();
    await definition(page, 'Öppen').waitFor();
    await page.getByRole('button', { name: 'Stäng enheten' }).waitFor();
  });
});
