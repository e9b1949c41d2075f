import { z } from 'zod';
import { modalities, nis2Measures } from '../actions.js';
import { aspects } from '../classification/aspects.js';
import { version } from './common.js';

/** At most this many rows in one imported catalogue. */
export const maxImportRows = 2000;
export const catalogueFormats = ['xlsx', 'csv', 'json'] as const;
export type CatalogueFormat = (typeof catalogueFormats)[number];

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

/** The fields a tenant writes; the same ones make up a row of an imported or exported catalogue. */
export const requirementFields = {
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}._:/-]*$/u, 'A code is letters, digits and . _ : / - (no spaces)'),
  titleSv: z.string().trim().min(1).max(300),
  titleEn: z
    .string()
    .trim()
    .max(300)
    .nullable()
    .optional()
    .transform((value) => value || null),
  descriptionSv: z.string().trim().max(5000).optional().default(''),
  descriptionEn: z
    .string()
    .trim()
    .max(5000)
    .nullable()
    .optional()
    .transform((value) => value || null),
  modality: z.enum(modalities),
  aspects: z.array(z.enum(aspects)).min(1, 'Name at least one aspect').refine(unique, 'Each aspect once'),
  /** The lowest level (1-3) of any of its aspects at which the requirement applies. */
  minLevel: z.number().int().min(1, 'A requirement applies from level 1, 2 or 3').max(3, 'A requirement applies from level 1, 2 or 3'),
  nis2: z.array(z.enum(nis2Measures)).refine(unique, 'Each measure once').optional().default([]),
  gdpr: z.array(z.string().trim().min(1).max(60)).max(20).optional().default([]),
  area: z.string().trim().max(100).optional().default(''),
};

export const requirement = z.object({
  id: z.uuid(),
  code: z.string(),
  titleSv: z.string(),
  titleEn: z.string().nullable(),
  descriptionSv: z.string(),
  descriptionEn: z.string().nullable(),
  modality: z.enum(modalities),
  aspects: z.array(z.enum(aspects)),
  minLevel: z.number().int(),
  nis2: z.array(z.enum(nis2Measures)),
  gdpr: z.array(z.string()),
  area: z.string(),
  retiredAt: z.string().nullable(),
  version: z.number().int(),
});
export type Requirement = z.infer<typeof requirement>;

export const requirementCreate = z.strictObject(requirementFields);
export type RequirementCreate = z.input<typeof requirementCreate>;

/** Only the fields sent change; `version` guards against lost updates. */
export const requirementUpdate = z.strictObject({
  version,
  code: requirementFields.code.optional(),
  titleSv: requirementFields.titleSv.optional(),
  titleEn: requirementFields.titleEn,
  descriptionSv: z.string().trim().max(5000).optional(),
  descriptionEn: requirementFields.descriptionEn,
  modality: requirementFields.modality.optional(),
  aspects: requirementFields.aspects.optional(),
  minLevel: requirementFields.minLevel.optional(),
  nis2: z.array(z.enum(nis2Measures)).refine(unique, 'Each measure once').optional(),
  gdpr: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  area: z.string().trim().max(100).optional(),
});
export type RequirementUpdate = z.input<typeof requirementUpdate>;

export const requirementRetire = z.strictObject({ version });

/** A yes/no query parameter, off unless `true`. */
export const queryFlag = z.enum(['true', 'false']).default('false').transform((value) => value === 'true');

export const requirementListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  aspect: z.enum(aspects).optional(),
  /** Requirements that apply at this level of `aspect` (or of any aspect). */
  level: z.coerce.number().int().min(1).max(4).optional(),
  modality: z.enum(modalities).optional(),
  nis2: z.enum(nis2Measures).optional(),
  area: z.string().trim().max(100).optional(),
  includeRetired: queryFlag,
  limit: z.coerce.number().int().min(1).max(maxImportRows).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type RequirementListQuery = z.input<typeof requirementListQuery>;

export const requirementPage = z.object({ items: z.array(requirement), total: z.number().int(), areas: z.array(z.string()) });
export type RequirementPage = z.infer<typeof requirementPage>;

/** One row of an imported or exported catalogue: the writable fields plus whether it is retired. */
export const catalogueRow = z.strictObject({ ...requirementFields, retired: z.boolean().optional() });
export type CatalogueRow = z.output<typeof catalogueRow>;

/** The JSON catalogue format, as exported and imported. */
export const catalogueDocument = z.strictObject({ requirements: z.array(z.unknown()).max(maxImportRows) });

export const catalogueImportQuery = z.strictObject({ format: z.enum(catalogueFormats) });
export const catalogueExportQuery = z.strictObject({ format: z.enum(catalogueFormats).default('xlsx') });

export const catalogueImportResult = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type CatalogueImportResult = z.infer<typeof catalogueImportResult>;
