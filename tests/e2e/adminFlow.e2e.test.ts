import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, eventually, signInAs, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();

interface AuditRow {
  at: string;
  actor: string;
  action: string;
  entity: string;
}

const auditTable = (page: Page) => page.getByRole('table', { name: /^(Händelser i granskningsloggen|Audit log events)$/ });

/** The audit log's events as shown, newest first (an empty list while none is shown). */
function auditRows(page: Page): Promise<AuditRow[]> {
  return auditTable(page).evaluateAll((tables) =>
    tables.flatMap((table) =>
      [...(table as HTMLTableElement).tBodies[0].rows]
        .filter((row) => row.cells.length === 5)
        .map((row) => {
          const [at, actor, action, entity] = [...row.cells].map((cell) => cell.innerText.trim());
          return { at, actor, action, entity };
        }),
    ),
  );
}

/**
 * Expands the newest shown event whose action reads `action` and returns its changed fields
 * as the table below it shows them: field → before and after text ("–" for nothing).
 */
async function auditChanges(page: Page, action: string): Promise<Record<string, { before: string; after: string }>> {
  const row = auditTable(page).getByRole('row').filter({ hasText: action }).first();
  await row.getByRole('button', { name: /^(Visa|Show) \d+ (ändring|change)/ }).click();
  const changes = page.getByRole('table', { name: new RegExp(`^(Ändrade fält för|Changed fields for) ${action}$`) });
  await changes.waitFor();
  await row.getByRole('button', { name: /^(Dölj ändringar|Hide changes)$/ }).waitFor();
  const rows = await changes.evaluate((table) =>
    [...(table as HTMLTableElement).tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.innerText.trim())),
  );
  return Object.fromEntries(rows.map(([field, before, after]) => [field, { before, after }]));
}

const unitName = 'Informationssäkerhetsenheten';
const personName = 'Nora Lindholm';
const personEmail = 'nora.lindholm@exempelkommun.se';

/**
 * Opens the audit log afresh and applies filters as a person would: fill in the form and press
 * "Filtrera". (Opened afresh because the form is rebuilt when the filters in the address change,
 * which could otherwise land in the middle of typing.)
 */
async function filterAudit(page: Page, filters: { actor?: string; entityType?: string; entityId?: string }) {
  await page.goto(`${varn.url}/audit`);
  const form = page.getByRole('search', { name: 'Filtrera granskningsloggen' });
  await form.waitFor();
  if (filters.actor) await choose(form, 'Utförd av', new RegExp(`^${filters.actor}`), filters.actor);
  if (filters.entityType) await choose(form, 'Typ av objekt', filters.entityType);
  if (filters.entityId) await form.getByRole('textbox', { name: 'Objektets id' }).fill(filters.entityId);
  await form.getByRole('button', { name: 'Filtrera' }).click();
}

