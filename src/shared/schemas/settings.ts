import { z } from 'zod';
import { version } from './common.js';

/** Tenant settings the CISO keeps (DOMAIN §4: classifications stay valid 12 months by default). */
export const tenantSettings = z.object({
  classificationValidityMonths: z.number().int(),
  version: z.number().int(),
});
export type TenantSettings = z.infer<typeof tenantSettings>;

export const tenantSettingsUpdate = z.strictObject({
  version,
  classificationValidityMonths: z.number().int().min(1, 'At least 1 month').max(60, 'At most 60 months'),
});
