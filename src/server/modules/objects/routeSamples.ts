import type { Place, Sample } from '../../access/routeSamples.js';
import { withTenant } from '../../db/context.js';
import { registerFactory } from '../../testing/registerFactories.js';
import type { Client } from '../../testing/testApp.js';
import { startClassification, submitClassification } from '../classification/service.js';
import { readSettings } from '../settings/service.js';

let serial = 0;
const fresh = (prefix: string) => `${prefix} ${(serial += 1)}`;
const levels = { K: 2, R: 1, T: 2, S: 1 } as const;

const objectIn = (place: Place) => registerFactory(place.tenant).object(place.unitId, { name: fresh('Objekt') });
const setIn = async (place: Place, ownerId?: string) => registerFactory(place.tenant).set((await objectIn(place)).id, { ownerId });

/** The caller's own person id, when the place is in the caller's tenant (owners must be of the tenant). */
async function callerIn(place: Place, caller: Client): Promise<string | undefined> {
  const me = (await caller.get('/api/v1/me')).json() as { personId: string; tenant: { id: string } };
  return me.tenant.id === place.tenant.tenantId ? me.personId : undefined;
}

async function draftIn(place: Place, caller: Client, options: { submit?: boolean; nationalSecurity?: boolean; typeProfile?: typeof levels } = {}) {
  const factory = registerFactory(place.tenant);
  const object = await objectIn(place);
  const type = options.typeProfile ? await factory.informationType(options.typeProfile, fresh('Typ')) : null;
  const set = await factory.set(object.id, { ownerId: await callerIn(place, caller), informationTypeId: type?.id });
  return withTenant(place.tenant.database, place.tenant.tenantId, null, async (ctx) => {
    const draft = await startClassification(ctx, set.id, {
      answers: {},
      profile: options.typeProfile ? { K: 0, R: 0, T: 0, S: 0 } : levels,
      reasons: {},
      mayInvolveNationalSecurity: options.nationalSecurity ?? false,
    });
    return options.submit ? submitClassification(ctx, draft.id, draft.version) : draft;
  });
}

