import { eq } from 'drizzle-orm';
import type { Place, Sample } from '../../access/routeSamples.js';
import { withTenant } from '../../db/context.js';
import { incidentTasks } from '../../db/schema/index.js';
import { registerFactory } from '../../testing/registerFactories.js';
import { createRiskAnalysis } from '../risk/analysisService.js';
import { createReportedIncident } from './service.js';
import { addIncidentTask } from './tasks.js';

let serial = 0;
const fresh = (prefix: string) => `${prefix} ${(serial += 1)}`;

/** An incident in the place, reported by someone else than the caller (so only roles decide access). */
export async function sampleIncident(place: Place, objectIds: string[] = []): Promise<string> {
  const reporter = await place.tenant.person(fresh('Anmälare'), place.unitId);
  return withTenant(place.tenant.database, place.tenant.tenantId, null, async (ctx) => {
    const created = await createReportedIncident(ctx, {
      title: fresh('Borttappad USB-sticka'),
      description: 'En USB-sticka med elevlistor saknas efter ett möte.',
      channel: 'web_form',
      reporterId: reporter.id,
      orgUnitId: place.unitId,
      objectIds,
    });
    return created.id;
  });
}

async function sampleTask(place: Place, incidentId: string): Promise<string> {
  const owner = await place.tenant.person(fresh('Uppgiftsägare'), place.unitId);
  return withTenant(place.tenant.database, place.tenant.tenantId, null, async (ctx) => {
    await addIncidentTask(ctx, incidentId, { title: fresh('Spärra konton'), ownerId: owner.id });
    const [task] = await ctx.tx.select({ id: incidentTasks.id }).from(incidentTasks).where(eq(incidentTasks.incidentId, incidentId));
    return task!.id;
  });
}

/** An incident in the place that affected a fresh object there (lessons land on affected objects). */
async function incidentWithObject(place: Place): Promise<{ incidentId: string; objectId: string }> {
  const object = await registerFactory(place.tenant).object(place.unitId, { name: fresh('Lärdomsobjekt') });
  const incidentId = await sampleIncident(place, [object.id]);
  return { incidentId, objectId: object.id };
}

/** Samples for the incident routes (see access/routeSamples.ts). */
export const incidentRouteSamples: Record<string, Sample> = {
  'POST /api/v1/incidents': async () => ({ url: '/api/v1/incidents', body: { title: fresh('Nätfiskemejl'), description: 'Ett mejl bad mig logga in på en okänd sida.' } }),
  'GET /api/v1/incidents': async () => ({ url: '/api/v1/incidents' }),
  'GET /api/v1/incidents/:id': async (place) => ({ url: `/api/v1/incidents/${await sampleIncident(place)}` }),
  'PATCH /api/v1/incidents/:id': async (place) => ({ url: `/api/v1/incidents/${await sampleIncident(place)}`, body: { version: 1, severity: 2, categories: ['information_loss_or_leak'] } }),
  'POST /api/v1/incidents/:id/transition': async (place) => ({ url: `/api/v1/incidents/${await sampleIncident(place)}/transition`, body: { version: 1, status: 'triaged' } }),
  'POST /api/v1/incidents/:id/notes': async (place) => ({ url: `/api/v1/incidents/${await sampleIncident(place)}/notes`, body: { note: 'Ringde anmälaren.' } }),
  'POST /api/v1/incidents/:id/tasks': async (place) => ({ url: `/api/v1/incidents/${await sampleIncident(place)}/tasks`, body: { title: fresh('Byt lösenord') } }),
  'PATCH /api/v1/incidents/:id/tasks/:taskId': async (place) => {
    const incidentId = await sampleIncident(place);
    return { url: `/api/v1/incidents/${incidentId}/tasks/${await sampleTask(place, incidentId)}`, body: { version: 1, done: true } };
  },
  'POST /api/v1/incidents/:id/lessons/risk': async (place) => {
    const { incidentId, objectId } = await incidentWithObject(place);
    const analysis = await withTenant(place.tenant.database, place.tenant.tenantId, null, (ctx) => createRiskAnalysis(ctx, { objectId, purpose: 'Efter incident' }));
    return {
      url: `/api/v1/incidents/${incidentId}/lessons/risk`,
      body: { analysisId: analysis.id, cause: 'ingen MFA', event: 'kontot kapas', consequence: 'uppgifter läcker', likelihood: 2, impact: 2 },
    };
  },
  'POST /api/v1/incidents/:id/lessons/action': async (place) => {
    const { incidentId, objectId } = await incidentWithObject(place);
    return { url: `/api/v1/incidents/${incidentId}/lessons/action`, body: { objectId, title: fresh('Inför MFA') } };
  },
};
