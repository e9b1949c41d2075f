import type { RiskSettings, RiskSettingsUpdate } from '../../shared/schemas/risk';
import { api } from './client';

/** Saves the tenant's risk settings; `rescored` says how many risks changed level. Read them with riskSettingsQuery (api/risk.ts). */
export const updateRiskSettings = (input: RiskSettingsUpdate) => api.patch<RiskSettings>('/api/v1/risk-settings', input);
