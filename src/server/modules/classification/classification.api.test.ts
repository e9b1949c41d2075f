import { describe, expect, it } from 'vitest';
import type { Classification } from '../../../shared/schemas/classification.js';
import { createAccount } from '../../auth/accountService.js';
import { withTenant } from '../../db/context.js';
import { testPassword } from '../../testing/factories.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { registerFactory } from '../../testing/registerFactories.js';
import { signIn, type Client } from '../../testing/testApp.js';

let emails = 0;

describe('guided classification and its workflow', () => {
  const setup = useAdminApp();
  const factory = () => registerFactory(setup.tenant);

  /** A person who can sign in, made informationsägare of a new set on a new object they also own. */
  async function ownerOfNewSet(typeProfile?: { K: number; R: number; T: number; S: number }) {
    const person = await setup.tenant.person(`Ägare ${(emails += 1)}`);
    const email = `owner${emails}@classification.test`;
    await withTenant(setup.database, setup.tenant.tenantId, null, (ctx) => createAccount(ctx, { personId: person.id, email, password: testPassword }));
    const object = await factory().object(setup.tenant.rootOrgUnitId, { ownerId: person.id });
    await setup.admin.post(`/api/v1/objects/${object.id}/roles`, { personId: person.id, role: 'information_owner' });
    const type = typeProfile ? await factory().informationType(typeProfile as never) : null;
    const set = await factory().set(object.id, { ownerId: person.id, informationTypeId: type?.id });
    return { person, object, set, client: await signIn(setup.app, email, testPassword) };
  }
  const start = (client: Client, setId: string, body: unknown) => client.post(`/api/v1/information-sets/${setId}/classifications`, body);
  const act = (client: Client, c: Classification, action: string) => client.post(`/api/v1/classifications/${c.id}/${action}`, { version: c.version });

  it('lets the worst answer decide each aspect, with the reason, and approves for 12 months', async () => {
    const { client, set, object } = await ownerOfNewSet();
    const response = await start(client, set.id, {
      answers: { K: { person: 3, trust: 2, financial: 1 }, R: { operations: 2 }, T: { operations: 1, person: 2 }, S: { law: 1 } },
      reasons: { K: 'Uppgifter om hälsa och sociala förhållanden' },
    });
    expect(response.statusCode).toBe(201);
    const draft: Classification = response.json();
    expect(draft).toMatchObject({ profile: { K: 3, R: 2, T: 2, S: 1 }, status: 'draft', handlingLabel: 'secret', can: { approve: true } });
    const approved = await act(client, draft, 'approve');
    expect(approved.statusCode).toBe(200);
    const body: Classification = approved.json();
    expect(body.status).toBe('approved');
    const months = (new Date(body.validUntil!).getTime() - new Date(body.approvedAt!).getTime()) / (86_400_000 * 30.4);
    expect(Math.round(months)).toBe(12);
    const detail = (await setup.admin.get(`/api/v1/objects/${object.id}`)).json();
    expect(detail.derivedProfile).toEqual({ K: 3, R: 2, T: 2, S: 1 });
    expect(detail.informationSets[0].classification).toMatchObject({ K: 3, R: 2, T: 2, S: 1, status: 'approved' });
  });

  it('refuses a level outside 0-4 and answers that contradict given levels, writing nothing', async () => {
    const { client, set } = await ownerOfNewSet();
    const five = await start(client, set.id, { answers: { K: { person: 5 } } });
    expect(five.statusCode).toBe(400);
    expect(five.body).toContain('answers.K.person');
    const contradiction = await start(client, set.id, { answers: { K: { person: 2 } }, profile: { K: 1, R: 0, T: 0, S: 0 } });
    expect(contradiction.statusCode).toBe(422);
    expect(contradiction.json().code).toBe('level_contradicts_answers');
    expect((await client.get(`/api/v1/information-sets/${set.id}/classifications`)).json()).toEqual([]);
  });

  it('pre-fills from the information type; raising is free, lowering waits for the CISO', async () => {
    const { client, set } = await ownerOfNewSet({ K: 2, R: 2, T: 1, S: 1 });
    const prefilled: Classification = (await start(client, set.id, { answers: { T: { operations: 3 } } })).json();
    expect(prefilled.profile).toEqual({ K: 2, R: 2, T: 3, S: 1 });
    expect(prefilled.loweredAspects).toEqual([]);
    const lowered: Classification = (await client.patch(`/api/v1/classifications/${prefilled.id}`, { version: prefilled.version, answers: { K: { trust: 1 } } })).json();
    expect(lowered.profile.K).toBe(1);
    expect(lowered.loweredAspects).toEqual(['K']);
    const refused = await act(client, lowered, 'approve');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('lowering_needs_approval');
    expect((await act(client, lowered, 'approve-lowering')).statusCode).toBe(403);
    const ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    const cisoApproved = await act(ciso, lowered, 'approve-lowering');
    expect(cisoApproved.statusCode).toBe(200);
    expect((await act(client, cisoApproved.json(), 'approve')).json().status).toBe('approved');
  });

  it('lets only the informationsägare or their delegate approve', async () => {
    const { client, set } = await ownerOfNewSet();
    const draft: Classification = (await start(client, set.id, { profile: { K: 1, R: 1, T: 1, S: 1 } })).json();
    const submitted: Classification = (await act(client, draft, 'submit')).json();
    expect(submitted.status).toBe('in_review');
    const ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    const byCiso = await act(ciso, submitted, 'approve');
    expect(byCiso.statusCode).toBe(403);
    expect(byCiso.json().detail).toContain('informationsägare');
    const stale = await act(client, draft, 'approve');
    expect(stale.statusCode).toBe(409);
    expect((await act(client, submitted, 'approve')).statusCode).toBe(200);
  });

  it('stops at level 4 or a national-security answer and refers the case to the säkerhetsskyddschef', async () => {
    const { client, set } = await ownerOfNewSet();
    const referred: Classification = (await start(client, set.id, { answers: { K: { others: 4 } } })).json();
    expect(referred.storedStatus).toBe('referred');
    expect(referred.can.approve).toBe(false);
    expect((await act(client, referred, 'approve')).statusCode).toBe(409);
    const officer = await setup.signInNewUser([{ role: 'protective_security_officer' }]);
    const cases: Classification[] = (await officer.get('/api/v1/classification-referrals')).json();
    expect(cases.map((c) => c.id)).toContain(referred.id);
    const answered = await officer.post(`/api/v1/classifications/${referred.id}/referral-answer`, { version: referred.version, note: 'Hanteras i säkerhetsskyddsanalysen' });
    expect(answered.json()).toMatchObject({ referralNote: 'Hanteras i säkerhetsskyddsanalysen' });
    const other = await ownerOfNewSet();
    const flagged: Classification = (await start(other.client, other.set.id, { mayInvolveNationalSecurity: true })).json();
    expect([flagged.storedStatus, (await start(other.client, other.set.id, {})).statusCode]).toEqual(['referred', 409]);
  });

  it('keeps one open classification per set; a stale edit answers 409', async () => {
    const { client, set } = await ownerOfNewSet();
    const draft: Classification = (await start(client, set.id, { profile: { K: 1, R: 1, T: 1, S: 1 } })).json();
    expect((await start(client, set.id, {})).json().code).toBe('classification_open');
    expect((await client.patch(`/api/v1/classifications/${draft.id}`, { version: draft.version, profile: { K: 2, R: 1, T: 1, S: 1 } })).statusCode).toBe(200);
    expect((await client.patch(`/api/v1/classifications/${draft.id}`, { version: draft.version, profile: { K: 3, R: 1, T: 1, S: 1 } })).statusCode).toBe(409);
  });

  it('changes only the fields a PATCH sends, keeping the answers already given', async () => {
    const { client, set } = await ownerOfNewSet();
    const draft: Classification = (await start(client, set.id, { answers: { K: { person: 3 }, T: { operations: 2 } }, handlingLabel: 'confidential' })).json();
    const patched: Classification = (await client.patch(`/api/v1/classifications/${draft.id}`, { version: draft.version, reasons: { K: 'Hälsouppgifter' } })).json();
    expect(patched.answers).toEqual({ K: { person: 3 }, T: { operations: 2 } });
    expect(patched.profile).toEqual({ K: 3, R: 0, T: 2, S: 0 });
    expect(patched.handlingLabel).toBe('confidential');
    expect(patched.reasons).toEqual({ K: 'Hälsouppgifter' });
  });
});
