import { z } from 'zod';
import { classificationStatuses } from '../classification/workflow.js';
import { hostingKinds, systemDependencies } from '../register.js';
import { paging, version } from './common.js';
import { aspectTexts, level, profile } from './profile.js';

const name = z.string().trim().min(1, 'A name is required').max(200);
const description = z.string().max(10_000);
const legalBases = z.array(z.string().trim().min(1).max(200)).max(50);

/** The classification an information set counts with, as the public API shows it. */
export const setClassificationSummary = z.object({
  id: z.uuid(),
  K: level,
  R: level,
  T: level,
  S: level,
  status: z.enum(classificationStatuses),
  validUntil: z.string().nullable(),
});

export const objectState = z.enum(['valid', 'expired', 'incomplete', 'never']);
export type ObjectState = z.infer<typeof objectState>;

export const personRef = z.object({ id: z.uuid(), name: z.string() });

export const objectRole = z.object({ assignmentId: z.uuid(), role: z.string(), person: personRef });

/** What the caller may do with an object; computed by the server's `authorize`. */
export const objectCapabilities = z.object({ manage: z.boolean(), classify: z.boolean(), manageActions: z.boolean() });

export const objectSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  critical: z.boolean(),
  state: objectState,
  profile,
  derivedProfile: profile,
  raiseReason: z.string().nullable(),
  informationSetCount: z.number().int(),
  approvedSetCount: z.number().int(),
  systemCount: z.number().int(),
  owners: z.array(personRef),
  needsReview: z.boolean(),
  version: z.number().int(),
});
export type ObjectSummary = z.infer<typeof objectSummary>;

export const objectInformationSet = z.object({
  id: z.uuid(),
  name: z.string(),
  ownerName: z.string().nullable(),
  informationTypeName: z.string().nullable(),
  classification: setClassificationSummary.nullable(),
  /** A newer draft or review under way, beside the classification that counts. */
  pendingClassification: setClassificationSummary.nullable(),
  needsReview: z.object({ reason: z.string(), since: z.string() }).nullable(),
});

export const systemSummary = z.object({
  id: z.uuid(),
  objectId: z.uuid(),
  objectName: z.string(),
  name: z.string(),
  description: z.string(),
  supplier: z.string(),
  hosting: z.enum(hostingKinds),
  dependencies: z.array(z.enum(systemDependencies)),
  derivedProfile: profile,
  informationSetIds: z.array(z.uuid()),
  integrations: z.array(z.object({ id: z.uuid(), targetSystemId: z.uuid().nullable(), targetName: z.string(), description: z.string() })),
  version: z.number().int(),
});
export type SystemSummary = z.infer<typeof systemSummary>;

export const objectDetail = objectSummary.extend({
  managementPlanUrl: z.string().nullable(),
  roles: z.array(objectRole),
  informationSets: z.array(objectInformationSet),
  systems: z.array(systemSummary),
  can: objectCapabilities,
});
export type ObjectDetail = z.infer<typeof objectDetail>;

export const objectCreate = z.strictObject({
  name,
  description: description.default(''),
  orgUnitId: z.uuid(),
  critical: z.boolean().default(false),
  managementPlanUrl: z.url().max(2000).nullable().optional(),
  /** Made object owner (objektägare) of the new object. */
  ownerId: z.uuid().optional(),
});
export type ObjectCreate = z.input<typeof objectCreate>;

export const objectUpdate = z.strictObject({
  version,
  name: name.optional(),
  description: description.optional(),
  orgUnitId: z.uuid().optional(),
  critical: z.boolean().optional(),
  managementPlanUrl: z.url().max(2000).nullable().optional(),
});

/** Raise the object's profile above the derived maximum, or clear the raise (null). */
export const objectProfileUpdate = z.strictObject({
  version,
  profile: profile.nullable(),
  reason: z.string().trim().max(4000).nullable().optional(),
});

export const objectRoleCreate = z.strictObject({
  personId: z.uuid(),
  role: z.enum(['object_owner', 'information_owner', 'business_service_manager', 'it_service_manager', 'system_administrator', 'risk_owner']),
});

