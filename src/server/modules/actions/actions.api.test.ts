import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../../shared/classification/profile.js';
import type { Action, ActionPlan } from '../../../shared/schemas/actions.js';
import { todayInStockholm } from '../../../shared/requirements/actionPlan.js';
import { withTenant } from '../../db/context.js';
import { informationSets, roleAssignments } from '../../db/schema/index.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { makeTenant, testPassword } from '../../testing/factories.js';
import { registerFactory } from '../../testing/registerFactories.js';
import { readAuditEvents, signIn } from '../../testing/testApp.js';
import { sampleRequirement } from '../requirements/routeSamples.js';
import { actionPlanFulfilmentByObject } from './queries.js';
import { regenerateActionPlan } from './service.js';

const daysFromToday = (days: number) => {
  const date = new Date(`${todayInStockholm()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

describe('action plans', () => {
  const setup = useAdminApp();
  const register = () => registerFactory(setup.tenant);
  const inTenant = <T>(work: Parameters<typeof withTenant<T>>[3]) => withTenant(setup.database, setup.tenant.tenantId, null, work);

  beforeAll(async () => {
    // A small catalogue: K from 1 and from 3, T from 2, anything from 2 (a "should").
    for (const values of [
      { code: 'A-K1', aspects: ['K'], minLevel: 1 },
      { code: 'A-K3', aspects: ['K'], minLevel: 3 },
      { code: 'A-T2', aspects: ['T'], minLevel: 2, nis2: ['c'] },
      { code: 'A-ALL2', aspects: ['K', 'R', 'T', 'S'], minLevel: 2, modality: 'should' },
    ]) {
      const response = await setup.admin.post('/api/v1/requirements', { ...sampleRequirement(values.code), ...values });
      expect(response.statusCode, response.body).toBe(201);
    }
  });

  /** An object whose one information set has an approved classification of `profile` (written directly). */
  async function objectWithProfile(profile: Profile, orgUnitId = setup.tenant.rootOrgUnitId) {
    const object = await register().object(orgUnitId);
    await inTenant((ctx) =>
      ctx.tx.insert(informationSets).values({ tenantId: ctx.tenantId, objectId: object.id, name: `Mängd ${object.name}`, approvedK: profile.K, approvedR: profile.R, approvedT: profile.T, approvedS: profile.S }),
    );
    await inTenant((ctx) => regenerateActionPlan(ctx, object.id));
    return object;
  }
  async function changeProfile(objectId: string, profile: Profile) {
    await inTenant(async (ctx) => {
      await ctx.tx
        .update(informationSets)
        .set({ approvedK: profile.K, approvedR: profile.R, approvedT: profile.T, approvedS: profile.S })
        .where(and(eq(informationSets.tenantId, ctx.tenantId), eq(informationSets.objectId, objectId)));
      return regenerateActionPlan(ctx, objectId);
    });
  }
  const planOf = async (objectId: string, client = setup.admin): Promise<ActionPlan> => {
    const response = await client.get(`/api/v1/objects/${objectId}/action-plan`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const codes = (plan: ActionPlan, applicable = true) => plan.actions.filter((a) => a.applicable === applicable).map((a) => a.requirementCode);
  const byCode = (plan: ActionPlan, code: string) => plan.actions.find((a) => a.requirementCode === code)!;
  const patch = (action: Pick<Action, 'id' | 'version'>, changes: Record<string, unknown>, client = setup.admin) =>
    client.patch(`/api/v1/actions/${action.id}`, { version: action.version, ...changes });

  it("lists the requirements an object's profile calls for, with their texts", async () => {
    const object = await objectWithProfile({ K: 2, R: 0, T: 2, S: 0 });
    const plan = await planOf(object.id);
    expect(plan.profile).toEqual({ K: 2, R: 0, T: 2, S: 0 });
    expect(codes(plan)).toEqual(['A-ALL2', 'A-K1', 'A-T2']);
    expect(byCode(plan, 'A-T2')).toMatchObject({ source: 'requirement', modality: 'must', aspects: ['T'], nis2: ['c'], requirementTitleSv: 'Provkrav A-T2', requirementTitleEn: 'Sample requirement A-T2', assessment: null, status: 'not_started', overdue: false, version: 1 });
    expect(plan.summary).toEqual({ applicable: 3, met: 0, partlyMet: 0, notMet: 0, notApplicable: 0, unassessed: 3, overdue: 0, fulfilmentPercent: 0 });
    const unclassified = await planOf((await register().object()).id);
    expect(unclassified.actions).toEqual([]);
    expect(unclassified.summary.fulfilmentPercent).toBeNull();
  });

  it('keeps every answer when the profile goes down and up again; untouched rows come and go', async () => {
    const object = await objectWithProfile({ K: 3, R: 0, T: 2, S: 0 });
    const first = await planOf(object.id);
    expect(codes(first)).toEqual(['A-ALL2', 'A-K1', 'A-K3', 'A-T2']);
    const answered = await patch(byCode(first, 'A-K3'), { assessment: 'partly_met', implementation: 'Krypterade diskar, ej säkerhetskopior' });
    expect(answered.statusCode, answered.body).toBe(200);
    const untouchedT2 = byCode(first, 'A-T2').id;

    await changeProfile(object.id, { K: 1, R: 0, T: 0, S: 0 });
    const lowered = await planOf(object.id);
    expect(codes(lowered)).toEqual(['A-K1']);
    expect(codes(lowered, false)).toEqual(['A-K3']);
    expect(byCode(lowered, 'A-K3')).toMatchObject({ assessment: 'partly_met', implementation: 'Krypterade diskar, ej säkerhetskopior', applicable: false });
    expect(lowered.summary.applicable).toBe(1);
    const [event] = (await readAuditEvents(setup.admin, `entityId=${object.id}&entityType=object`)).items;
    expect(event).toMatchObject({ action: 'action_plan.regenerated', after: { profile: 'K1-R0-T0-S0', added: 0, reactivated: 0, markedNotApplicable: 1, removed: 2, kept: 1 } });

    await changeProfile(object.id, { K: 3, R: 0, T: 2, S: 0 });
    const raised = await planOf(object.id);
    expect(codes(raised)).toEqual(['A-ALL2', 'A-K1', 'A-K3', 'A-T2']);
    expect(byCode(raised, 'A-K3')).toMatchObject({ id: byCode(first, 'A-K3').id, assessment: 'partly_met', applicable: true });
    expect(byCode(raised, 'A-T2').id).not.toBe(untouchedT2);
    expect(raised.actions).toHaveLength(4);
  });

  it('saves assessment, how, owner, due date and status; refuses stale versions and bad values', async () => {
    const object = await objectWithProfile({ K: 1, R: 0, T: 0, S: 0 });
    const action = byCode(await planOf(object.id), 'A-K1');
    const owner = await setup.tenant.person('Åsa Ansvarig');
    const saved = await patch(action, { assessment: 'met', implementation: 'Behörigheter ses över kvartalsvis', ownerId: owner.id, dueDate: '2030-06-30', status: 'done' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ assessment: 'met', ownerId: owner.id, ownerName: 'Åsa Ansvarig', dueDate: '2030-06-30', status: 'done', version: 2 });
    const stale = await patch(action, { status: 'delayed' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');

    const current = saved.json() as Action;
    expect((await patch(current, { dueDate: '2030-02-30' })).statusCode).toBe(400);
    expect((await patch(current, { assessment: 'maybe' })).statusCode).toBe(400);
    expect((await patch(current, { title: 'Eget namn' })).statusCode).toBe(422);
    const foreign = await (await makeTenant(setup.database)).person('Främling');
    const foreignOwner = await patch(current, { ownerId: foreign.id });
    expect(foreignOwner.statusCode).toBe(422);
    expect(foreignOwner.json().code).toBe('reference_not_found');
    expect((await planOf(object.id)).actions[0]).toMatchObject({ ownerId: owner.id, version: 2 });
    const events = (await readAuditEvents(setup.admin, `entityId=${action.id}`)).items;
    expect(events.map((event) => event.action)).toEqual(['action.updated']);
  });

  it('sums up fulfilment and what is overdue, and lists overdue actions across objects', async () => {
    const unit = await setup.tenant.unit('Överförvaltningen');
    const object = await objectWithProfile({ K: 3, R: 0, T: 2, S: 0 }, unit.id);
    const plan = await planOf(object.id);
    await patch(byCode(plan, 'A-K1'), { assessment: 'met' });
    await patch(byCode(plan, 'A-K3'), { assessment: 'partly_met', dueDate: daysFromToday(-1), status: 'delayed' });
    await patch(byCode(plan, 'A-T2'), { assessment: 'not_applicable', dueDate: daysFromToday(-3), status: 'done' });
    const manual = await setup.admin.post(`/api/v1/objects/${object.id}/actions`, { title: 'Byt brandvägg', dueDate: daysFromToday(-2) });
    expect(manual.statusCode, manual.body).toBe(201);
    expect(manual.json()).toMatchObject({ source: 'manual', title: 'Byt brandvägg', requirementId: null, overdue: true });

    const summary = (await planOf(object.id)).summary;
    // (1 met + ½ partly) / (4 applicable requirements − 1 not applicable) = 50 %.
    expect(summary).toEqual({ applicable: 4, met: 1, partlyMet: 1, notMet: 0, notApplicable: 1, unassessed: 1, overdue: 2, fulfilmentPercent: 50 });

    const overdue = (await setup.admin.get(`/api/v1/actions?overdue=true&orgUnitId=${unit.id}`)).json();
    expect(overdue.total).toBe(2);
    expect(overdue.items.map((item: Action & { objectName: string }) => [item.requirementCode ?? item.title, item.objectName])).toEqual([
      ['Byt brandvägg', object.name],
      ['A-K3', object.name],
    ]);
    expect((await setup.admin.get(`/api/v1/actions?objectId=${object.id}&status=done`)).json().items.map((item: Action) => item.requirementCode)).toEqual(['A-T2']);

    const byObject = await inTenant((ctx) => actionPlanFulfilmentByObject(ctx, { everywhere: true }, todayInStockholm()));
    expect(byObject.find((row) => row.objectId === object.id)).toEqual({
      objectId: object.id,
      orgUnitId: unit.id,
      applicable: 4,
      met: 1,
      partlyMet: 1,
      notMet: 0,
      notApplicable: 1,
      unassessed: 1,
      overdue: 2,
    });
  });

  it('follows catalogue changes: a new requirement is planned, a retired one leaves (answers kept)', async () => {
    const object = await objectWithProfile({ K: 0, R: 2, T: 0, S: 0 });
    expect(codes(await planOf(object.id))).toEqual(['A-ALL2']);
    const added = (await setup.admin.post('/api/v1/requirements', { ...sampleRequirement('A-R2'), aspects: ['R'], minLevel: 2 })).json();
    expect(codes(await planOf(object.id))).toEqual(['A-ALL2', 'A-R2']);
    await patch(byCode(await planOf(object.id), 'A-R2'), { implementation: 'Kontrollsummor' });
    expect((await setup.admin.post(`/api/v1/requirements/${added.id}/retire`, { version: 1 })).statusCode).toBe(200);
    const after = await planOf(object.id);
    expect(codes(after)).toEqual(['A-ALL2']);
    expect(byCode(after, 'A-R2')).toMatchObject({ applicable: false, implementation: 'Kontrollsummor' });
  });

  it('exports the plan as a workbook in Swedish or English', async () => {
    const object = await objectWithProfile({ K: 1, R: 0, T: 0, S: 0 });
    await patch(byCode(await planOf(object.id), 'A-K1'), { assessment: 'not_met', status: 'at_risk' });
    for (const [lang, heading, assessment, status] of [
      ['sv', 'Bedömning', 'Ej uppfyllt', 'Stora problem'],
      ['en', 'Assessment', 'Not met', 'At risk'],
    ]) {
      const response = await setup.admin.get(`/api/v1/objects/${object.id}/action-plan.xlsx?lang=${lang}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const header = sheet.getRow(1).values as unknown[];
      const row = sheet.getRow(2).values as unknown[];
      expect(header).toContain(heading);
      expect(row[header.indexOf(heading)]).toBe(assessment);
      expect(row[header.indexOf('Status')]).toBe(status);
      expect(row[1]).toBe('A-K1');
    }
  });

  it('follows the classification flow: approving a set plans what its levels call for', async () => {
    const owner = await setup.tenant.person('Ingrid Informationsägare');
    const object = await register().object();
    const set = await register().set(object.id, { ownerId: owner.id });
    await register().approved(set.id, { K: 3, R: 1, T: 1, S: 1 }, owner);
    expect(codes(await planOf(object.id))).toEqual(['A-ALL2', 'A-K1', 'A-K3']);
  });

  it('lets an employee see nothing, and an object owner work only on their own object', async () => {
    const employee = await setup.signInNewUser([]);
    const ownerPerson = await setup.tenant.user([]);
    const mine = await objectWithProfile({ K: 1, R: 0, T: 0, S: 0 });
    const theirs = await objectWithProfile({ K: 1, R: 0, T: 0, S: 0 });
    // Object owner of `mine` only: a role scoped to that one object.
    await inTenant((ctx) => ctx.tx.insert(roleAssignments).values({ tenantId: ctx.tenantId, personId: ownerPerson.id, role: 'object_owner', scopeType: 'object', objectId: mine.id }));
    const owner = await signIn(setup.app, ownerPerson.email, testPassword);
    const myAction = byCode(await planOf(mine.id), 'A-K1');
    const theirAction = byCode(await planOf(theirs.id), 'A-K1');

    expect((await employee.get(`/api/v1/objects/${mine.id}/action-plan`)).statusCode).toBe(403);
    expect((await patch(myAction, { status: 'on_track' }, employee)).statusCode).toBe(403);
    expect((await employee.get('/api/v1/actions')).statusCode).toBe(403);

    expect((await patch(myAction, { status: 'on_track' }, owner)).statusCode).toBe(200);
    expect((await owner.post(`/api/v1/objects/${mine.id}/actions`, { title: 'Egen åtgärd' })).statusCode).toBe(201);
    expect((await patch(theirAction, { status: 'on_track' }, owner)).statusCode).toBe(403);
    expect((await owner.get(`/api/v1/objects/${theirs.id}/action-plan`)).statusCode).toBe(403);
    expect((await owner.post(`/api/v1/objects/${theirs.id}/actions`, { title: 'Inte min' })).statusCode).toBe(403);
    const listed = (await owner.get('/api/v1/actions?limit=1000')).json().items as Array<Action>;
    expect(new Set(listed.map((item) => item.objectId))).toEqual(new Set([mine.id]));
    expect((await owner.get(`/api/v1/objects/${crypto.randomUUID()}/action-plan`)).statusCode).toBe(404);
  });
});
