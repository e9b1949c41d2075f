import type { Sample } from '../../access/routeSamples.js';

/** Samples for the incident statistics (see access/routeSamples.ts): reads over the caller's reach. */
export const incidentStatsRouteSamples: Record<string, Sample> = {
  'GET /api/v1/incidents/stats': async () => ({ url: '/api/v1/incidents/stats?groupBy=severity' }),
  'GET /api/v1/incidents/stats/series': async () => ({ url: '/api/v1/incidents/stats/series?groupBy=type&period=quarter&from=2026-01-01T00:00:00Z&to=2026-07-01T00:00:00Z' }),
  'GET /api/v1/incidents/stats/times': async () => ({ url: '/api/v1/incidents/stats/times' }),
  'GET /api/v1/incidents/stats.xlsx': async () => ({ url: '/api/v1/incidents/stats.xlsx?from=2026-01-01T00:00:00Z' }),
};
