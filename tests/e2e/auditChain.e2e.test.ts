import { describe, expect, it } from 'vitest';
import { expectAccessible, pickLanguage, signInAs, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();

describe('the audit log’s integrity check', () => {
  it('lets the auditor confirm, in Swedish and English, that no event was edited or removed', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'auditor@exempelkommun.se');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Granskningslogg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Granskningslogg', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Kontrollera loggens integritet' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Loggen är obruten' });
    await result.waitFor();
    const text = await result.innerText();
    const events = Number(/Alla (\d+) händelser/.exec(text)?.[1]);
    expect(events).toBeGreaterThan(300);
    await expectAccessible(page, 'audit log with the integrity result');

    await pickLanguage(page.getByRole('banner'), 'English');
    await page.getByRole('button', { name: 'Check the log’s integrity' }).click();
    await page.getByRole('status').filter({ hasText: 'The log is intact' }).waitFor();
  });
});
