import { incidentSettings, incidentSettingsUpdate } from '../../../shared/schemas/incident.js';
import { defineRoute } from '../../http/route.js';
import { readIncidentSettings, updateIncidentSettings } from './service.js';

const tags = ['Settings'];

export const incidentSettingsRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/incident-settings',
    summary: 'Incident settings: the CSIRT receiving cybersäkerhetslagen reports, and the public report link (its path, or null while off)',
    tags,
    access: { permission: 'settings.manage', target: 'tenant' },
    response: incidentSettings,
    handler: (ctx) => readIncidentSettings(ctx),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/incident-settings',
    summary:
      'Change the CSIRT details; switch the public report link on (`publicReport: true`) or off, or replace its secret (`rotatePublicReport: true`) so the old link stops working. 409 when the version is stale',
    tags,
    access: { permission: 'settings.manage', target: 'tenant' },
    body: incidentSettingsUpdate,
    response: incidentSettings,
    handler: (ctx, { body }) => updateIncidentSettings(ctx, body),
  }),
];
