import { beforeAll, describe, expect, it } from 'vitest';
import { consequenceCategories } from '../../src/shared/classification/aspects';
import { maximumProfile, type Profile } from '../../src/shared/classification/profile';
import { aspectIntros, levelExamples } from '../../src/shared/classification/questions';
import { classifyObject, ownedObject, personId, typicalObject } from './classificationFlow';
import { apiAs, eventually, expectAccessible, isFocused, signInAs, tabTo, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();
let admin: Awaited<ReturnType<typeof apiAs>>;
/** Sofia Nyberg, an undersköterska with no roles at all: the non-specialist who owns the test objects. */
const ownerEmail = 'employee@exempelkommun.se';
let ownerId: string;

beforeAll(async () => {
  admin = await apiAs(varn.url, 'admin@exempelkommun.se');
  ownerId = await personId(admin, ownerEmail);
});

/** The object as the API shows it: its derived profile and each set's classification. */
async function objectAfter(objectId: string) {
  return admin.get<{ derivedProfile: Profile; informationSets: Array<{ name: string; classification: { K: number; R: number; T: number; S: number; status: string } | null }> }>(
    `/api/v1/objects/${objectId}`,
  );
}

describe('guided classification', () => {
  for (const locale of ['sv', 'en'] as const) {
    it(`lets a non-specialist classify a whole object with 3 information sets in at most 40 interactions (${locale})`, async () => {
      const sets = typicalObject(locale.toUpperCase());
      const object = await ownedObject(admin, ownerId, `Hemtjänstens planering ${locale.toUpperCase()}`, sets);
      const owner = await apiAs(varn.url, ownerEmail);
      await owner.patch('/api/v1/me', { locale });

      const { page } = await session.open();
      await signInAs(page, varn.url, ownerEmail);
      const interactions = await classifyObject(page, varn.url, locale, object.id, sets, true);
      console.log(`Guided classification (${locale}): 3 information sets classified and approved in ${interactions} interactions (clicks + filled fields).`);
      expect(interactions).toBeLessThanOrEqual(40);

      const after = await objectAfter(object.id);
      for (const set of sets) {
        const shown = after.informationSets.find((candidate) => candidate.name === set.name)!;
        expect(shown.classification).toMatchObject({ ...set.expected, status: 'approved' });
      }
      expect(after.derivedProfile).toEqual(maximumProfile(sets.map((set) => set.expected)));
      expect(after.derivedProfile).toEqual({ K: 3, R: 2, T: 3, S: 2 });
    });
  }

  it('stops at level 4 or a yes to the national-security question, and the säkerhetsskyddschef answers the case', async () => {
    const object = await ownedObject(admin, ownerId, 'Krisledningens lägesbilder', [{ name: 'Lägesbilder för krisledningen' }, { name: 'Ritningar över vattenverket' }]);
    const [levelFour, nationalSecurity] = object.sets;
    const owner = await apiAs(varn.url, ownerEmail);
    await owner.patch('/api/v1/me', { locale: 'sv' });
    const storedStatus = async (setId: string) => (await owner.get<Array<{ storedStatus: string }>>(`/api/v1/information-sets/${setId}/classifications`))[0]?.storedStatus;

    const { page } = await session.open();
    await signInAs(page, varn.url, ownerEmail);
    await page.goto(`${varn.url}/information-sets/${levelFour.id}/classify`);
    await page.getByRole('button', { name: 'Nej, fortsätt' }).click();
    // By keyboard: focus lands on the step's heading, Tab reaches the first question, the arrows answer it.
    const stepHeading = page.getByRole('heading', { level: 2, name: aspectIntros.K.title.sv });
    await eventually(() => isFocused(stepHeading)).toBe(true);
    const financial = page.getByRole('radiogroup', { name: 'Ekonomisk förlust' });
    await tabTo(page, financial.getByRole('radio', { name: '0 Ingen eller försumbar skada', exact: true }));
    await page.keyboard.press('ArrowRight');
    expect(await financial.getByRole('radio', { name: '1 Måttlig skada', exact: true }).isChecked()).toBe(true);
    await page.getByRole('status').filter({ hasText: 'Nivå 1 – Måttlig skada' }).getByText('Avgörs av: Ekonomisk förlust').waitFor();
    const others = page.getByRole('radiogroup', { name: 'Skada för andra eller samhället' });
    // The municipality's examples are one click away for every question.
    await page.getByText('Vad betyder nivåerna?').nth(consequenceCategories.indexOf('others')).click();
    await page.getByText(levelExamples.others[4].sv).waitFor();
    await others.getByRole('radio', { name: '4 Synnerligen allvarlig skada', exact: true }).check();
    const stop = page.getByRole('alert').filter({ hasText: 'Nivå 4 betyder att Sveriges säkerhet kan påverkas' });
    await stop.waitFor();
    expect(await page.getByRole('button', { name: 'Nästa', exact: true }).count()).toBe(0);
    await expectAccessible(page, 'classification stopped at level 4');
    await stop.getByRole('button', { name: 'Lämna ärendet till säkerhetsskyddschefen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ärendet är lämnat till säkerhetsskyddschefen' }).waitFor();
    await page.getByText('Säkerhetsskyddschefen har inte lämnat något besked ännu.').waitFor();
    expect(await storedStatus(levelFour.id)).toBe('referred');

    // A yes to the first question stops before any level is asked for.
    await page.goto(`${varn.url}/information-sets/${nationalSecurity.id}/classify`);
    await page.getByRole('button', { name: 'Ja, det kan den' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ärendet är lämnat till säkerhetsskyddschefen' }).waitFor();
    expect(await storedStatus(nationalSecurity.id)).toBe('referred');

    // The protective-security officer finds both cases and answers one.
    await admin.post('/api/v1/role-assignments', { personId: await personId(admin, 'it@exempelkommun.se'), role: 'protective_security_officer', scopeType: 'tenant' });
    const officer = await session.open();
    await signInAs(officer.page, varn.url, 'it@exempelkommun.se');
    await officer.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Säkerhetsskyddsärenden' }).click();
    await officer.page.getByRole('heading', { level: 1, name: 'Ärenden till säkerhetsskyddschefen' }).waitFor();
    await officer.page.getByRole('region', { name: nationalSecurity.name }).waitFor();
    const card = officer.page.getByRole('region', { name: levelFour.name });
    await expectAccessible(officer.page, 'referral list');
    const note = 'Hanteras enligt säkerhetsskyddslagen i krisledningens eget system.';
    await card.getByRole('textbox', { name: 'Besked till informationsägaren' }).fill(note);
    await card.getByRole('button', { name: 'Spara beskedet' }).click();
    await officer.page.getByText('Beskedet är sparat.').waitFor();
    await card.getByText(note).first().waitFor();

    // The information owner sees the answer where the flow stopped.
    await page.goto(`${varn.url}/information-sets/${levelFour.id}/classify`);
    await page.getByRole('heading', { level: 2, name: 'Ärendet är lämnat till säkerhetsskyddschefen' }).waitFor();
    await page.getByText(note).waitFor();
  });

  it('resumes a draft, explains a concurrent change, and leaves a lowering below the information type to the CISO', async () => {
    const typeName = 'Känsliga personuppgifter i biståndet';
    const object = await ownedObject(admin, ownerId, 'Biståndshandläggning', [{ name: 'Biståndsbeslut', type: { name: typeName, profile: { K: 3, R: 2, T: 2, S: 2 } } }]);
    const [set] = object.sets;
    const owner = await apiAs(varn.url, ownerEmail);
    await owner.patch('/api/v1/me', { locale: 'sv' });
    const s = await session.open();
    s.expectFailure(409, /^\/api\/v1\/classifications\/[^/]+$/);
    const { page } = s;
    await signInAs(page, varn.url, ownerEmail);
    await page.goto(`${varn.url}/information-sets/${set.id}/classify`);
    await page.getByRole('button', { name: 'Nej, fortsätt' }).click();
    await page.getByText(`Förifyllt från informationstypen ${typeName}: nivå 3, Allvarlig skada.`, { exact: false }).waitFor();
    const law = page.getByRole('radiogroup', { name: 'Brott mot lag eller avtal' });
    await law.getByRole('radio', { name: '1 Måttlig skada', exact: true }).check();
    await page.getByRole('alert').filter({ hasText: `Nivån är lägre än informationstypen ${typeName} (nivå 3).` }).waitFor();
    await page.getByRole('button', { name: 'Nästa', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: aspectIntros.R.title.sv }).waitFor();

    // Back later: the draft was saved when the step was left.
    await page.goto(`${varn.url}/information-sets/${set.id}/classify`);
    await page.getByText(/^Du fortsätter utkastet som sparades/).waitFor();
    expect(await law.getByRole('radio', { name: '1 Måttlig skada', exact: true }).isChecked()).toBe(true);

    // Someone else changes the draft meanwhile: the next save is refused, explained, and the latest version loaded.
    const [draft] = await admin.get<Array<{ id: string; version: number; answers: unknown }>>(`/api/v1/information-sets/${set.id}/classifications`);
    await admin.patch(`/api/v1/classifications/${draft.id}`, { version: draft.version, answers: draft.answers, reasons: { R: 'Kompletterat av systemförvaltaren.' } });
    const trust = page.getByRole('radiogroup', { name: 'Förtroendeskada' });
    await trust.getByRole('radio', { name: '2 Betydande skada', exact: true }).check();
    await page.getByRole('button', { name: 'Nästa', exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Någon annan har ändrat detta medan du arbetade.' });
    await conflict.getByRole('button', { name: 'Ladda om' }).click();
    await eventually(() => trust.getByRole('radio', { name: '2 Betydande skada', exact: true }).isChecked()).toBe(false);
    expect(await law.getByRole('radio', { name: '1 Måttlig skada', exact: true }).isChecked()).toBe(true);

    // Lower than the type: only "send for review" is offered; the CISO approves the lowering first.
    await page.getByRole('navigation', { name: 'Klassningens steg' }).getByRole('button', { name: '6. Sammanfattning' }).click();
    await page.getByTestId('summary-profile').getByText('K1-R2-T2-S2').waitFor();
    await page.getByText(/informationssäkerhetsstrategen godkänner sänkningen innan den kan fastställas/).waitFor();
    expect(await page.getByRole('button', { name: 'Fastställ', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Skicka för granskning' }).click();
    await page.getByText('Klassningen är skickad för granskning.').waitFor();

    await (await apiAs(varn.url, 'ciso@exempelkommun.se')).patch('/api/v1/me', { locale: 'sv' });
    const ciso = await session.open();
    await signInAs(ciso.page, varn.url, 'ciso@exempelkommun.se');
    await ciso.page.goto(`${varn.url}/information-sets/${set.id}/classify`);
    await ciso.page.getByText('Klassningen granskas just nu.', { exact: false }).waitFor();
    await ciso.page.getByRole('navigation', { name: 'Klassningens steg' }).getByRole('button', { name: '6. Sammanfattning' }).click();
    await ciso.page.getByRole('button', { name: 'Godkänn sänkningen' }).click();
    await ciso.page.getByText('Sänkningen är godkänd.').waitFor();

    await page.goto(`${varn.url}/information-sets/${set.id}/classify`);
    await page.getByRole('navigation', { name: 'Klassningens steg' }).getByRole('button', { name: '6. Sammanfattning' }).click();
    await page.getByText('Sänkningen är godkänd av Karin Ekström.').waitFor();
    await page.getByRole('button', { name: 'Fastställ', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Klassningen är fastställd' }).waitFor();
    expect((await owner.get<{ classification: unknown }>(`/api/v1/information-sets/${set.id}`)).classification).toMatchObject({ K: 1, R: 2, T: 2, S: 2, status: 'approved' });
  });
});
