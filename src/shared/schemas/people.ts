import { z } from 'zod';
import { employmentStatuses } from '../orgUnitTypes.js';
import { paging, version } from './common.js';

export const person = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  title: z.string().nullable(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  managerId: z.uuid().nullable(),
  managerName: z.string().nullable(),
  employmentStatus: z.enum(employmentStatuses),
  hasLogin: z.boolean(),
  version: z.number().int(),
});
export type Person = z.infer<typeof person>;

const personFields = {
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320).transform((value) => value.toLowerCase()),
  title: z.string().trim().max(200).nullable().optional(),
  orgUnitId: z.uuid(),
  managerId: z.uuid().nullable().optional(),
  employmentStatus: z.enum(employmentStatuses).optional(),
};

export const personCreate = z.strictObject(personFields);
export type PersonCreate = z.input<typeof personCreate>;

/** Edit or move a person to another unit; only the fields sent change. */
export const personUpdate = z.strictObject({
  version,
  name: personFields.name.optional(),
  email: personFields.email.optional(),
  title: personFields.title,
  orgUnitId: personFields.orgUnitId.optional(),
  managerId: personFields.managerId,
  employmentStatus: personFields.employmentStatus,
});
export type PersonUpdate = z.input<typeof personUpdate>;

export const peopleQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  orgUnitId: z.uuid().optional(),
  /** With orgUnitId: include everyone in the unit's subtree (default) or only the unit itself. */
  subtree: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  status: z.enum(employmentStatuses).optional(),
  ...paging,
});
export type PeopleQuery = z.input<typeof peopleQuery>;

export const peoplePage = z.object({ items: z.array(person), total: z.number().int() });
