import type { Sample } from '../../access/routeSamples.js';
import { withTenant } from '../../db/context.js';
import { readIncidentSettings } from './service.js';

/** Samples for the incident-settings routes (see access/routeSamples.ts). */
export const incidentSettingsRouteSamples: Record<string, Sample> = {
  'GET /api/v1/incident-settings': async () => ({ url: '/api/v1/incident-settings' }),
  // Reads the current version first (shared with the other settings), so every allowed write is a fresh one.
  'PATCH /api/v1/incident-settings': async (place) => ({
    url: '/api/v1/incident-settings',
    body: { version: (await withTenant(place.tenant.database, place.tenant.tenantId, null, readIncidentSettings)).version, csirtContact: 'cert@cert.se' },
  }),
};
