import type { Locator, Page } from 'playwright-core';

/** The page's h1; a string matches exactly. */
export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' });
export const menu = (page: Page, name = 'Huvudmeny') => page.getByRole('navigation', { name });
export const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** A table's body rows as shown, cell by cell. */
export function tableRows(scope: Page | Locator, name: string): Promise<string[][]> {
  return scope.getByRole('table', { name, exact: true }).evaluateAll((tables) =>
    tables.flatMap((table) => [...(table as HTMLTableElement).tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.innerText.trim()))),
  );
}

/** Waits for a success notice and closes it, so it does not lie over buttons near the bottom right. */
export async function notice(page: Page, text: string) {
  const alert = page.getByRole('alert').filter({ hasText: text });
  await alert.waitFor();
  await alert.getByRole('button', { name: /^(Stäng|Close)$/ }).click();
  await alert.waitFor({ state: 'detached' });
}
