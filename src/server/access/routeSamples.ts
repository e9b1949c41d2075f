import { withTenant } from '../db/context.js';
import { closeOrgUnit } from '../modules/org/service.js';
import type { TestTenant } from '../testing/factories.js';
import type { Client } from '../testing/testApp.js';
import type { Method } from '../http/route.js';
import { notificationRouteSamples } from '../modules/notifications/routeSamples.js';
import { surveyRouteSamples } from '../modules/surveys/routeSamples.js';
import { registerRouteSamples } from '../modules/objects/routeSamples.js';
import { requirementRouteSamples } from '../modules/requirements/routeSamples.js';
import { actionRouteSamples } from '../modules/actions/routeSamples.js';
import { riskSettingsRouteSamples } from '../modules/riskSettings/routeSamples.js';
import { riskRouteSamples } from '../modules/risk/routeSamples.js';
import { riskExportRouteSamples } from '../modules/riskExports/routeSamples.js';
import { incidentDeadlineRouteSamples } from '../modules/incidentDeadlines/routeSamples.js';
import { incidentReportRouteSamples } from '../modules/incidentReports/routeSamples.js';
import { incidentRouteSamples } from '../modules/incidents/routeSamples.js';
import { incidentAttachmentRouteSamples } from '../modules/incidentAttachments/routeSamples.js';
import { incidentSettingsRouteSamples } from '../modules/incidentSettings/routeSamples.js';
import { incidentStatsRouteSamples } from '../modules/incidentStats/routeSamples.js';
import { scanRouteSamples } from '../modules/scans/routeSamples.js';
import { findingRouteSamples } from '../modules/findings/routeSamples.js';

/** Where a sample request aims: a unit (and its path) in the caller's tenant or another. */
export interface Place {
  tenant: TestTenant;
  unitId: string;
  path: string;
}

export interface SampleRequest {
  url: string;
  method?: Method;
  body?: unknown;
  /** The request names a row by id (so one of another tenant must answer 404). */
  addressesTarget?: boolean;
}

export type Sample = (place: Place, caller: Client) => Promise<SampleRequest>;

let serial = 0;
const fresh = (prefix: string) => `${prefix} ${(serial += 1)}`;

/**
 * A valid request for every signed-in route, aimed at a fresh row in the given place, so
 * writes never depend on what an earlier case did. A route without one fails the matrix.
 */
export const routeSamples: Record<string, Sample> = {
  ...notificationRouteSamples,
  ...surveyRouteSamples,
  ...registerRouteSamples,
  ...requirementRouteSamples,
  ...actionRouteSamples,
  ...riskSettingsRouteSamples,
  ...riskRouteSamples,
  ...riskExportRouteSamples,
  ...incidentDeadlineRouteSamples,
  ...incidentReportRouteSamples,
  ...incidentRouteSamples,
  ...incidentAttachmentRouteSamples,
  ...incidentSettingsRouteSamples,
  ...incidentStatsRouteSamples,
  ...scanRouteSamples,
  ...findingRouteSamples,
  'GET /api/v1/me': async () => ({ url: '/api/v1/me' }),
  'PATCH /api/v1/me': async () => ({ url: '/api/v1/me', body: { locale: 'en' } }),
  // A wrong current password gets past access control and then 422: no caller is locked out.
  'POST /api/v1/me/password': async () => ({ url: '/api/v1/me/password', body: { currentPassword: 'not-the-password', newPassword: 'another-long-passphrase' } }),
  'GET /api/v1/me/tokens': async () => ({ url: '/api/v1/me/tokens' }),
  'POST /api/v1/me/tokens': async () => ({ url: '/api/v1/me/tokens', body: { name: fresh('token'), expiresInDays: 1 } }),
  'DELETE /api/v1/me/tokens/:id': async (place, caller) => {
    const id = place.tenant.name === 'Hemkommun' ? (await caller.post('/api/v1/me/tokens', { name: fresh('token') })).json().id : await place.tenant.tokenId();
    return { url: `/api/v1/me/tokens/${id}`, addressesTarget: true };
  },
  'GET /api/v1/org-units': async () => ({ url: '/api/v1/org-units' }),
  'GET /api/v1/org-units/:id': async (place) => ({ url: `/api/v1/org-units/${(await place.tenant.unit(fresh('Enhet'), place.unitId, 'enhet')).id}` }),
  'POST /api/v1/org-units': async (place) => ({ url: '/api/v1/org-units', body: { name: fresh('Enhet'), type: 'enhet', parentId: place.unitId } }),
  'PATCH /api/v1/org-units/:id': async (place) => ({
    url: `/api/v1/org-units/${(await place.tenant.unit(fresh('Enhet'), place.unitId, 'enhet')).id}`,
    body: { version: 1, name: fresh('Omdöpt') },
  }),
  'POST /api/v1/org-units/:id/close': async (place) => ({
    url: `/api/v1/org-units/${(await place.tenant.unit(fresh('Enhet'), place.unitId, 'enhet')).id}/close`,
    body: { version: 1 },
  }),
  'POST /api/v1/org-units/:id/reopen': async (place) => {
    const unit = await place.tenant.unit(fresh('Enhet'), place.unitId, 'enhet');
    const closed = await withTenant(place.tenant.database, place.tenant.tenantId, null, (ctx) => closeOrgUnit(ctx, unit.id, unit.version));
    return { url: `/api/v1/org-units/${unit.id}/reopen`, body: { version: closed.version } };
  },
  'GET /api/v1/people': async () => ({ url: '/api/v1/people' }),
  'GET /api/v1/people/:id': async (place) => ({ url: `/api/v1/people/${(await place.tenant.person(fresh('Person'), place.unitId)).id}` }),
  'POST /api/v1/people': async (place) => ({
    url: '/api/v1/people',
    body: { name: fresh('Person'), email: `${fresh('p').replace(' ', '')}@example.se`, orgUnitId: place.unitId },
  }),
  'PATCH /api/v1/people/:id': async (place) => ({
    url: `/api/v1/people/${(await place.tenant.person(fresh('Person'), place.unitId)).id}`,
    body: { version: 1, title: 'Handläggare' },
  }),
  'GET /api/v1/role-assignments': async () => ({ url: '/api/v1/role-assignments' }),
  'POST /api/v1/role-assignments': async (place) => ({
    url: '/api/v1/role-assignments',
    body: { personId: (await place.tenant.person(fresh('Person'), place.unitId)).id, role: 'risk_owner', scopeType: 'org_unit', orgUnitId: place.unitId },
  }),
  'DELETE /api/v1/role-assignments/:id': async (place) => ({
    url: `/api/v1/role-assignments/${await place.tenant.assignmentId(place.unitId)}`,
  }),
  'GET /api/v1/audit-events': async () => ({ url: '/api/v1/audit-events?limit=5' }),
  'GET /api/v1/audit-chain': async () => ({ url: '/api/v1/audit-chain' }),
};
