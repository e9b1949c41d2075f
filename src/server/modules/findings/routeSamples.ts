import type { Place, Sample } from '../../access/routeSamples.js';
import { findingsFirstSeenIn, importFindings, parsedFinding } from './testFindings.js';

let serial = 0;

/** A finding of a fresh import in the place's tenant. */
async function sampleFinding(place: Place): Promise<string> {
  serial += 1;
  const { database, tenantId } = place.tenant;
  const scanId = await importFindings(database, tenantId, `Fyndområde ${serial}`, [parsedFinding()]);
  return (await findingsFirstSeenIn(database, tenantId, scanId))[0];
}

/** Samples for the finding routes (see access/routeSamples.ts): every one is tenant-wide. */
export const findingRouteSamples: Record<string, Sample> = {
  'GET /api/v1/findings': async () => ({ url: '/api/v1/findings?severity=high&status=open' }),
  'GET /api/v1/findings/:id': async (place) => ({ url: `/api/v1/findings/${await sampleFinding(place)}` }),
};
