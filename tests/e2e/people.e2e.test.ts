import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiAs, choose, eventually, signInAs, unitNamed, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();
let admin: Awaited<ReturnType<typeof apiAs>>;

beforeAll(async () => {
  admin = await apiAs(varn.url, 'admin@exempelkommun.se');
});

/** A fresh person in Kansliavdelningen, set up through the API. */
async function newPerson(name: string, email: string): Promise<string> {
  const unit = await unitNamed(admin, 'Kansliavdelningen');
  return (await admin.post<{ id: string }>('/api/v1/people', { name, email, title: 'Handläggare', orgUnitId: unit.id })).id;
}

/** The people table's rows as shown: name, title, e-mail, unit, manager, status, can sign in. */
function peopleRows(page: Page): Promise<string[][]> {
  return page.getByRole('table', { name: 'Personer' }).evaluateAll((tables) =>
    tables.flatMap((table) =>
      [...(table as HTMLTableElement).tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.innerText.trim())),
    ),
  );
}

const showing = (page: Page) => page.getByText(/^Visar \d+–\d+ av \d+$/).innerText();

async function openPeople(page: Page) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Personer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Personer', exact: true }).waitFor();
  await eventually(async () => (await peopleRows(page)).length).toBe(50);
}

describe('people', () => {
  it('searches by name or e-mail, and says so when nothing matches', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    await openPeople(page);
    const everyone = await showing(page);
    expect(everyone).toMatch(/^Visar 1–50 av (2[89]\d|3[0-2]\d)$/);

    const search = page.getByRole('searchbox', { name: 'Sök på namn eller e-post' });
    await search.fill('nyberg');
    await eventually(async () => (await peopleRows(page)).map((row) => row[0])).toContain('Sofia Nyberg');
    const found = await peopleRows(page);
    expect(found.every(([name, , email]) => /nyberg/i.test(name) || /nyberg/i.test(email))).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('nyberg');

    // By e-mail address too.
    await search.fill('auditor@exempelkommun');
    await eventually(() => peopleRows(page)).toEqual([expect.arrayContaining(['Bertil Åkesson', 'auditor@exempelkommun.se', 'Kommunrevisionen'])]);

    await search.fill('Ingen heter så här');
    await page.getByText('Inga personer matchar filtret.').waitFor();
    expect(await showing(page)).toBe('Visar 0–0 av 0');

    await search.fill('');
    await eventually(() => showing(page)).toBe(everyone);
  });

  it('filters by unit, with or without the units below it', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    await openPeople(page);
    const filters = page.getByRole('search', { name: 'Filtrera personer' });

    await choose(filters, 'Enhet', 'IT-avdelningen', 'IT-avd');
    await eventually(async () => new Set((await peopleRows(page)).map((row) => row[3]))).toEqual(
      new Set(['IT-avdelningen', 'IT-drift', 'IT-support']),
    );
    const withSubunits = await peopleRows(page);
    expect(withSubunits.map((row) => row[0])).toEqual(expect.arrayContaining(['Petra Holm', 'Mats Lundin', 'Jonas Wikström']));
    expect(await showing(page)).toBe(`Visar 1–${withSubunits.length} av ${withSubunits.length}`);

    await filters.getByRole('switch', { name: 'Ta med underliggande enheter' }).click();
    await eventually(async () => new Set((await peopleRows(page)).map((row) => row[3]))).toEqual(new Set(['IT-avdelningen']));
    const unitOnly = await peopleRows(page);
    expect(unitOnly.map((row) => row[0])).toEqual(expect.arrayContaining(['Petra Holm', 'Mats Lundin']));
    expect(unitOnly.map((row) => row[0])).not.toContain('Jonas Wikström');
    expect(unitOnly.length).toBeLessThan(withSubunits.length);

    // And by employment status: nobody in IT-avdelningen has left.
    await choose(filters, 'Anställning', 'Avslutad');
    await page.getByText('Inga personer matchar filtret.').waitFor();

    // The filters live in the address, so a reload keeps them.
    await page.reload();
    await page.getByText('Inga personer matchar filtret.').waitFor();
    await eventually(() => filters.getByRole('combobox', { name: 'Enhet' }).inputValue()).toBe('IT-avdelningen');
    await eventually(() => filters.getByRole('combobox', { name: 'Anställning' }).inputValue()).toBe('Avslutad');
    expect(await filters.getByRole('switch', { name: 'Ta med underliggande enheter' }).isChecked()).toBe(false);
  });

  it("edits a person's title and employment status", async () => {
    const personId = await newPerson('Tove Redigerad', 'tove.redigerad@exempelkommun.se');
    const { page } = await session.open();
    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    await openPeople(page);
    await page.getByRole('searchbox', { name: 'Sök på namn eller e-post' }).fill('Tove Redigerad');
    await page.getByRole('table', { name: 'Personer' }).getByRole('link', { name: 'Tove Redigerad' }).click();
    await page.waitForURL(`${varn.url}/people/${personId}`);
    await page.getByRole('heading', { level: 1, name: 'Tove Redigerad', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Ändra', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra Tove Redigerad' });
    expect(await dialog.getByRole('textbox', { name: 'Befattning' }).inputValue()).toBe('Handläggare');
    await dialog.getByRole('textbox', { name: 'Befattning' }).fill('Arkivarie');
    await choose(dialog, 'Anställning', 'Tjänstledig');
    await dialog.getByRole('button', { name: 'Spara' }).click();

    await page.getByText('Uppgifterna för Tove Redigerad är sparade.').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('definition').filter({ hasText: 'Arkivarie' }).waitFor();
    await page.getByRole('definition').filter({ hasText: 'Tjänstledig' }).waitFor();

    // The list shows the change too.
    await page.getByRole('link', { name: '← Alla personer' }).click();
    await page.getByRole('searchbox', { name: 'Sök på namn eller e-post' }).fill('tove.redigerad');
    await eventually(() => peopleRows(page)).toEqual([expect.arrayContaining(['Tove Redigerad', 'Arkivarie', 'Tjänstledig'])]);
  });

  it('refuses a stale edit with the conflict message, and the reload shows what the other person saved', async () => {
    const personId = await newPerson('Ulla Samtidig', 'ulla.samtidig@exempelkommun.se');
    const first = await session.open();
    const second = await session.open();
    second.expectFailure(409, `/api/v1/people/${personId}`);
    await Promise.all([signInAs(first.page, varn.url, 'admin@exempelkommun.se'), signInAs(second.page, varn.url, 'admin@exempelkommun.se')]);

    // Both open the same person's edit form.
    const forms = [];
    for (const { page } of [first, second]) {
      await page.goto(`${varn.url}/people/${personId}`);
      await page.getByRole('heading', { level: 1, name: 'Ulla Samtidig', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Ändra', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Ändra Ulla Samtidig' });
      await dialog.getByRole('textbox', { name: 'Befattning' }).waitFor();
      forms.push(dialog);
    }

    // The first saves.
    await forms[0].getByRole('textbox', { name: 'Befattning' }).fill('Registrator');
    await forms[0].getByRole('button', { name: 'Spara' }).click();
    await first.page.getByText('Uppgifterna för Ulla Samtidig är sparade.').waitFor();
    await first.page.getByRole('definition').filter({ hasText: 'Registrator' }).waitFor();

    // The second saves on top of the version they opened: refused, with the reason.
    await forms[1].getByRole('textbox', { name: 'Befattning' }).fill('Nämndsekreterare');
    await forms[1].getByRole('button', { name: 'Spara' }).click();
    const conflict = forms[1].getByRole('alert');
    await conflict.getByText('Någon annan har ändrat detta medan du arbetade.', { exact: false }).waitFor();
    expect(await conflict.innerText()).toContain('Ladda om för att se den senaste versionen och gör sedan om din ändring.');
    expect(await second.page.getByText('Uppgifterna för Ulla Samtidig är sparade.').count()).toBe(0);

    // "Ladda om" closes the form and shows the first person's change.
    await conflict.getByRole('button', { name: 'Ladda om' }).click();
    await second.page.getByRole('dialog').waitFor({ state: 'hidden' });
    await second.page.getByRole('definition').filter({ hasText: 'Registrator' }).waitFor();

    // Redone on the current version, the change goes through.
    await second.page.getByRole('button', { name: 'Ändra', exact: true }).click();
    const again = second.page.getByRole('dialog', { name: 'Ändra Ulla Samtidig' });
    expect(await again.getByRole('textbox', { name: 'Befattning' }).inputValue()).toBe('Registrator');
    await again.getByRole('textbox', { name: 'Befattning' }).fill('Nämndsekreterare');
    await again.getByRole('button', { name: 'Spara' }).click();
    await second.page.getByText('Uppgifterna för Ulla Samtidig är sparade.').waitFor();
    await second.page.getByRole('definition').filter({ hasText: 'Nämndsekreterare' }).waitFor();
  });
});