export const objectListQuery = z.strictObject({
  q: z.string().max(200).optional(),
  orgUnitId: z.uuid().optional(),
  status: objectState.optional(),
  critical: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  needsReview: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: paging.offset,
});

export const objectList = z.object({ total: z.number().int(), items: z.array(objectSummary) });

export const systemCreate = z.strictObject({
  objectId: z.uuid(),
  name,
  description: description.default(''),
  supplier: z.string().max(200).default(''),
  hosting: z.enum(hostingKinds),
  dependencies: z.array(z.enum(systemDependencies)).default([]),
});
export const systemUpdate = z.strictObject({
  version,
  name: name.optional(),
  description: description.optional(),
  supplier: z.string().max(200).optional(),
  hosting: z.enum(hostingKinds).optional(),
  dependencies: z.array(z.enum(systemDependencies)).optional(),
});
export const integrationCreate = z
  .strictObject({
    targetSystemId: z.uuid().optional(),
    externalName: z.string().trim().min(1).max(200).optional(),
    description: z.string().max(2000).default(''),
  })
  .refine((value) => Boolean(value.targetSystemId) !== Boolean(value.externalName), {
    message: 'Give either targetSystemId or externalName',
    path: ['targetSystemId'],
  });
export const systemListQuery = z.strictObject({
  q: z.string().max(200).optional(),
  objectId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
  hosting: z.enum(hostingKinds).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: paging.offset,
});
export const systemList = z.object({ total: z.number().int(), items: z.array(systemSummary) });

export const informationSetSummary = z.object({
  id: z.uuid(),
  objectId: z.uuid(),
  objectName: z.string(),
  orgUnitName: z.string(),
  name: z.string(),
  description: z.string(),
  informationTypeId: z.uuid().nullable(),
  informationTypeName: z.string().nullable(),
  owner: personRef.nullable(),
  delegate: personRef.nullable(),
  legalBases: z.array(z.string()),
  personalData: z.boolean(),
  specialCategories: z.boolean(),
  systemIds: z.array(z.uuid()),
  classification: setClassificationSummary.nullable(),
  pendingClassification: setClassificationSummary.nullable(),
  needsReview: z.object({ reason: z.string(), since: z.string() }).nullable(),
  version: z.number().int(),
});
export type InformationSetSummary = z.infer<typeof informationSetSummary>;

export const informationSetCreate = z.strictObject({
  objectId: z.uuid(),
  name,
  description: description.default(''),
  informationTypeId: z.uuid().nullable().optional(),
  ownerId: z.uuid().nullable().optional(),
  delegateId: z.uuid().nullable().optional(),
  legalBases: legalBases.default([]),
  personalData: z.boolean().default(false),
  specialCategories: z.boolean().default(false),
  systemIds: z.array(z.uuid()).max(100).default([]),
});
export const informationSetUpdate = z.strictObject({
  version,
  name: name.optional(),
  description: description.optional(),
  informationTypeId: z.uuid().nullable().optional(),
  ownerId: z.uuid().nullable().optional(),
  delegateId: z.uuid().nullable().optional(),
  legalBases: legalBases.optional(),
  personalData: z.boolean().optional(),
  specialCategories: z.boolean().optional(),
  systemIds: z.array(z.uuid()).max(100).optional(),
});
export const informationSetListQuery = z.strictObject({
  q: z.string().max(200).optional(),
  objectId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
  status: z.enum([...classificationStatuses, 'none']).optional(),
  personalData: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: paging.offset,
});
export const informationSetList = z.object({ total: z.number().int(), items: z.array(informationSetSummary) });

export const informationType = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  profile,
  reasons: z.record(z.string(), z.string()),
  legalBases: z.array(z.string()),
  personalData: z.boolean(),
  specialCategories: z.boolean(),
  usedBy: z.number().int(),
  version: z.number().int(),
});
export type InformationType = z.infer<typeof informationType>;
export const informationTypeCreate = z.strictObject({
  name,
  description: description.default(''),
  profile,
  reasons: aspectTexts.default({}),
  legalBases: legalBases.default([]),
  personalData: z.boolean().default(false),
  specialCategories: z.boolean().default(false),
});
export const informationTypeUpdate = informationTypeCreate.partial().extend({ version });
