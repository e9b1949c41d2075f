import type { Sample } from '../../access/routeSamples.js';
import { withTenant } from '../../db/context.js';
import { loadRiskConfig } from '../risk/config.js';

/** Samples for the risk-settings routes (see access/routeSamples.ts). */
export const riskSettingsRouteSamples: Record<string, Sample> = {
  'GET /api/v1/risk-settings': async () => ({ url: '/api/v1/risk-settings' }),
  // Reads the current version first (shared with /api/v1/settings), so every allowed write is a fresh one.
  'PATCH /api/v1/risk-settings': async (place) => ({
    url: '/api/v1/risk-settings',
    body: { version: await withTenant(place.tenant.database, place.tenant.tenantId, null, async (ctx) => (await loadRiskConfig(ctx)).version), analysisIntervalMonths: 12 },
  }),
};
