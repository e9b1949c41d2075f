import type { Place, Sample } from '../../access/routeSamples.js';
import { MultipartForm } from '../../testing/multipartForm.js';
import { importFindings, parsedFinding } from '../findings/testFindings.js';
import { nessusItem, nessusReport } from './testReports.js';

let serial = 0;

/** A finished import in the place's tenant. */
export async function sampleScan(place: Place): Promise<string> {
  serial += 1;
  return importFindings(place.tenant.database, place.tenant.tenantId, `Provområde ${serial}`, [parsedFinding(), parsedFinding({ severity: 'low' })]);
}

/** Samples for the scan routes (see access/routeSamples.ts): every one is tenant-wide. */
export const scanRouteSamples: Record<string, Sample> = {
  'POST /api/v1/scans': async () => ({
    url: '/api/v1/scans',
    body: new MultipartForm([
      { name: 'scope', value: 'Nätverk skola' },
      { name: 'file', fileName: 'skola.nessus', content: nessusReport([{ name: '10.0.0.1', items: [nessusItem()] }]) },
    ]),
  }),
  'GET /api/v1/scans': async () => ({ url: '/api/v1/scans' }),
  'GET /api/v1/scans/:id': async (place) => ({ url: `/api/v1/scans/${await sampleScan(place)}` }),
  'GET /api/v1/scan-scopes': async () => ({ url: '/api/v1/scan-scopes' }),
};
