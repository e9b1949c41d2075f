import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { demoPassword, eventually, expectAccessible, signInAs, submitLogin, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** Opens a page from the main navigation and waits for its heading. */
async function navigate(page: Page, menu: string, link: string, heading = link) {
  await page.getByRole('navigation', { name: menu }).getByRole('link', { name: link, exact: true }).click();
  await h1(page, heading).waitFor();
}

/** Selects Socialförvaltningen in the org tree and waits for its details. */
async function selectSocialforvaltningen(page: Page, expandLabel: string, unitButton: string) {
  await page.getByRole('button', { name: expandLabel }).click();
  await page.getByRole('button', { name: unitButton }).click();
  await page.getByRole('heading', { level: 2, name: 'Socialförvaltningen', exact: true }).waitFor();
}

describe('axe finds nothing serious (WCAG 2.1 AA) in Swedish', () => {
  it('on the login page, also with the error message shown', async () => {
    const s = await session.open();
    s.expectFailure(401, '/api/v1/auth/login');
    await s.page.goto(`${varn.url}/login`);
    await h1(s.page, 'Logga in').waitFor();
    await expectAccessible(s.page, 'login');
    await submitLogin(s.page, varn.url, 'admin@exempelkommun.se', 'wrong-password-for-axe');
    await s.page.getByRole('alert').filter({ hasText: 'Fel e-postadress eller lösenord.' }).waitFor();
    await expectAccessible(s.page, 'login with error');
  });

  it('on the start page and the org page, with a unit selected and with the create dialog open', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    await page.getByRole('listitem').filter({ hasText: 'Administratör – Hela organisationen' }).waitFor();
    await expectAccessible(page, 'start');

    await navigate(page, 'Huvudmeny', 'Organisation');
    await page.getByRole('button', { name: 'Exempelkommun Organisation' }).waitFor();
    await expectAccessible(page, 'org');
    await selectSocialforvaltningen(page, 'Visa underenheter till Socialnämnden', 'Socialförvaltningen Förvaltning');
    await expectAccessible(page, 'org with a unit selected');
    await page.getByRole('button', { name: 'Ny underenhet' }).click();
    await page.getByRole('dialog', { name: 'Ny enhet under Socialförvaltningen' }).getByRole('textbox', { name: 'Namn' }).waitFor();
    await expectAccessible(page, 'org with the create dialog open');
  });

  it("on the people list and a person's page", async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    await navigate(page, 'Huvudmeny', 'Personer');
    await page.getByText(/^Visar 1–50 av \d+$/).waitFor();
    await expectAccessible(page, 'people');

    await page.getByRole('searchbox', { name: 'Sök på namn eller e-post' }).fill('Lena Sundberg');
    await page.getByRole('table', { name: 'Personer' }).getByRole('link', { name: 'Lena Sundberg' }).click();
    await h1(page, 'Lena Sundberg').waitFor();
    await page.getByRole('cell', { name: 'Objektägare', exact: true }).first().waitFor();
    await expectAccessible(page, 'person');
    await page.getByRole('button', { name: 'Ändra', exact: true }).click();
    await page.getByRole('dialog', { name: 'Ändra Lena Sundberg' }).getByRole('textbox', { name: 'Namn' }).waitFor();
    await expectAccessible(page, 'person with the edit dialog open');
  });

  it('on the roles page, also with the assign dialog open', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    await navigate(page, 'Huvudmeny', 'Roller');
    await page.getByRole('table', { name: 'Rolltilldelningar' }).getByRole('cell', { name: 'Petra Holm', exact: true }).waitFor();
    await expectAccessible(page, 'roles');
    await page.getByRole('button', { name: 'Tilldela roll' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tilldela roll' });
    await dialog.getByRole('combobox', { name: 'Enhet' }).waitFor();
    await expectAccessible(page, 'roles with the assign dialog open');
    // With the person search open and listing people.
    await dialog.getByRole('combobox', { name: 'Person' }).fill('Sundberg');
    await page.getByRole('option', { name: /^Lena Sundberg/ }).waitFor();
    await expectAccessible(page, 'roles with the person search open');
  });

  it('on the profile page, also with a new API token shown', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'owner@exempelkommun.se');
    await navigate(page, 'Huvudmeny', 'Min profil');
    await page.getByText('Du har inga API-nycklar.').waitFor();
    await expectAccessible(page, 'profile');
    const tokens = page.getByRole('region', { name: 'API-nycklar' });
    await tokens.getByRole('textbox', { name: 'Namn' }).fill('Tillgänglighetstest');
    await tokens.getByRole('button', { name: 'Skapa API-nyckel' }).click();
    await page.getByRole('status').filter({ hasText: 'Din nya API-nyckel: Tillgänglighetstest' }).waitFor();
    await page.getByRole('table', { name: 'Dina API-nycklar' }).getByRole('cell', { name: 'Aktiv' }).waitFor();
    await expectAccessible(page, 'profile with a new token and its notification');
  });

  it('on the audit log, with a row expanded', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'auditor@exempelkommun.se');
    await navigate(page, 'Huvudmeny', 'Granskningslogg');
    const table = page.getByRole('table', { name: 'Händelser i granskningsloggen' });
    await eventually(() => table.getByRole('row').count()).toBeGreaterThan(10);
    await expectAccessible(page, 'audit');
    await table.getByRole('button', { name: /^Visa \d+ ändringar$/ }).first().click();
    await page.getByRole('table', { name: /^Ändrade fält för / }).waitFor();
    await expectAccessible(page, 'audit with a row expanded');
  });

  it('on the page an employee gets for a register they may not see', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'employee@exempelkommun.se');
    await page.goto(`${varn.url}/audit`);
    await h1(page, 'Ingen behörighet').waitFor();
    await expectAccessible(page, 'no access');
  });
});

describe('axe finds nothing serious (WCAG 2.1 AA) in English', () => {
  it('on the start, org and people pages', async () => {
    const { page } = await session.open();
    await page.goto(`${varn.url}/login`);
    await page.getByRole('main').getByText('English', { exact: true }).click();
    await h1(page, 'Log in').waitFor();
    await expectAccessible(page, 'login (English)');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill('ciso@exempelkommun.se');
    await page.getByRole('textbox', { name: 'Password' }).fill(demoPassword);
    await page.getByRole('button', { name: 'Log in' }).click();
    await h1(page, 'Welcome, Karin Ekström').waitFor();
    await expectAccessible(page, 'start (English)');

    await navigate(page, 'Main menu', 'Organisation');
    await selectSocialforvaltningen(page, 'Show subunits of Socialnämnden', 'Socialförvaltningen Administration');
    await expectAccessible(page, 'org with a unit selected (English)');

    await navigate(page, 'Main menu', 'People');
    await page.getByText(/^Showing 1–50 of \d+$/).waitFor();
    await expectAccessible(page, 'people (English)');
  });
});
