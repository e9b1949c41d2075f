import { z } from 'zod';
import { orgUnitTypes } from '../orgUnitTypes.js';
import { version } from './common.js';

const name = z.string().trim().min(1).max(200);

export const orgUnit = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  type: z.enum(orgUnitTypes),
  closedAt: z.string().nullable(),
  version: z.number().int(),
});
export type OrgUnit = z.infer<typeof orgUnit>;

export const orgUnitCreate = z.strictObject({
  name,
  type: z.enum(orgUnitTypes),
  parentId: z.uuid(),
});
export type OrgUnitCreate = z.infer<typeof orgUnitCreate>;

/** Rename, retype or move (a new parent); `version` guards against lost updates. */
export const orgUnitUpdate = z.strictObject({
  version,
  name: name.optional(),
  type: z.enum(orgUnitTypes).optional(),
  parentId: z.uuid().optional(),
});
export type OrgUnitUpdate = z.infer<typeof orgUnitUpdate>;

export const orgUnitClose = z.strictObject({ version });
