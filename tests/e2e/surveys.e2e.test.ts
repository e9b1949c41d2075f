import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, expectAccessible, pickLanguage, signInAs, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const title = 'Stödbehov våren 2026';

/** The bell's accessible name, e.g. "Notifications, 2 unread", as a number (0 when none are unread). */
async function unreadInBell(page: Page, name: RegExp): Promise<number> {
  const label = (await page.getByRole('banner').getByRole('button', { name }).getAttribute('aria-label')) ?? '';
  return Number(/(\d+)/.exec(label)?.[1] ?? 0);
}

describe('support survey', () => {
  it('goes from the CISO to a contact, who answers in English, and back to the CISO as a picture per förvaltning', async () => {
    // The CISO composes the survey from Värn's proposal, keeping only Lena Sundberg for Socialförvaltningen.
    const ciso = await session.open();
    await signInAs(ciso.page, varn.url, 'ciso@exempelkommun.se');
    await ciso.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Stödenkäter' }).click();
    await h1(ciso.page, 'Stödenkäter').waitFor();
    await ciso.page.getByRole('link', { name: 'Ny stödenkät' }).click();
    await h1(ciso.page, 'Ny stödenkät').waitFor();
    await ciso.page.getByRole('textbox', { name: 'Rubrik' }).fill(title);
    await ciso.page.getByRole('textbox', { name: 'Meddelande till mottagarna' }).fill('Vilket stöd behöver ni för klassning och riskanalys?');
    const social = ciso.page.getByRole('group', { name: 'Socialförvaltningen', exact: true });
    const lena = social.getByRole('checkbox', { name: 'Lena Sundberg' });
    expect(await lena.isChecked()).toBe(true);
    await expectAccessible(ciso.page, 'new survey');
    await ciso.page.getByRole('button', { name: 'Välj ingen' }).click();
    expect(await lena.isChecked()).toBe(false);
    await lena.check();
    await ciso.page.getByText('1 mottagare vald', { exact: true }).waitFor();
    await ciso.page.getByRole('button', { name: 'Skicka enkäten' }).click();
    await ciso.page.getByText(`Enkäten ${title} är skickad till 1 mottagare.`).waitFor();
    await h1(ciso.page, 'Stödenkäter').waitFor();
    const row = ciso.page.getByRole('table', { name: 'Stödenkäter' }).getByRole('row').filter({ hasText: title });
    await row.getByRole('cell', { name: '0 av 1', exact: true }).waitFor();
    await expectAccessible(ciso.page, 'survey list');

    // Lena switches to English, finds the notification under the bell and answers.
    const contact = await session.open();
    const page = contact.page;
    await signInAs(page, varn.url, 'owner@exempelkommun.se');
    await pickLanguage(page.getByRole('banner'), 'English');
    await h1(page, 'Welcome, Lena Sundberg').waitFor();
    await page.getByText('You have 1 survey to answer').waitFor();
    const bellName = /^Notifications(, \d+ unread)?$/;
    const unreadBefore = await unreadInBell(page, bellName);
    expect(unreadBefore).toBeGreaterThanOrEqual(1);
    await page.getByRole('banner').getByRole('button', { name: bellName }).click();
    const panel = page.getByRole('dialog', { name: 'Notifications' });
    const notice = panel.getByRole('link', { name: new RegExp(`^Unread: You have received a support survey: ${title}`) });
    await notice.waitFor();
    await expectAccessible(page, 'notification panel');
    await notice.click();
    await h1(page, 'My surveys').waitFor();
    await panel.waitFor({ state: 'hidden' });
    await eventually(() => unreadInBell(page, bellName)).toBe(unreadBefore - 1);

    const form = page.getByRole('form', { name: title });
    await page.getByText('You answer for Socialförvaltningen.').waitFor();
    const answer = async (question: string, level: string) =>
      form.getByRole('radiogroup', { name: question }).getByRole('radio', { name: level, exact: true }).check();
    await answer('Do you need training in information classification and risk analysis?', 'Large need');
    await answer('Do you need the information-security strategist to help run your workshops?', 'Some need');
    await answer('Do you need templates and examples from other administrations?', 'No need');
    await answer('Do you and your colleagues need more time set aside for the work?', 'Large need');
    await form.getByRole('textbox', { name: 'How many hours a month could you spend on classification and risk work?' }).fill('6');
    await form.getByRole('textbox', { name: /^Anything else you would like to tell us\?/ }).fill('Examples from other administrations would help most.');
    await expectAccessible(page, 'answer form');
    await form.getByRole('button', { name: 'Send answer' }).click();
    await page.getByText('Thank you! Your answer has been saved.').waitFor();
    await form.getByRole('button', { name: 'Change answer' }).waitFor();

    // The CISO, in Swedish, sees the answer counted for Socialförvaltningen, without Lena's name.
    await ciso.page.reload();
    await row.getByRole('cell', { name: '1 av 1', exact: true }).waitFor();
    await row.getByRole('link', { name: title }).click();
    await h1(ciso.page, title).waitFor();
    const results = ciso.page.getByRole('table', { name: 'Stödbehov per förvaltning' });
    const socialRow = results.getByRole('row').filter({ has: ciso.page.getByRole('rowheader', { name: 'Socialförvaltningen', exact: true }) });
    const cells = await socialRow.getByRole('cell').allInnerTexts();
    expect(cells.map((text) => text.trim())).toEqual([
      '1 av 1',
      'Stort behov: 1, Visst behov: 0, Inget behov: 0',
      'Stort behov: 0, Visst behov: 1, Inget behov: 0',
      'Stort behov: 0, Visst behov: 0, Inget behov: 1',
      'Stort behov: 1, Visst behov: 0, Inget behov: 0',
      '6',
    ]);
    await ciso.page.getByRole('listitem').filter({ hasText: 'Examples from other administrations would help most.' }).waitFor();
    const chart = ciso.page.getByRole('img', { name: /^Stapeldiagram: behov av Utbildning per förvaltning/ });
    await chart.locator('svg').first().waitFor();
    expect(await ciso.page.getByText('Lena Sundberg').count()).toBe(0);
    await expectAccessible(ciso.page, 'survey results');
  });
});
