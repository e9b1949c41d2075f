import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillLogin, signInAs, pickLanguage, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

async function navigationLinks(page: Page, name: string): Promise<string[]> {
  const navigation = page.getByRole('navigation', { name });
  await navigation.getByRole('link').first().waitFor();
  return (await navigation.getByRole('link').allInnerTexts()).map((text) => text.trim());
}

const swedishNavigation = ['Start', 'Rapportera incident', 'Mina anmälningar', 'Täckning', 'Förvaltningsobjekt', 'System', 'Informationsmängder', 'Informationstyper', 'Riskanalyser', 'Riskregister', 'Incidenter', 'Incidentfrister', 'Incidentstatistik', 'Sårbarheter', 'Kravkatalog', 'Säkerhetsskyddsärenden', 'Stödenkäter', 'Organisation', 'Personer', 'Roller', 'Granskningslogg', 'Inställningar', 'Min profil'];
const englishNavigation = ['Start', 'Report an incident', 'My reports', 'Coverage', 'Management objects', 'Systems', 'Information sets', 'Information types', 'Risk analyses', 'Risk register', 'Incidents', 'Incident deadlines', 'Incident statistics', 'Vulnerabilities', 'Requirements', 'Protective-security cases', 'Support surveys', 'Organisation', 'People', 'Roles', 'Audit log', 'Settings', 'My profile'];

describe('language', () => {
  it('switches to English, and remembers it after signing out and in, also in a new browser', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'ciso@exempelkommun.se');
    expect(await htmlLang(page)).toBe('sv');
    expect(await navigationLinks(page, 'Huvudmeny')).toEqual(swedishNavigation);

    await pickLanguage(page.getByRole('banner'), 'English');
    await page.getByText('Your language has been saved.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Karin Ekström', exact: true }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.title()).toBe('Start – Värn');
    expect(await navigationLinks(page, 'Main menu')).toEqual(englishNavigation);
    await page.getByText('You are signed in to Exempelkommun.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Information-security strategist (CISO) – Whole organisation' }).waitFor();
    expect(await page.getByRole('banner').getByRole('radio', { name: 'English' }).isChecked()).toBe(true);

    // Pages opened after the switch are in English too.
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People', exact: true }).waitFor();
    await page.getByRole('searchbox', { name: 'Search by name or e-mail' }).waitFor();
    await page.getByRole('columnheader', { name: 'Employment' }).waitFor();
    expect(await page.title()).toBe('People – Värn');

    // Signed out and in again in the same browser: still English.
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in', exact: true }).waitFor();
    await signInAs(page, varn.url, 'ciso@exempelkommun.se');
    await page.getByRole('heading', { level: 1, name: 'Welcome, Karin Ekström', exact: true }).waitFor();
    expect(await htmlLang(page)).toBe('en');

    // A new browser context knows nothing yet: Swedish until the person has signed in.
    const fresh = await session.open();
    await fresh.page.goto(`${varn.url}/login`);
    await fresh.page.getByRole('heading', { level: 1, name: 'Logga in', exact: true }).waitFor();
    expect(await htmlLang(fresh.page)).toBe('sv');
    await signInAs(fresh.page, varn.url, 'ciso@exempelkommun.se');
    await fresh.page.getByRole('heading', { level: 1, name: 'Welcome, Karin Ekström', exact: true }).waitFor();
    expect(await htmlLang(fresh.page)).toBe('en');
    expect(await navigationLinks(fresh.page, 'Main menu')).toEqual(englishNavigation);

    // And back to Swedish from the profile page.
    await fresh.page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My profile' }).click();
    await fresh.page.getByRole('heading', { level: 1, name: 'My profile', exact: true }).waitFor();
    await pickLanguage(fresh.page.getByRole('region', { name: /^(Språk|Language)$/ }), 'Svenska');
    await fresh.page.getByText('Språket är sparat.').waitFor();
    await fresh.page.getByRole('heading', { level: 1, name: 'Min profil', exact: true }).waitFor();
    expect(await htmlLang(fresh.page)).toBe('sv');
    expect(await navigationLinks(fresh.page, 'Huvudmeny')).toEqual(swedishNavigation);
  });

  it('keeps a language chosen on the login page, and saves it on the person at sign-in', async () => {
    const { page } = await session.open();
    await page.goto(`${varn.url}/login`);
    await pickLanguage(page.getByRole('main'), 'English');
    await page.getByRole('heading', { level: 1, name: 'Log in', exact: true }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    await page.getByRole('textbox', { name: 'E-mail address' }).waitFor();
    await page.getByRole('textbox', { name: 'Password' }).waitFor();
    expect(await page.title()).toBe('Log in – Värn');

    await fillLogin(page, 'incident@exempelkommun.se');
    await page.getByRole('heading', { level: 1, name: 'Welcome, Jonas Wikström', exact: true }).waitFor();
    expect(await htmlLang(page)).toBe('en');

    // Saved on the person: another browser gets English at sign-in.
    const other = await session.open();
    await signInAs(other.page, varn.url, 'incident@exempelkommun.se');
    await other.page.getByRole('heading', { level: 1, name: 'Welcome, Jonas Wikström', exact: true }).waitFor();
    expect(await navigationLinks(other.page, 'Main menu')).toEqual(['Start', 'Report an incident', 'My reports', 'Coverage', 'Management objects', 'Systems', 'Information sets', 'Information types', 'Risk analyses', 'Risk register', 'Incidents', 'Incident deadlines', 'Incident statistics', 'Vulnerabilities', 'Requirements', 'Organisation', 'People', 'Roles', 'My profile']);
  });

  it('shows a wrong password in the chosen language', async () => {
    const s = await session.open();
    s.expectFailure(401, '/api/v1/auth/login');
    await s.page.goto(`${varn.url}/login`);
    await pickLanguage(s.page.getByRole('main'), 'English');
    await s.page.getByRole('textbox', { name: 'E-mail address' }).fill('employee@exempelkommun.se');
    await s.page.getByRole('textbox', { name: 'Password' }).fill('wrong-password-here');
    await s.page.getByRole('button', { name: 'Log in' }).click();
    const alert = s.page.getByRole('alert').filter({ hasText: 'Login failed' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Wrong e-mail address or password.');
  });
});
