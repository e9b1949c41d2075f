import type { Place, Sample } from '../../access/routeSamples.js';
import { makeIncident } from './testIncidents.js';

/** A significant incident with personal data in the place, aware an hour ago: every clock runs. */
export const sampleIncident = async (place: Place) =>
  (await makeIncident(place.tenant, { orgUnitId: place.unitId, significant: true, personalData: true, awareAt: new Date(Date.now() - 3_600_000).toISOString() })).id;

/** Samples for the legal deadline routes (see access/routeSamples.ts). */
export const incidentDeadlineRouteSamples: Record<string, Sample> = {
  'POST /api/v1/incidents/:id/deadlines/submit': async (place) => ({
    url: `/api/v1/incidents/${await sampleIncident(place)}/deadlines/submit`,
    body: { regime: 'nis2', stage: 'early_warning', submittedAt: new Date().toISOString(), reference: 'CERT-SE 1' },
  }),
  'POST /api/v1/incidents/:id/intermediate-requests': async (place) => ({
    url: `/api/v1/incidents/${await sampleIncident(place)}/intermediate-requests`,
    body: { requestedAt: new Date().toISOString(), dueAt: new Date(Date.now() + 86_400_000).toISOString() },
  }),
  'GET /api/v1/incident-deadlines': async () => ({ url: '/api/v1/incident-deadlines' }),
};
