import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RoleCode } from '../../../shared/roles.js';
import type { MySurvey, ProposedRecipients, SurveyAnswer, SurveyResults, SurveySummary } from '../../../shared/schemas/surveys.js';
import { withTenant } from '../../db/context.js';
import { managedObjects, roleAssignments } from '../../db/schema/index.js';
import { makeTenant, testPassword } from '../../testing/factories.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { readAuditEvents, signIn, type Client } from '../../testing/testApp.js';

const answer = (needs: SurveyAnswer['needs'], hoursPerMonth: number, comment = ''): SurveyAnswer => ({ needs, hoursPerMonth, comment });

describe('support surveys', () => {
  const setup = useAdminApp();
  const units = {} as Record<'social' | 'homeCare' | 'company' | 'technical', { id: string }>;
  let ciso: Client;

  beforeAll(async () => {
    units.social = await setup.tenant.unit('Socialförvaltningen');
    units.homeCare = await setup.tenant.unit('Hemtjänst', units.social.id, 'avdelning');
    units.company = await setup.tenant.unit('Kommunens Fastighets AB', undefined, 'bolag');
    units.technical = await setup.tenant.unit('Tekniska förvaltningen');
    ciso = await signIn(setup.app, (await setup.tenant.user([{ role: 'ciso' }])).email, testPassword);
  });

  /** A person who can sign in, with roles scoped to units. */
  async function contact(roles: Array<{ role: RoleCode; orgUnitId?: string }> = [], orgUnitId = units.social.id) {
    const person = await setup.tenant.user(roles, orgUnitId);
    return { id: person.id, name: person.name, client: await signIn(setup.app, person.email, testPassword) };
  }

  async function send(recipients: Array<{ personId: string; orgUnitId: string }>, title = 'Stödbehov 2026'): Promise<SurveySummary> {
    const response = await ciso.post('/api/v1/surveys', { title, message: 'Berätta vad ni behöver.', recipients });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }
  const mySurveys = async (client: Client): Promise<MySurvey[]> => (await client.get('/api/v1/me/surveys')).json();
  const reply = (client: Client, recipientId: string, body: unknown) => client.request('PUT', `/api/v1/me/surveys/${recipientId}/answer`, body);
  async function recipientIdOf(client: Client, surveyId: string, orgUnitId?: string): Promise<string> {
    const found = (await mySurveys(client)).find((survey) => survey.surveyId === surveyId && (!orgUnitId || survey.orgUnitId === orgUnitId));
    expect(found).toBeDefined();
    return found!.recipientId;
  }

  it('lets only those who manage surveys send them and read their results', async () => {
    const recipient = await contact();
    const survey = await send([{ personId: recipient.id, orgUnitId: units.social.id }]);
    const body = { title: 'Obehörig', recipients: [{ personId: recipient.id, orgUnitId: units.social.id }] };
    for (const role of ['information_owner', 'auditor', 'line_manager', 'it_manager'] as const) {
      const client = (await contact([{ role }])).client;
      expect((await client.get('/api/v1/surveys')).statusCode, role).toBe(403);
      expect((await client.get('/api/v1/surveys/proposed-recipients')).statusCode, role).toBe(403);
      expect((await client.post('/api/v1/surveys', body)).statusCode, role).toBe(403);
      expect((await client.get(`/api/v1/surveys/${survey.id}/results`)).statusCode, role).toBe(403);
      expect((await client.post(`/api/v1/surveys/${survey.id}/close`)).statusCode, role).toBe(403);
    }
    // A CISO for one förvaltning only is not the organisation's CISO.
    const scoped = (await contact([{ role: 'ciso', orgUnitId: units.social.id }])).client;
    expect((await scoped.get(`/api/v1/surveys/${survey.id}/results`)).statusCode).toBe(403);
    expect((await setup.admin.get(`/api/v1/surveys/${survey.id}/results`)).statusCode).toBe(200);
    expect((await setup.admin.post('/api/v1/surveys', body)).statusCode).toBe(201);
    expect((await ciso.get(`/api/v1/surveys/${randomUUID()}/results`)).statusCode).toBe(404);
  });

  it("proposes each förvaltning's and bolag's owners, managers and line manager as contacts", async () => {
    const owner = await contact([{ role: 'information_owner', orgUnitId: units.social.id }]);
    const manager = await contact([{ role: 'business_service_manager', orgUnitId: units.homeCare.id }]);
    const chief = await contact([{ role: 'line_manager', orgUnitId: units.social.id }]);
    const teamLeader = await contact([{ role: 'line_manager', orgUnitId: units.homeCare.id }]);
    const propertyOwner = await contact([{ role: 'object_owner', orgUnitId: units.company.id }], units.company.id);
    const objectOwner = await contact();
    await withTenant(setup.database, setup.tenant.tenantId, null, async (ctx) => {
      const [object] = await ctx.tx.insert(managedObjects).values({ tenantId: ctx.tenantId, orgUnitId: units.homeCare.id, name: 'Hemtjänstplanering' }).returning();
      await ctx.tx.insert(roleAssignments).values({ tenantId: ctx.tenantId, personId: objectOwner.id, role: 'object_owner', scopeType: 'object', objectId: object.id });
    });
    const leaver = await contact([{ role: 'information_owner', orgUnitId: units.social.id }]);
    await setup.admin.patch(`/api/v1/people/${leaver.id}`, { version: 1, employmentStatus: 'ended' });

    const response = await ciso.get('/api/v1/surveys/proposed-recipients');
    expect(response.statusCode).toBe(200);
    const proposal: ProposedRecipients = response.json();
    const peopleOf = (orgUnitId: string) => proposal.find((unit) => unit.orgUnitId === orgUnitId)?.people.map((person) => person.personId);
    expect(new Set(peopleOf(units.social.id))).toEqual(new Set([owner.id, manager.id, chief.id, objectOwner.id]));
    expect(peopleOf(units.company.id)).toEqual([propertyOwner.id]);
    expect(peopleOf(units.technical.id)).toEqual([]);
    // Only förvaltningar and bolag are asked; an avdelning's contacts count for its förvaltning.
    expect(peopleOf(units.homeCare.id)).toBeUndefined();
    expect(peopleOf(units.social.id)).not.toContain(teamLeader.id);
    expect(proposal.find((unit) => unit.orgUnitId === units.social.id)?.people.find((person) => person.personId === chief.id)?.roles).toEqual(['line_manager']);
  });

  it('tells each recipient, who answers only their own and can change the answer until it closes', async () => {
    const [lena, ahmed] = await Promise.all([contact(), contact()]);
    const survey = await send([
      { personId: lena.id, orgUnitId: units.social.id },
      { personId: ahmed.id, orgUnitId: units.social.id },
    ]);
    const notices = (await lena.client.get('/api/v1/me/notifications')).json();
    expect(notices.items[0]).toMatchObject({ kind: 'survey_received', params: { title: 'Stödbehov 2026' }, link: '/my-surveys', readAt: null });

    const lenasId = await recipientIdOf(lena.client, survey.id);
    const ahmedsId = await recipientIdOf(ahmed.client, survey.id);
    expect((await mySurveys(lena.client)).find((s) => s.recipientId === lenasId)).toMatchObject({ title: 'Stödbehov 2026', orgUnitName: 'Socialförvaltningen', answer: null });

    const first = answer({ training: 'large', workshops: 'some', templates: 'none', time: 'large' }, 8, 'Vi behöver hjälp att komma igång.');
    const answered = await reply(lena.client, lenasId, first);
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ answer: first, answeredAt: expect.any(String) });
    const changed = { ...first, hoursPerMonth: 12 };
    expect((await reply(lena.client, lenasId, changed)).json().answer).toEqual(changed);

    // Ahmed's answer is Ahmed's: Lena's attempt reads as missing and changes nothing.
    expect((await reply(lena.client, ahmedsId, first)).statusCode).toBe(404);
    expect((await reply(lena.client, randomUUID(), first)).statusCode).toBe(404);
    expect((await mySurveys(ahmed.client)).find((s) => s.recipientId === ahmedsId)?.answer).toBeNull();

    expect((await ciso.post(`/api/v1/surveys/${survey.id}/close`)).json()).toMatchObject({ open: false, recipients: 2, answered: 1 });
    const late = await reply(lena.client, lenasId, first);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('survey_closed');
    expect((await mySurveys(lena.client)).map((s) => s.surveyId)).not.toContain(survey.id);
    expect((await ciso.post(`/api/v1/surveys/${survey.id}/close`)).statusCode).toBe(409);
  });

  it('stops taking answers once its closing time has passed', async () => {
    const late = await contact();
    const closesAt = new Date(Date.now() + 86_400_000).toISOString();
    const created = await ciso.post('/api/v1/surveys', { title: 'Med slutdatum', closesAt, recipients: [{ personId: late.id, orgUnitId: units.social.id }] });
    expect(created.json()).toMatchObject({ open: true, closesAt });
    const recipientId = await recipientIdOf(late.client, created.json().id);
    await withTenant(setup.database, setup.tenant.tenantId, null, (ctx) => ctx.tx.execute(sql`update support_surveys set closes_at = now() - interval '1 minute' where id = ${created.json().id}`));
    expect((await reply(late.client, recipientId, answer({ training: 'none', workshops: 'none', templates: 'none', time: 'none' }, 0))).statusCode).toBe(409);
    expect((await ciso.get('/api/v1/surveys')).json().find((s: SurveySummary) => s.id === created.json().id).open).toBe(false);
  });

  it('sums up the answers per förvaltning, without names', async () => {
    const [a, b, c, d] = await Promise.all([contact(), contact(), contact(), contact([], units.company.id)]);
    const survey = await send([
      { personId: a.id, orgUnitId: units.social.id },
      { personId: b.id, orgUnitId: units.social.id },
      { personId: c.id, orgUnitId: units.social.id },
      { personId: d.id, orgUnitId: units.company.id },
      { personId: d.id, orgUnitId: units.technical.id },
    ]);
    await reply(a.client, await recipientIdOf(a.client, survey.id), answer({ training: 'large', workshops: 'some', templates: 'none', time: 'large' }, 4, 'Ont om tid'));
    await reply(b.client, await recipientIdOf(b.client, survey.id), answer({ training: 'large', workshops: 'large', templates: 'some', time: 'some' }, 10, 'Behöver mallar'));
    await reply(d.client, await recipientIdOf(d.client, survey.id, units.company.id), answer({ training: 'none', workshops: 'none', templates: 'large', time: 'none' }, 2));

    const response = await ciso.get(`/api/v1/surveys/${survey.id}/results`);
    expect(response.statusCode).toBe(200);
    const results: SurveyResults = response.json();
    expect(results.survey).toMatchObject({ recipients: 5, answered: 3 });
    const social = results.units.find((unit) => unit.orgUnitId === units.social.id)!;
    expect(social).toEqual({
      orgUnitId: units.social.id,
      orgUnitName: 'Socialförvaltningen',
      recipients: 3,
      answered: 2,
      needs: {
        training: { none: 0, some: 0, large: 2 },
        workshops: { none: 0, some: 1, large: 1 },
        templates: { none: 1, some: 1, large: 0 },
        time: { none: 0, some: 1, large: 1 },
      },
      medianHours: 7,
      comments: ['Behöver mallar', 'Ont om tid'],
    });
    expect(results.units.find((unit) => unit.orgUnitId === units.company.id)).toMatchObject({ recipients: 1, answered: 1, medianHours: 2, comments: [] });
    expect(results.units.find((unit) => unit.orgUnitId === units.technical.id)).toMatchObject({ recipients: 1, answered: 0, medianHours: null });
    for (const person of [a, b, c, d]) {
      expect(response.body).not.toContain(person.id);
      expect(response.body).not.toContain(person.name);
    }
    expect((await ciso.get('/api/v1/surveys')).json().find((s: SurveySummary) => s.id === survey.id)).toMatchObject({ recipients: 5, answered: 3, open: true });
  });

  it('refuses bad recipients and bad answers with a 4xx, writing nothing', async () => {
    const person = await contact();
    const other = await makeTenant(setup.database);
    const stranger = await other.person('Främling');
    const before = (await ciso.get('/api/v1/surveys')).json().length;
    const attempt = (recipients: unknown, extra: Record<string, unknown> = {}) => ciso.post('/api/v1/surveys', { title: 'Felaktig', recipients, ...extra });
    const cases: Array<[unknown, Record<string, unknown>, number, string]> = [
      [[{ personId: person.id, orgUnitId: units.homeCare.id }], {}, 422, 'survey_unit_type'],
      [[{ personId: randomUUID(), orgUnitId: units.social.id }], {}, 422, 'reference_not_found'],
      [[{ personId: stranger.id, orgUnitId: units.social.id }], {}, 422, 'reference_not_found'],
      [[{ personId: person.id, orgUnitId: randomUUID() }], {}, 422, 'reference_not_found'],
      [[{ personId: person.id, orgUnitId: units.social.id }], { closesAt: '2020-01-01T00:00:00Z' }, 422, 'survey_closes_in_past'],
      [[], {}, 400, 'validation_failed'],
      [[{ personId: 'inte-ett-id', orgUnitId: units.social.id }], {}, 400, 'validation_failed'],
    ];
    for (const [recipients, extra, status, code] of cases) {
      const response = await attempt(recipients, extra);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().code).toBe(code);
    }
    expect((await ciso.get('/api/v1/surveys')).json()).toHaveLength(before);
    expect((await person.client.get('/api/v1/me/notifications')).json().unread).toBe(0);

    const survey = await send([{ personId: person.id, orgUnitId: units.social.id }]);
    const recipientId = await recipientIdOf(person.client, survey.id);
    const good = answer({ training: 'some', workshops: 'some', templates: 'some', time: 'some' }, 5);
    for (const bad of [
      { ...good, hoursPerMonth: 201 },
      { ...good, hoursPerMonth: -1 },
      { ...good, needs: { ...good.needs, time: 'enormt' } },
      { ...good, needs: { training: 'some', workshops: 'some', templates: 'some' } },
      { ...good, extra: true },
    ]) {
      const response = await reply(person.client, recipientId, bad);
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
    }
    expect((await mySurveys(person.client)).find((s) => s.recipientId === recipientId)?.answer).toBeNull();
  });

  it('records sending, answering and closing in the audit log, but not what was answered', async () => {
    const person = await contact();
    const survey = await send([{ personId: person.id, orgUnitId: units.social.id }], 'Granskad enkät');
    const recipientId = await recipientIdOf(person.client, survey.id);
    await reply(person.client, recipientId, answer({ training: 'some', workshops: 'none', templates: 'none', time: 'large' }, 3, 'Hemlig kommentar'));
    await ciso.post(`/api/v1/surveys/${survey.id}/close`);
    const surveyEvents = (await readAuditEvents(setup.admin, `entityId=${survey.id}`)).items.map((event) => event.action);
    expect(surveyEvents).toEqual(expect.arrayContaining(['support_survey.created', 'support_survey.closed']));
    const answerEvents = (await readAuditEvents(setup.admin, `entityId=${recipientId}`)).items;
    expect(answerEvents.map((event) => event.action)).toEqual(['support_survey.answered']);
    expect(JSON.stringify(answerEvents)).not.toContain('Hemlig kommentar');
  });
});
