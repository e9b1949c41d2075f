import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, signInAs, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();

/** Calls the API from outside the browser, as another system would, with the token as its only credential. */
function callWithToken(secret: string, path = '/api/v1/me') {
  return fetch(`${varn.url}${path}`, { headers: { Authorization: `Bearer ${secret}`, Accept: 'application/json' } });
}

async function openProfile(page: Page) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min profil' }).click();
  await page.getByRole('heading', { level: 1, name: 'Min profil', exact: true }).waitFor();
}

/** The token table's row for `name`, as its cells read. */
async function tokenRow(page: Page, name: string): Promise<string[]> {
  const row = page.getByRole('table', { name: 'Dina API-nycklar' }).getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  await row.waitFor();
  return row.getByRole('cell').allInnerTexts();
}

describe('API tokens on the profile page', () => {
  it('shows the secret once; the token works as a Bearer token until it is revoked', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'it@exempelkommun.se');
    await openProfile(page);
    await page.getByText('Du har inga API-nycklar.').waitFor();

    const tokens = page.getByRole('region', { name: 'API-nycklar' });
    await tokens.getByRole('textbox', { name: 'Namn' }).fill('Ärendesystemet');
    await tokens.getByRole('textbox', { name: 'Giltig i antal dagar' }).fill('30');
    await tokens.getByRole('button', { name: 'Skapa API-nyckel' }).click();

    // The secret, once, with the warning that it will not be shown again.
    const shown = page.getByRole('status').filter({ hasText: 'Din nya API-nyckel: Ärendesystemet' });
    await shown.getByText('Kopiera nyckeln nu. Den visas bara den här gången och kan inte visas igen.').waitFor();
    const secret = (await shown.getByLabel('API-nyckel', { exact: true }).innerText()).trim();
    expect(secret).toMatch(/^varn_[A-Za-z0-9_-]+_[A-Za-z0-9_-]+$/);
    await shown.getByRole('button', { name: 'Kopiera nyckeln' }).waitFor();
    await page.getByText('API-nyckeln Ärendesystemet är skapad.').waitFor();

    // Listed with its prefix (not the secret), active, never used.
    const [name, prefix, , , lastUsed, state] = await tokenRow(page, 'Ärendesystemet');
    expect(name).toBe('Ärendesystemet');
    expect(secret.startsWith(`varn_${prefix}_`)).toBe(true);
    expect(lastUsed).toBe('Aldrig');
    expect(state).toBe('Aktiv');

    // Another system can use it: Authorization: Bearer, no cookie, no CSRF token.
    const me = await callWithToken(secret);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: 'it@exempelkommun.se', name: 'Mats Lundin' });
    const people = await callWithToken(secret, '/api/v1/people?limit=1');
    expect(people.status).toBe(200);
    // A wrong secret with the same prefix does not work.
    expect((await callWithToken(`${secret.slice(0, -2)}xx`)).status).toBe(401);

    // Once hidden, the secret is gone for good, also after a reload.
    await shown.getByRole('button', { name: 'Jag har sparat nyckeln' }).click();
    await shown.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Min profil', exact: true }).waitFor();
    const afterReload = await tokenRow(page, 'Ärendesystemet');
    expect(afterReload[4]).not.toBe('Aldrig');
    expect(await page.locator('body').innerText()).not.toContain(secret);

    // Revoke it: asked first, then it stops working at once.
    await page.getByRole('button', { name: 'Återkalla API-nyckeln Ärendesystemet' }).click();
    const confirm = page.getByRole('dialog', { name: 'Återkalla API-nyckel?' });
    await confirm.getByText('System som använder nyckeln Ärendesystemet slutar fungera direkt.').waitFor();
    await confirm.getByRole('button', { name: 'Återkalla', exact: true }).click();
    await page.getByText('API-nyckeln Ärendesystemet är återkallad.').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await eventually(async () => (await tokenRow(page, 'Ärendesystemet'))[5]).toBe('Återkallad');
    expect(await page.getByRole('button', { name: 'Återkalla API-nyckeln Ärendesystemet' }).count()).toBe(0);

    const refused = await callWithToken(secret);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'unauthenticated' });

    // The browser session itself is unaffected.
    await page.reload();
    await page.getByRole('definition').filter({ hasText: 'it@exempelkommun.se' }).waitFor();
  });

  it('asks for a name, and keeps the number of days within 1–365, before creating a token', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'employee@exempelkommun.se');
    await openProfile(page);
    const tokens = page.getByRole('region', { name: 'API-nycklar' });
    const days = tokens.getByRole('textbox', { name: 'Giltig i antal dagar' });
    await days.fill('400');
    await tokens.getByRole('button', { name: 'Skapa API-nyckel' }).click();
    await tokens.getByText('Fyll i fältet').waitFor();
    expect(await days.inputValue()).toBe('365');
    expect(await page.getByRole('status').filter({ hasText: 'Din nya API-nyckel' }).count()).toBe(0);
    await page.getByText('Du har inga API-nycklar.').waitFor();
  });
});
