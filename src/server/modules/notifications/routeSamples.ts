import type { Sample } from '../../access/routeSamples.js';
import { withTenant } from '../../db/context.js';
import { notifications } from '../../db/schema/index.js';
import type { Client } from '../../testing/testApp.js';
import type { Place } from '../../access/routeSamples.js';

/**
 * The person a "my …" sample is addressed to: the caller in their own tenant, and a new
 * person in another tenant (whose row the caller must not reach: 404).
 */
export async function addresseeIn(place: Place, caller: Client): Promise<string> {
  const me = (await caller.get('/api/v1/me')).json() as { personId: string; tenant: { id: string } };
  if (me.tenant.id === place.tenant.tenantId) return me.personId;
  return (await place.tenant.person(`Mottagare ${Date.now()}`, place.unitId)).id;
}

async function notificationFor(place: Place, personId: string): Promise<string> {
  return withTenant(place.tenant.database, place.tenant.tenantId, null, async (ctx) => {
    const [row] = await ctx.tx
      .insert(notifications)
      .values({ tenantId: ctx.tenantId, personId, kind: 'survey_received', params: { title: 'Stödenkät' }, link: '/my-surveys' })
      .returning({ id: notifications.id });
    return row.id;
  });
}

export const notificationRouteSamples: Record<string, Sample> = {
  'GET /api/v1/me/notifications': async () => ({ url: '/api/v1/me/notifications' }),
  'POST /api/v1/me/notifications/:id/read': async (place, caller) => ({
    url: `/api/v1/me/notifications/${await notificationFor(place, await addresseeIn(place, caller))}/read`,
    addressesTarget: true,
  }),
  'POST /api/v1/me/notifications/read-all': async () => ({ url: '/api/v1/me/notifications/read-all' }),
};
