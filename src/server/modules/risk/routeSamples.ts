import { and, eq } from 'drizzle-orm';
import type { Place, Sample } from '../../access/routeSamples.js';
import { actions } from '../../db/schema/index.js';
import { sampleRequirement } from '../requirements/routeSamples.js';
import { createRequirement } from '../requirements/service.js';
import { withTenant } from '../../db/context.js';
import { registerFactory } from '../../testing/registerFactories.js';
import type { Client } from '../../testing/testApp.js';
import { addresseeIn } from '../notifications/routeSamples.js';
import { createRiskAnalysis } from './analysisService.js';
import { createRisk } from './riskService.js';

/** A risk as the API takes it: an intrusion for want of MFA, at the given likelihood and impact. */
export const sampleRisk = (likelihood: number, impact: number, extra: object = {}) => ({
  cause: 'svaga lösenord och ingen MFA',
  event: 'intrång i verksamhetssystemet',
  consequence: 'att personuppgifter om brukare läcker',
  threatOrigin: 'human_deliberate' as const,
  likelihood,
  impact,
  ...extra,
});

let serial = 0;
const fresh = (prefix: string) => `${prefix} ${(serial += 1)}`;

const analysisIn = async (place: Place, riskOwnerId?: string) => {
  const object = await registerFactory(place.tenant).object(place.unitId, { name: fresh('Riskobjekt') });
  return withTenant(place.tenant.database, place.tenant.tenantId, null, (ctx) => createRiskAnalysis(ctx, { objectId: object.id, purpose: 'Årlig riskanalys', riskOwnerId }));
};

/** A low risk; with a caller, in an analysis whose riskägare they are (so their own authority suffices to accept it). */
const riskIn = async (place: Place, caller?: Client) => {
  const analysis = await analysisIn(place, caller && (await addresseeIn(place, caller)));
  return withTenant(place.tenant.database, place.tenant.tenantId, null, (ctx) =>
    createRisk(ctx, analysis.id, sampleRisk(2, 2)),
  );
};

const requirementOf = new Map<string, Promise<string>>();

/** A handlingsplan row assessed "ej uppfyllt" on an object classified K3: a draft-risk candidate. */
export async function unmetRequirementAction(place: Place): Promise<string> {
  const { tenant } = place;
  if (!requirementOf.has(tenant.tenantId)) {
    const values = { ...sampleRequirement(), minLevel: 1, descriptionSv: '', descriptionEn: null, nis2: ['a' as const], gdpr: [], area: 'prov' };
    requirementOf.set(tenant.tenantId, withTenant(tenant.database, tenant.tenantId, null, (ctx) => createRequirement(ctx, values)).then((requirement) => requirement.id));
  }
  const requirementId = await requirementOf.get(tenant.tenantId)!;
  const owner = await tenant.person(fresh('Informationsägare'), place.unitId);
  const register = registerFactory(tenant);
  const object = await register.object(place.unitId, { name: fresh('Klassat objekt') });
  await register.approved((await register.set(object.id, { ownerId: owner.id })).id, { K: 3, R: 1, T: 1, S: 1 }, owner);
  return withTenant(tenant.database, tenant.tenantId, null, async (ctx) => {
    const [row] = await ctx.tx
      .update(actions)
      .set({ assessment: 'not_met' })
      .where(and(eq(actions.tenantId, ctx.tenantId), eq(actions.objectId, object.id), eq(actions.requirementId, requirementId)))
      .returning({ id: actions.id });
    return row!.id;
  });
}

/** Samples for the risk-analysis routes (see access/routeSamples.ts). */
export const riskRouteSamples: Record<string, Sample> = {
  'GET /api/v1/threats': async () => ({ url: '/api/v1/threats' }),
  'GET /api/v1/risk-analyses': async () => ({ url: '/api/v1/risk-analyses' }),
  'POST /api/v1/risk-analyses': async (place) => {
    const object = await registerFactory(place.tenant).object(place.unitId, { name: fresh('Riskobjekt') });
    return { url: '/api/v1/risk-analyses', body: { objectId: object.id, purpose: 'Inför upphandling' } };
  },
  'GET /api/v1/risk-analyses/:id': async (place) => ({ url: `/api/v1/risk-analyses/${(await analysisIn(place)).id}` }),
  'PATCH /api/v1/risk-analyses/:id': async (place) => {
    const analysis = await analysisIn(place);
    return { url: `/api/v1/risk-analyses/${analysis.id}`, body: { version: analysis.version, status: 'in_progress' } };
  },
  'POST /api/v1/risk-analyses/:id/review': async (place) => {
    const analysis = await analysisIn(place);
    return { url: `/api/v1/risk-analyses/${analysis.id}/review`, body: { version: analysis.version, trigger: 'procurement' } };
  },
  'POST /api/v1/risk-analyses/:id/risks': async (place) => ({
    url: `/api/v1/risk-analyses/${(await analysisIn(place)).id}/risks`,
    body: sampleRisk(3, 3),
  }),
  'GET /api/v1/risks': async () => ({ url: '/api/v1/risks?limit=1000' }),
  'GET /api/v1/risks/heatmap': async () => ({ url: '/api/v1/risks/heatmap' }),
  'GET /api/v1/risks/trend': async () => ({ url: '/api/v1/risks/trend' }),
  'GET /api/v1/risks/:id': async (place) => ({ url: `/api/v1/risks/${(await riskIn(place)).id}` }),
  'PATCH /api/v1/risks/:id': async (place) => {
    const risk = await riskIn(place);
    return { url: `/api/v1/risks/${risk.id}`, body: { version: risk.version, treatment: 'reduce', treatmentRationale: 'Inför MFA' } };
  },
  'POST /api/v1/risks/:id/accept': async (place, caller) => ({ url: `/api/v1/risks/${(await riskIn(place, caller)).id}/accept`, body: { reason: 'Låg risk, kostnad för åtgärd överstiger nyttan' } }),
  'POST /api/v1/actions/:id/draft-risk': async (place) => ({ url: `/api/v1/actions/${await unmetRequirementAction(place)}/draft-risk` }),
  'POST /api/v1/risks/:id/actions': async (place) => ({ url: `/api/v1/risks/${(await riskIn(place)).id}/actions`, body: { title: fresh('Inför MFA') } }),
};
