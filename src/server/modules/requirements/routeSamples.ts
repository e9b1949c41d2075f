import type { Place, Sample } from '../../access/routeSamples.js';
import { withTenant } from '../../db/context.js';
import { createRequirement, setRequirementRetired } from './service.js';

let serial = 0;
const freshCode = () => `PROV-${Date.now().toString(36)}-${(serial += 1)}`;

export const sampleRequirement = (code = freshCode()) => ({
  code,
  titleSv: `Provkrav ${code}`,
  titleEn: `Sample requirement ${code}`,
  modality: 'must' as const,
  aspects: ['K' as const],
  minLevel: 3,
});

/** A requirement made through the service, in the place's tenant. */
const requirementIn = (place: Place) =>
  withTenant(place.tenant.database, place.tenant.tenantId, null, (ctx) => createRequirement(ctx, { ...sampleRequirement(), descriptionSv: '', descriptionEn: null, nis2: ['a'], gdpr: [], area: 'prov' }));

/** Samples for the requirements catalogue routes (see access/routeSamples.ts). */
export const requirementRouteSamples: Record<string, Sample> = {
  'GET /api/v1/requirements': async () => ({ url: '/api/v1/requirements?limit=2000&includeRetired=true' }),
  'GET /api/v1/requirements/export': async () => ({ url: '/api/v1/requirements/export?format=csv' }),
  'POST /api/v1/requirements/import': async () => ({ url: '/api/v1/requirements/import?format=json', body: { requirements: [sampleRequirement()] } }),
  'GET /api/v1/requirements/:id': async (place) => ({ url: `/api/v1/requirements/${(await requirementIn(place)).id}` }),
  'POST /api/v1/requirements': async () => ({ url: '/api/v1/requirements', body: sampleRequirement() }),
  'PATCH /api/v1/requirements/:id': async (place) => ({ url: `/api/v1/requirements/${(await requirementIn(place)).id}`, body: { version: 1, titleSv: 'Omformulerat krav' } }),
  'POST /api/v1/requirements/:id/retire': async (place) => ({ url: `/api/v1/requirements/${(await requirementIn(place)).id}/retire`, body: { version: 1 } }),
  'POST /api/v1/requirements/:id/unretire': async (place) => {
    const requirement = await requirementIn(place);
    const retired = await withTenant(place.tenant.database, place.tenant.tenantId, null, (ctx) => setRequirementRetired(ctx, requirement.id, 1, true));
    return { url: `/api/v1/requirements/${requirement.id}/unretire`, body: { version: retired.version } };
  },
};
