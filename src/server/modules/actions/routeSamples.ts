import type { Place, Sample } from '../../access/routeSamples.js';
import { withTenant } from '../../db/context.js';
import { registerFactory } from '../../testing/registerFactories.js';
import { createManualAction } from './service.js';

let serial = 0;
const fresh = (prefix: string) => `${prefix} ${(serial += 1)}`;

const objectIn = async (place: Place) => (await registerFactory(place.tenant).object(place.unitId, { name: fresh('Åtgärdsobjekt') })).id;

/** Samples for the action-plan routes (see access/routeSamples.ts). */
export const actionRouteSamples: Record<string, Sample> = {
  'GET /api/v1/objects/:id/action-plan': async (place) => ({ url: `/api/v1/objects/${await objectIn(place)}/action-plan` }),
  'GET /api/v1/objects/:id/action-plan.xlsx': async (place) => ({ url: `/api/v1/objects/${await objectIn(place)}/action-plan.xlsx?lang=en` }),
  'POST /api/v1/objects/:id/actions': async (place) => ({ url: `/api/v1/objects/${await objectIn(place)}/actions`, body: { title: fresh('Åtgärd'), status: 'on_track' } }),
  'PATCH /api/v1/actions/:id': async (place) => {
    const objectId = await objectIn(place);
    const action = await withTenant(place.tenant.database, place.tenant.tenantId, null, (ctx) => createManualAction(ctx, objectId, { title: fresh('Åtgärd') }));
    return { url: `/api/v1/actions/${action.id}`, body: { version: action.version, status: 'on_track', implementation: 'Påbörjad' } };
  },
  'GET /api/v1/actions': async () => ({ url: '/api/v1/actions?limit=1000' }),
};
