import { z } from 'zod';
import { roleCodes, scopeTypes } from '../roles.js';

export const roleAssignment = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  role: z.enum(roleCodes),
  scopeType: z.enum(scopeTypes),
  orgUnitId: z.uuid().nullable(),
  orgUnitName: z.string().nullable(),
  objectId: z.uuid().nullable(),
  objectName: z.string().nullable(),
  createdAt: z.string(),
});
export type RoleAssignment = z.infer<typeof roleAssignment>;

export const roleAssignmentCreate = z
  .strictObject({
    personId: z.uuid(),
    role: z.enum(roleCodes),
    // Object roles are given on the object itself (POST /api/v1/objects/{id}/roles).
    scopeType: z.enum(['tenant', 'org_unit']),
    orgUnitId: z.uuid().nullable().optional(),
  })
  .refine((value) => (value.scopeType === 'org_unit') === Boolean(value.orgUnitId), {
    message: 'orgUnitId is required for scopeType org_unit and not allowed for tenant',
    path: ['orgUnitId'],
  });
export type RoleAssignmentCreate = z.input<typeof roleAssignmentCreate>;

export const roleAssignmentQuery = z.strictObject({
  personId: z.uuid().optional(),
  role: z.enum(roleCodes).optional(),
});
