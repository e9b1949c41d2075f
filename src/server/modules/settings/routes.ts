import { tenantSettings, tenantSettingsUpdate } from '../../../shared/schemas/settings.js';
import { defineRoute } from '../../http/route.js';
import { readSettings, updateSettings } from './service.js';

const tags = ['Settings'];

export const settingsRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/settings',
    summary: 'The organisation\'s settings (how long an approved classification stays valid)',
    tags,
    access: { permission: 'settings.manage', target: 'tenant' },
    response: tenantSettings,
    handler: (ctx) => readSettings(ctx),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/settings',
    summary: 'Change the organisation\'s settings (409 when the version is stale)',
    tags,
    access: { permission: 'settings.manage', target: 'tenant' },
    body: tenantSettingsUpdate,
    response: tenantSettings,
    handler: (ctx, { body }) => updateSettings(ctx, body),
  }),
];