describe('the administrator builds a unit, staffs it and gives out a role, all through the UI', () => {
  it('creates the unit, the person and the role, and finds each change in the audit log', async () => {
    const { page } = await session.open();
    await signInAs(page, varn.url, 'admin@exempelkommun.se');

    // 1. A new unit under Socialförvaltningen.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisation' }).click();
    await page.getByRole('button', { name: 'Visa underenheter till Socialnämnden' }).click();
    await page.getByRole('button', { name: 'Socialförvaltningen Förvaltning' }).click();
    await page.getByRole('heading', { level: 2, name: 'Socialförvaltningen', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Ny underenhet' }).click();
    const createUnit = page.getByRole('dialog', { name: 'Ny enhet under Socialförvaltningen' });
    await createUnit.getByRole('textbox', { name: 'Namn' }).fill(unitName);
    await choose(createUnit, 'Typ', 'Avdelning');
    await createUnit.getByRole('button', { name: 'Skapa' }).click();
    await page.getByText(`Enheten ${unitName} är skapad.`).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    // The new unit is selected, in its place in the tree.
    await page.getByRole('heading', { level: 2, name: unitName, exact: true }).waitFor();
    await page.getByRole('definition').filter({ hasText: 'Exempelkommun › Socialnämnden › Socialförvaltningen' }).waitFor();
    await page.getByRole('button', { name: `${unitName} Avdelning` }).waitFor();
    const unitId = new URL(page.url()).searchParams.get('unit');
    expect(unitId).toMatch(/^[0-9a-f-]{36}$/);

    // 2. A person in it, from the unit's own people list.
    await page.getByRole('link', { name: 'Visa personer i enheten' }).click();
    await page.getByText('Inga personer matchar filtret.').waitFor();
    await page.getByRole('button', { name: 'Ny person' }).click();
    const createPerson = page.getByRole('dialog', { name: 'Ny person' });
    await createPerson.getByRole('textbox', { name: 'Namn' }).fill(personName);
    await createPerson.getByRole('textbox', { name: 'E-postadress' }).fill(personEmail);
    await createPerson.getByRole('textbox', { name: 'Befattning' }).fill('Informationssäkerhetssamordnare');
    await eventually(() => createPerson.getByRole('combobox', { name: 'Enhet' }).inputValue()).toBe(unitName);
    await choose(createPerson, 'Chef', /^Lena Sundberg/, 'Lena Sundberg');
    await createPerson.getByRole('button', { name: 'Skapa' }).click();
    await page.getByText(`${personName} är registrerad.`).waitFor();
    await page.getByRole('heading', { level: 1, name: personName, exact: true }).waitFor();
    const details = page.getByRole('definition');
    await details.filter({ hasText: personEmail }).waitFor();
    await details.filter({ hasText: unitName }).waitFor();
    await details.getByRole('link', { name: 'Lena Sundberg' }).waitFor();
    await page.getByText('Personen har inga tilldelade roller.').waitFor();
    const personId = new URL(page.url()).pathname.split('/').pop()!;

    // 3. A role for that person, scoped to the new unit.
    await page.getByRole('link', { name: 'Visa personens roller på rollsidan' }).click();
    await page.getByText('Inga rolltilldelningar matchar filtret.').waitFor();
    await page.getByRole('button', { name: 'Tilldela roll' }).click();
    const assign = page.getByRole('dialog', { name: 'Tilldela roll' });
    await eventually(() => assign.getByRole('combobox', { name: 'Person' }).inputValue()).toBe(personName);
    await choose(assign, 'Roll', 'Informationsägare');
    expect(await assign.getByRole('radio', { name: 'En enhet och dess underliggande enheter' }).isChecked()).toBe(true);
    await choose(assign, 'Enhet', unitName, 'Informationssäk');
    await assign.getByRole('button', { name: 'Tilldela' }).click();
    await page.getByText('Rollen är tilldelad.').waitFor();
    const row = page.getByRole('table', { name: 'Rolltilldelningar' }).getByRole('row').filter({ hasText: personName });
    await row.getByRole('cell', { name: 'Informationsägare', exact: true }).waitFor();
    await row.getByRole('cell', { name: `${unitName} och underliggande enheter` }).waitFor();

    // The person's own page lists the role too.
    await row.getByRole('link', { name: personName }).click();
    await page.getByRole('heading', { level: 1, name: personName, exact: true }).waitFor();
    await page.getByRole('cell', { name: `${unitName} och underliggande enheter` }).waitFor();

    // 4a. The unit, found by its id: one event, "Enhet skapad", by Petra Holm, with its values.
    await filterAudit(page, { entityType: 'Organisationsenhet', entityId: unitId! });
    await eventually(() => auditRows(page)).toEqual([
      expect.objectContaining({ actor: 'Petra Holm', action: expect.stringContaining('Enhet skapad'), entity: expect.stringContaining(`Organisationsenhet: ${unitName}`) }),
    ]);
    const unitChanges = await auditChanges(page, 'Enhet skapad');
    expect(unitChanges.name).toEqual({ before: '–', after: unitName });
    expect(unitChanges.type).toEqual({ before: '–', after: 'avdelning' });
    expect(unitChanges.parentId.after).toContain('Socialförvaltningen');
    expect(unitChanges.closedAt).toBeUndefined();

    // 4b. The person, found by its id.
    await filterAudit(page, { entityType: 'Person', entityId: personId });
    await eventually(() => auditRows(page)).toEqual([
      expect.objectContaining({ actor: 'Petra Holm', action: expect.stringContaining('Person registrerad'), entity: expect.stringContaining(`Person: ${personName}`) }),
    ]);
    const personChanges = await auditChanges(page, 'Person registrerad');
    expect(personChanges.email.after).toBe(personEmail);
    expect(personChanges.title.after).toBe('Informationssäkerhetssamordnare');
    expect(personChanges.orgUnitId.after).toContain(unitName);
    expect(personChanges.orgUnitName.after).toBe(unitName);
    expect(personChanges.managerName.after).toBe('Lena Sundberg');
    expect(personChanges.employmentStatus.after).toBe('active');

    // 4c. The role assignment, found by who made it: Petra Holm's only role change.
    await filterAudit(page, { actor: 'Petra Holm', entityType: 'Rolltilldelning' });
    await eventually(() => auditRows(page)).toEqual([
      expect.objectContaining({ actor: 'Petra Holm', action: expect.stringContaining('Roll tilldelad'), entity: expect.stringContaining(`Rolltilldelning: ${personName}`) }),
    ]);
    const roleChanges = await auditChanges(page, 'Roll tilldelad');
    expect(roleChanges.role.after).toBe('information_owner');
    expect(roleChanges.scopeType.after).toBe('org_unit');
    expect(roleChanges.orgUnitName.after).toBe(unitName);
    expect(roleChanges.personId.after).toBe(personId);

    // Without filters, all three are there among everything else, newest first.
    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await eventually(async () => (await auditRows(page)).slice(0, 3).map((event) => event.action.split('\n')[0])).toEqual([
      'Roll tilldelad',
      'Person registrerad',
      'Enhet skapad',
    ]);
  });

  it('explains in Swedish why a role cannot be given twice, and why the last administrator keeps theirs', async () => {
    const s = await session.open();
    s.expectFailure(409, '/api/v1/role-assignments');
    s.expectFailure(409, /^\/api\/v1\/role-assignments\/[0-9a-f-]{36}$/);
    const { page } = s;
    await signInAs(page, varn.url, 'admin@exempelkommun.se');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Roller' }).click();
    await page.getByRole('table', { name: 'Rolltilldelningar' }).getByRole('cell', { name: 'Ahmed Hassan' }).first().waitFor();

    // Ahmed Hassan is already Chef for Hemtjänst.
    await page.getByRole('button', { name: 'Tilldela roll' }).click();
    const assign = page.getByRole('dialog', { name: 'Tilldela roll' });
    await choose(assign, 'Person', /^Ahmed Hassan/, 'Ahmed Hassan');
    await choose(assign, 'Roll', 'Chef');
    await choose(assign, 'Enhet', 'Hemtjänst', 'Hemtjänst');
    await assign.getByRole('button', { name: 'Tilldela' }).click();
    await assign.getByRole('alert').getByText('Personen har redan den rollen med den omfattningen.').waitFor();
    await assign.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    // Petra Holm is the only administrator: revoking her role is refused, with the reason.
    await page.getByRole('button', { name: 'Återkalla rollen Administratör för Petra Holm' }).click();
    const confirm = page.getByRole('dialog', { name: 'Återkalla roll?' });
    await confirm.getByText('Petra Holm förlorar rollen Administratör (Hela organisationen).').waitFor();
    await confirm.getByRole('button', { name: 'Återkalla', exact: true }).click();
    await confirm.getByRole('alert').getByText('Organisationen måste ha minst en administratör. Utse en ny administratör först.').waitFor();
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Återkalla rollen Administratör för Petra Holm' }).waitFor();
  });
});
