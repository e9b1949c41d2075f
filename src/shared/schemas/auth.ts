import { z } from 'zod';
import { permissions } from '../permissions.js';
import { roleCodes, scopeTypes } from '../roles.js';
import { locales } from '../locales.js';

export const loginRequest = z.strictObject({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

export const me = z.object({
  personId: z.uuid(),
  name: z.string(),
  email: z.string(),
  locale: z.enum(locales),
  tenant: z.object({ id: z.uuid(), name: z.string() }),
  grants: z.array(
    z.object({
      role: z.enum(roleCodes),
      scopeType: z.enum(scopeTypes),
      orgUnitId: z.uuid().nullable(),
      orgUnitName: z.string().nullable(),
      objectId: z.uuid().nullable(),
      objectName: z.string().nullable(),
    }),
  ),
  /** Permissions the person holds somewhere; the UI shows only the pages these open. */
  permissions: z.array(z.enum(permissions)),
  /** Present for cookie sessions: send it back as X-CSRF-Token on every write. */
  csrfToken: z.string().optional(),
});
export type Me = z.infer<typeof me>;

export const loginResponse = me.extend({ csrfToken: z.string() });

export const meUpdate = z.strictObject({ locale: z.enum(locales) });

export const passwordChange = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

export const apiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiToken>;

export const apiTokenCreate = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** Days until the token stops working (1-365). */
  expiresInDays: z.number().int().min(1).max(365).default(90),
});

/** The secret is shown exactly once, at creation; only its hash is stored. */
export const apiTokenCreated = apiToken.extend({ secret: z.string() });
