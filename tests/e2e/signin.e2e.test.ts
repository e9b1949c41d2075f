import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, fillLogin, signInAs, submitLogin, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();

/** The links in the main navigation, in order. */
async function navigationLinks(page: Page): Promise<string[]> {
  const navigation = page.getByRole('navigation', { name: 'Huvudmeny' });
  await navigation.getByRole('link', { name: 'Start' }).waitFor();
  return (await navigation.getByRole('link').allInnerTexts()).map((text) => text.trim());
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name, exact: true });

describe('signing in and out', () => {
  it('signs in in Swedish, shows who is signed in, and signs out', async () => {
    const { page } = await session.open();
    await page.goto(`${varn.url}/login`);
    await heading(page, 'Logga in').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.title()).toBe('Logga in – Värn');

    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    await heading(page, 'Välkommen, Petra Holm').waitFor();
    await page.getByText('Du är inloggad i Exempelkommun.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Administratör – Hela organisationen' }).waitFor();
    await page.getByRole('banner').getByText('Petra Holm').waitFor();

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL(`${varn.url}/login`);
    await heading(page, 'Logga in').waitFor();

    // Someone else signs in in the same tab: they see their own pages, nothing left from before.
    await fillLogin(page, 'employee@exempelkommun.se');
    await heading(page, 'Välkommen, Sofia Nyberg').waitFor();
    expect(await navigationLinks(page)).toEqual(['Start', 'Rapportera incident', 'Mina anmälningar', 'Min profil']);
    await page.getByText('Du har inga tilldelade roller.').waitFor();
  });

  it('has really ended the session after signing out: the pages ask for a sign-in again', async () => {
    const s = await session.open();
    s.expectFailure(401, '/api/v1/me');
    // The CISO's start page loads the coverage headline; if that request is still waiting for
    // the database when the sign-out commits, it is rightly refused.
    s.expectFailure(401, '/api/v1/coverage');
    await signInAs(s.page, varn.url, 'ciso@exempelkommun.se');
    await s.page.getByRole('button', { name: 'Logga ut' }).click();
    await heading(s.page, 'Logga in').waitFor();

    await s.page.goto(`${varn.url}/people`);
    await s.page.waitForURL(/\/login\?redirect=/);
    await heading(s.page, 'Logga in').waitFor();
    expect(await s.page.getByRole('navigation').count()).toBe(0);
  });

  it('refuses a wrong password with a message, and leaves the person on the login page', async () => {
    const s = await session.open();
    s.expectFailure(401, '/api/v1/auth/login');
    await submitLogin(s.page, varn.url, 'admin@exempelkommun.se', 'not-the-password-at-all');
    const alert = s.page.getByRole('alert').filter({ hasText: 'Inloggningen misslyckades' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Fel e-postadress eller lösenord.');
    expect(new URL(s.page.url()).pathname).toBe('/login');
    expect(await s.page.getByRole('navigation').count()).toBe(0);
  });

  it('asks for both fields before sending anything', async () => {
    const { page } = await session.open();
    await page.goto(`${varn.url}/login`);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Fyll i din e-postadress').waitFor();
    await page.getByText('Fyll i ditt lösenord').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('returns to the page that was asked for after signing in', async () => {
    const s = await session.open();
    s.expectFailure(401, '/api/v1/me');
    await s.page.goto(`${varn.url}/roles`);
    await s.page.waitForURL(/\/login\?redirect=/);
    expect(new URL(s.page.url()).searchParams.get('redirect')).toBe('/roles');
    await fillLogin(s.page, 'admin@exempelkommun.se');
    await heading(s.page, 'Roller').waitFor();
    expect(new URL(s.page.url()).pathname).toBe('/roles');
  });

  it('takes the person to the login page when the session ends while they work, and back afterwards', async () => {
    const s = await session.open();
    s.expectFailure(401, '/api/v1/me/tokens');
    await signInAs(s.page, varn.url, 'owner@exempelkommun.se');
    // The session ends on the server (as when it times out), behind the open page's back.
    const { csrfToken } = (await (await s.page.request.get(`${varn.url}/api/v1/me`)).json()) as { csrfToken: string };
    const logout = await s.page.request.post(`${varn.url}/api/v1/auth/logout`, { headers: { 'x-csrf-token': csrfToken } });
    expect(logout.ok()).toBe(true);

    // The next page that asks the server for something finds out, and sends the person to sign in.
    await s.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min profil' }).click();
    await heading(s.page, 'Logga in').waitFor();
    expect(new URL(s.page.url()).searchParams.get('redirect')).toBe('/profile');
    await fillLogin(s.page, 'owner@exempelkommun.se');
    await heading(s.page, 'Min profil').waitFor();
    await s.page.getByText('Du har inga API-nycklar.').waitFor();
  });
});

describe('navigation by role', () => {
  it('shows the administrator every page', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    expect(await navigationLinks(page)).toEqual(['Start', 'Rapportera incident', 'Mina anmälningar', 'Täckning', 'Förvaltningsobjekt', 'System', 'Informationsmängder', 'Informationstyper', 'Riskanalyser', 'Riskregister', 'Incidentstatistik', 'Sårbarheter', 'Kravkatalog', 'Stödenkäter', 'Organisation', 'Personer', 'Roller', 'Granskningslogg', 'Inställningar', 'Min profil']);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Granskningslogg' }).click();
    await heading(page, 'Granskningslogg').waitFor();
    await page.getByRole('table', { name: 'Händelser i granskningsloggen' }).waitFor();
  });

  it('shows an employee without roles only Start and Min profil, and no register pages', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'employee@exempelkommun.se');
    expect(await navigationLinks(page)).toEqual(['Start', 'Rapportera incident', 'Mina anmälningar', 'Min profil']);
    await page.getByText('Du har inga tilldelade roller.').waitFor();
    const shortcuts = page.getByRole('main').getByRole('link');
    expect((await shortcuts.allInnerTexts()).map((text) => text.trim())).toEqual(['Min profil']);

    // Typing the address of a register page gives an honest "no access", not the register.
    await page.goto(`${varn.url}/people`);
    await heading(page, 'Ingen behörighet').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);

    await page.getByRole('link', { name: 'Min profil' }).click();
    await heading(page, 'Min profil').waitFor();
    await page.getByRole('definition').filter({ hasText: 'employee@exempelkommun.se' }).waitFor();
  });

  it('shows a line manager their own unit only and no audit log', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'manager@exempelkommun.se');
    expect(await navigationLinks(page)).toEqual(['Start', 'Rapportera incident', 'Mina anmälningar', 'Täckning', 'Förvaltningsobjekt', 'System', 'Informationsmängder', 'Informationstyper', 'Riskanalyser', 'Riskregister', 'Kravkatalog', 'Organisation', 'Personer', 'Roller', 'Min profil']);
    await page.getByRole('listitem').filter({ hasText: 'Chef – Hemtjänst och underliggande enheter' }).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Personer' }).click();
    const table = page.getByRole('table', { name: 'Personer' });
    await table.getByRole('link', { name: 'Sofia Nyberg' }).waitFor();
    const units = await table.getByRole('row').filter({ has: page.getByRole('cell') }).evaluateAll((rows) =>
      rows.map((row) => (row as HTMLTableRowElement).cells[3].innerText.trim()),
    );
    expect(units.length).toBeGreaterThan(5);
    expect(new Set(units)).toEqual(new Set(['Hemtjänst']));
  });

  it('lets the auditor read every list but offers no way to change anything', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'auditor@exempelkommun.se');
    expect(await navigationLinks(page)).toEqual(['Start', 'Rapportera incident', 'Mina anmälningar', 'Täckning', 'Förvaltningsobjekt', 'System', 'Informationsmängder', 'Informationstyper', 'Riskanalyser', 'Riskregister', 'Incidentstatistik', 'Sårbarheter', 'Kravkatalog', 'Organisation', 'Personer', 'Roller', 'Granskningslogg', 'Min profil']);

    // Organisation: a unit's details, without create, rename, move or close.
    await page.getByRole('link', { name: 'Organisation' }).first().click();
    await heading(page, 'Organisation').waitFor();
    await page.getByRole('button', { name: 'Visa underenheter till Vård- och omsorgsnämnden' }).click();
    await page.getByRole('button', { name: 'Visa underenheter till Vård- och omsorgsförvaltningen' }).click();
    await page.getByRole('button', { name: 'Hemtjänst Avdelning' }).click();
    await page.getByRole('heading', { level: 2, name: 'Hemtjänst' }).waitFor();
    await page.getByRole('link', { name: 'Visa personer i enheten' }).waitFor();
    for (const name of ['Ny underenhet', 'Ändra namn och typ', 'Flytta', 'Stäng enheten', 'Öppna igen']) {
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    }

    // People: the list and a person's page, without "Ny person" or "Ändra".
    await page.getByRole('link', { name: 'Visa personer i enheten' }).click();
    await heading(page, 'Personer').waitFor();
    const table = page.getByRole('table', { name: 'Personer' });
    await table.getByRole('link', { name: 'Sofia Nyberg' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ny person' }).count()).toBe(0);
    await table.getByRole('link', { name: 'Sofia Nyberg' }).click();
    await heading(page, 'Sofia Nyberg').waitFor();
    await page.getByRole('definition').filter({ hasText: 'employee@exempelkommun.se' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ändra' }).count()).toBe(0);

    // Roles: every assignment, none of them revocable, and no "Tilldela roll".
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Roller' }).click();
    const roles = page.getByRole('table', { name: 'Rolltilldelningar' });
    await roles.getByRole('cell', { name: 'Petra Holm' }).waitFor();
    expect(await page.getByRole('button', { name: 'Tilldela roll' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Återkalla/ }).count()).toBe(0);

    // Audit log: readable.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Granskningslogg' }).click();
    await eventually(() => page.getByRole('table', { name: 'Händelser i granskningsloggen' }).getByRole('row').count()).toBeGreaterThan(2);
  });
});
