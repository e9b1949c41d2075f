import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPassword, eventually, isFocused, tabTo, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** Signs in with the keyboard alone: Tab to each field, type, Enter. */
async function signInByKeyboard(page: Page, email: string) {
  await page.goto(`${varn.url}/login`);
  await h1(page, 'Logga in').waitFor();
  // The language switch comes first, then the e-mail field.
  expect(await tabTo(page, page.getByRole('textbox', { name: 'E-postadress' }), 3)).toBeLessThanOrEqual(3);
  await page.keyboard.type(email);
  // One Tab to the password (the show-password toggle is not a Tab stop), one more to the button.
  await page.keyboard.press('Tab');
  expect(await isFocused(page.getByRole('textbox', { name: 'Lösenord' }))).toBe(true);
  await page.keyboard.type(demoPassword);
  await page.keyboard.press('Tab');
  expect(await isFocused(page.getByRole('button', { name: 'Logga in' }))).toBe(true);
  await page.keyboard.press('Enter');
}

describe('using Värn with the keyboard only', () => {
  it('goes from the login page to a person in the people list, using the skip link on the way', async () => {
    const { page } = await session.open();
    await signInByKeyboard(page, 'admin@exempelkommun.se');
    const welcome = h1(page, 'Välkommen, Petra Holm');
    await welcome.waitFor();
    // After a page change, focus is on the new page's heading, so screen readers announce it.
    await eventually(() => isFocused(welcome)).toBe(true);

    // The skip link is the first stop of the page; it shows when focused and leads past the menu.
    const skip = page.getByRole('link', { name: 'Hoppa till huvudinnehållet' });
    await tabTo(page, skip);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    await eventually(() => isFocused(welcome)).toBe(true);
    await page.keyboard.press('Tab');
    // The next stop is the first link in the page itself, not the header or the menu.
    const main = page.getByRole('main');
    expect(await isFocused(main.getByRole('link', { name: 'Organisation' }))).toBe(true);

    await tabTo(page, main.getByRole('link', { name: 'Personer' }), 3);
    await page.keyboard.press('Enter');
    const peopleHeading = h1(page, 'Personer');
    await peopleHeading.waitFor();
    await eventually(() => isFocused(peopleHeading)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/people');

    await tabTo(page, page.getByRole('searchbox', { name: 'Sök på namn eller e-post' }), 3);
    await page.keyboard.type('Nyberg');
    const sofia = page.getByRole('table', { name: 'Personer' }).getByRole('link', { name: 'Sofia Nyberg' });
    await sofia.waitFor();
    await eventually(() => page.getByRole('table', { name: 'Personer' }).getByRole('link').count()).toBeLessThan(10);
    await tabTo(page, sofia, 20);
    await page.keyboard.press('Enter');
    const person = h1(page, 'Sofia Nyberg');
    await person.waitFor();
    await page.getByRole('definition').filter({ hasText: 'employee@exempelkommun.se' }).waitFor();
    await eventually(() => isFocused(person)).toBe(true);
  });

  it('offers the skip link as the first Tab stop of a freshly opened page', async () => {
    const { page } = await session.open();
    await signInByKeyboard(page, 'ciso@exempelkommun.se');
    await h1(page, 'Välkommen, Karin Ekström').waitFor();
    await page.goto(`${varn.url}/roles`);
    const heading = h1(page, 'Roller');
    await heading.waitFor();
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('link', { name: 'Hoppa till huvudinnehållet' }))).toBe(true);
    await page.keyboard.press('Enter');
    await eventually(() => isFocused(heading)).toBe(true);
  });

  it('works the org tree and a dialog: expand, select, open, Escape, and create with Enter', async () => {
    const { page } = await session.open();
    await signInByKeyboard(page, 'admin@exempelkommun.se');
    await h1(page, 'Välkommen, Petra Holm').waitFor();
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    await tabTo(page, menu.getByRole('link', { name: 'Organisation' }));
    await page.keyboard.press('Enter');
    await h1(page, 'Organisation').waitFor();

    const expand = page.getByRole('button', { name: 'Visa underenheter till Kultur- och fritidsnämnden' });
    // Wait for the tree: Tab presses made before it loads wrap round the whole (long) menu.
    await expand.waitFor();
    await tabTo(page, expand);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Dölj underenheter till Kultur- och fritidsnämnden' }).waitFor();
    expect(await page.getByRole('button', { name: 'Dölj underenheter till Kultur- och fritidsnämnden' }).getAttribute('aria-expanded')).toBe('true');
    await tabTo(page, page.getByRole('button', { name: 'Kultur- och fritidsförvaltningen Förvaltning' }), 4);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Kultur- och fritidsförvaltningen', exact: true }).waitFor();

    const create = page.getByRole('button', { name: 'Ny underenhet' });
    await tabTo(page, create, 60);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ny enhet under Kultur- och fritidsförvaltningen' });
    const name = dialog.getByRole('textbox', { name: 'Namn' });
    await name.waitFor();
    await eventually(() => isFocused(name)).toBe(true);
    // Escape closes the dialog and gives focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await eventually(() => isFocused(create)).toBe(true);

    await page.keyboard.press('Enter');
    await eventually(() => isFocused(name)).toBe(true);
    await page.keyboard.type('Musikskolan');
    await page.keyboard.press('Enter');
    await page.getByText('Enheten Musikskolan är skapad.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Musikskolan', exact: true }).waitFor();
    await page.getByRole('definition').filter({ hasText: 'Kultur- och fritidsnämnden › Kultur- och fritidsförvaltningen' }).waitFor();
  });
});
