import type { Place, Sample } from '../../access/routeSamples.js';
import { withTenant } from '../../db/context.js';
import { registerFactory } from '../../testing/registerFactories.js';
import { createRiskAnalysis } from '../risk/analysisService.js';
import { createRisk } from '../risk/riskService.js';

let serial = 0;

/** An analysis of a fresh object in the place, with one risk so the report has a body. */
async function analysisWithRisk(place: Place): Promise<string> {
  const object = await registerFactory(place.tenant).object(place.unitId, { name: `Rapportobjekt ${(serial += 1)}` });
  return withTenant(place.tenant.database, place.tenant.tenantId, null, async (ctx) => {
    const analysis = await createRiskAnalysis(ctx, { objectId: object.id, purpose: 'Årlig riskanalys' });
    await createRisk(ctx, analysis.id, { cause: 'ett strömavbrott', event: 'driftstopp', consequence: 'att e-tjänsterna ligger nere', threatOrigin: 'technology', likelihood: 2, impact: 3 });
    return analysis.id;
  });
}

/** Samples for the risk exports (see access/routeSamples.ts). */
export const riskExportRouteSamples: Record<string, Sample> = {
  'GET /api/v1/risks.xlsx': async () => ({ url: '/api/v1/risks.xlsx?lang=en' }),
  'GET /api/v1/risk-analyses/:id/report.pdf': async (place) => ({ url: `/api/v1/risk-analyses/${await analysisWithRisk(place)}/report.pdf?lang=sv` }),
};
