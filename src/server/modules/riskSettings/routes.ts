import { riskSettings, riskSettingsUpdate } from '../../../shared/schemas/risk.js';
import { defineRoute } from '../../http/route.js';
import { readRiskSettings, updateRiskSettings } from './service.js';

const tags = ['Risk'];

export const riskSettingsRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/risk-settings',
    summary: "The organisation's risk matrix, acceptance rules, analysis interval and reminder days",
    tags,
    // Everyone who reads risks needs the matrix's labels and colours.
    access: { permission: 'risk.read', target: 'reach' },
    response: riskSettings,
    handler: (ctx) => readRiskSettings(ctx),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/risk-settings',
    summary:
      "Change the risk settings (409 when the version is stale or a removed step is still used; 422 naming each matrix problem). A new matrix re-scores every risk that is not closed; `rescored` says how many changed level",
    tags,
    access: { permission: 'settings.manage', target: 'tenant' },
    body: riskSettingsUpdate,
    response: riskSettings,
    handler: (ctx, { body }) => updateRiskSettings(ctx, body),
  }),
];