/** Samples for the register, classification and coverage routes (see access/routeSamples.ts). */
export const registerRouteSamples: Record<string, Sample> = {
  'GET /api/v1/objects': async () => ({ url: '/api/v1/objects?limit=1000' }),
  'GET /api/v1/objects/:id': async (place) => ({ url: `/api/v1/objects/${(await objectIn(place)).id}` }),
  'POST /api/v1/objects': async (place) => ({ url: '/api/v1/objects', body: { name: fresh('Objekt'), orgUnitId: place.unitId } }),
  'PATCH /api/v1/objects/:id': async (place) => ({ url: `/api/v1/objects/${(await objectIn(place)).id}`, body: { version: 1, description: 'Ändrad' } }),
  'PUT /api/v1/objects/:id/profile': async (place) => ({
    url: `/api/v1/objects/${(await objectIn(place)).id}/profile`,
    body: { version: 1, profile: { K: 1, R: 0, T: 0, S: 0 }, reason: 'Aggregering' },
  }),
  'POST /api/v1/objects/:id/roles': async (place) => ({
    url: `/api/v1/objects/${(await objectIn(place)).id}/roles`,
    body: { personId: (await place.tenant.person(fresh('Person'), place.unitId)).id, role: 'system_administrator' },
  }),
  'DELETE /api/v1/objects/:id/roles/:assignmentId': async (place) => {
    const owner = await place.tenant.person(fresh('Ägare'), place.unitId);
    const object = await registerFactory(place.tenant).object(place.unitId, { ownerId: owner.id });
    return { url: `/api/v1/objects/${object.id}/roles/${object.roles[0].assignmentId}` };
  },
  'GET /api/v1/systems': async () => ({ url: '/api/v1/systems?limit=1000' }),
  'GET /api/v1/systems/:id': async (place) => ({ url: `/api/v1/systems/${(await registerFactory(place.tenant).system((await objectIn(place)).id)).id}` }),
  'POST /api/v1/systems': async (place) => ({ url: '/api/v1/systems', body: { objectId: (await objectIn(place)).id, name: fresh('System'), hosting: 'on_premises' } }),
  'PATCH /api/v1/systems/:id': async (place) => ({
    url: `/api/v1/systems/${(await registerFactory(place.tenant).system((await objectIn(place)).id)).id}`,
    body: { version: 1, hosting: 'shared_operations' },
  }),
  'POST /api/v1/systems/:id/integrations': async (place) => ({
    url: `/api/v1/systems/${(await registerFactory(place.tenant).system((await objectIn(place)).id)).id}/integrations`,
    body: { externalName: 'Skatteverket', description: 'Folkbokföringsuppgifter' },
  }),
  'DELETE /api/v1/systems/:id/integrations/:integrationId': async (place) => {
    const system = await registerFactory(place.tenant).system((await objectIn(place)).id);
    const { addIntegration } = await import('../systems/service.js');
    const withIntegration = await withTenant(place.tenant.database, place.tenant.tenantId, null, (ctx) => addIntegration(ctx, system.id, { externalName: 'Bank', description: '' }));
    return { url: `/api/v1/systems/${system.id}/integrations/${withIntegration.integrations[0].id}` };
  },
  'GET /api/v1/information-sets': async () => ({ url: '/api/v1/information-sets?limit=1000' }),
  'GET /api/v1/information-sets/:id': async (place) => ({ url: `/api/v1/information-sets/${(await setIn(place)).id}` }),
  'POST /api/v1/information-sets': async (place) => ({ url: '/api/v1/information-sets', body: { objectId: (await objectIn(place)).id, name: fresh('Mängd') } }),
  'PATCH /api/v1/information-sets/:id': async (place) => ({ url: `/api/v1/information-sets/${(await setIn(place)).id}`, body: { version: 1, personalData: true } }),
  'GET /api/v1/information-types': async () => ({ url: '/api/v1/information-types' }),
  'POST /api/v1/information-types': async () => ({ url: '/api/v1/information-types', body: { name: fresh('Typ'), profile: levels } }),
  'PATCH /api/v1/information-types/:id': async (place) => ({
    url: `/api/v1/information-types/${(await registerFactory(place.tenant).informationType(levels, fresh('Typ'))).id}`,
    body: { version: 1, description: 'Ändrad' },
  }),
  'GET /api/v1/information-sets/:id/classifications': async (place) => ({ url: `/api/v1/information-sets/${(await setIn(place)).id}/classifications` }),
  'POST /api/v1/information-sets/:id/classifications': async (place) => ({
    url: `/api/v1/information-sets/${(await setIn(place)).id}/classifications`,
    body: { answers: { K: { person: 2, law: 1 } }, reasons: { K: 'Personuppgifter' } },
  }),
  'GET /api/v1/classifications/:id': async (place, caller) => ({ url: `/api/v1/classifications/${(await draftIn(place, caller)).id}` }),
  'PATCH /api/v1/classifications/:id': async (place, caller) => ({ url: `/api/v1/classifications/${(await draftIn(place, caller)).id}`, body: { version: 1, profile: { K: 3, R: 1, T: 2, S: 1 } } }),
  'POST /api/v1/classifications/:id/submit': async (place, caller) => ({ url: `/api/v1/classifications/${(await draftIn(place, caller)).id}/submit`, body: { version: 1 } }),
  // The caller is made the set's informationsägare: approval also needs that, beyond the permission.
  'POST /api/v1/classifications/:id/approve': async (place, caller) => ({ url: `/api/v1/classifications/${(await draftIn(place, caller)).id}/approve`, body: { version: 1 } }),
  'POST /api/v1/classifications/:id/return': async (place, caller) => {
    const submitted = await draftIn(place, caller, { submit: true });
    return { url: `/api/v1/classifications/${submitted.id}/return`, body: { version: submitted.version } };
  },
  'POST /api/v1/classifications/:id/approve-lowering': async (place, caller) => ({
    url: `/api/v1/classifications/${(await draftIn(place, caller, { typeProfile: levels })).id}/approve-lowering`,
    body: { version: 1 },
  }),
  'GET /api/v1/classification-referrals': async () => ({ url: '/api/v1/classification-referrals' }),
  'POST /api/v1/classifications/:id/referral-answer': async (place, caller) => ({
    url: `/api/v1/classifications/${(await draftIn(place, caller, { nationalSecurity: true })).id}/referral-answer`,
    body: { version: 1, note: 'Hanteras enligt säkerhetsskyddslagen' },
  }),
  'GET /api/v1/coverage': async () => ({ url: '/api/v1/coverage' }),
  'GET /api/v1/objects/export.xlsx': async () => ({ url: '/api/v1/objects/export.xlsx?status=never' }),
  'GET /api/v1/systems/export.xlsx': async () => ({ url: '/api/v1/systems/export.xlsx' }),
  'GET /api/v1/information-sets/export.xlsx': async () => ({ url: '/api/v1/information-sets/export.xlsx' }),
  'GET /api/v1/settings': async () => ({ url: '/api/v1/settings' }),
  // Reads the current version first, so every allowed caller's write is a fresh one.
  'PATCH /api/v1/settings': async (place) => ({
    url: '/api/v1/settings',
    body: { version: await withTenant(place.tenant.database, place.tenant.tenantId, null, async (ctx) => (await readSettings(ctx)).version), classificationValidityMonths: 12 },
  }),
  'GET /api/v1/coverage/export.xlsx': async () => ({ url: '/api/v1/coverage/export.xlsx' }),
  'GET /api/v1/objects/:id/report.pdf': async (place) => ({ url: `/api/v1/objects/${(await objectIn(place)).id}/report.pdf` }),
};
