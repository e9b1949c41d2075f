import { idParams } from '../../../shared/schemas/common.js';
import {
  catalogueExportQuery,
  catalogueImportQuery,
  catalogueImportResult,
  requirement,
  requirementCreate,
  requirementListQuery,
  requirementPage,
  requirementRetire,
  requirementUpdate,
} from '../../../shared/schemas/requirements.js';
import { notFound } from '../../http/domainError.js';
import { defineRoute } from '../../http/route.js';
import { findRequirement, searchRequirements, toRequirement } from './queries.js';
import { createRequirement, exportCatalogue, importCatalogue, setRequirementRetired, updateRequirement } from './service.js';

const tags = ['Requirements catalogue'];

/*
 * The catalogue is tenant-wide reference data: anyone who may read the register somewhere may
 * read all of it; only a tenant-wide catalogue.manage holder changes it.
 */
export const requirementRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/requirements',
    summary: 'Search the requirements catalogue (text, aspect and level, modality, NIS2 measure, area)',
    tags,
    access: { permission: 'register.read', target: 'reach' },
    query: requirementListQuery,
    response: requirementPage,
    handler: (ctx, { query }) => searchRequirements(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/requirements/export',
    summary: 'The whole catalogue as XLSX, CSV or JSON, in the columns the import reads',
    tags,
    access: { permission: 'register.read', target: 'reach' },
    query: catalogueExportQuery,
    download: true,
    handler: (ctx, { query }) => exportCatalogue(ctx, query.format),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/requirements/import',
    summary:
      'Import a catalogue (XLSX, CSV or JSON, at most 2,000 rows and 5 MB): the file is the request body (application/octet-stream, or JSON for format=json); rows create or update by code; one bad row refuses the whole file with 422 listing every row and field',
    tags,
    access: { permission: 'catalogue.manage', target: 'tenant' },
    query: catalogueImportQuery,
    response: catalogueImportResult,
    handler: (ctx, { query }) => importCatalogue(ctx, query.format, ctx.request.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/requirements/:id',
    summary: 'One requirement',
    tags,
    access: { permission: 'register.read', target: 'reach' },
    params: idParams,
    response: requirement,
    handler: async (ctx, { params }) => {
      const found = await findRequirement(ctx, params.id);
      if (!found) throw notFound('requirement');
      return toRequirement(found);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/requirements',
    summary: 'Add a requirement to the catalogue',
    tags,
    access: { permission: 'catalogue.manage', target: 'tenant' },
    body: requirementCreate,
    response: requirement,
    status: 201,
    handler: (ctx, { body }) => createRequirement(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/requirements/:id',
    summary: 'Edit a requirement; every object plan follows a change of aspects or level',
    tags,
    access: { permission: 'catalogue.manage', target: 'tenant' },
    params: idParams,
    body: requirementUpdate,
    response: requirement,
    handler: (ctx, { params, body }) => updateRequirement(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/requirements/:id/retire',
    summary: 'Retire a requirement: kept for the actions that refer to it, applied to no object',
    tags,
    access: { permission: 'catalogue.manage', target: 'tenant' },
    params: idParams,
    body: requirementRetire,
    response: requirement,
    handler: (ctx, { params, body }) => setRequirementRetired(ctx, params.id, body.version, true),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/requirements/:id/unretire',
    summary: 'Bring a retired requirement back into use',
    tags,
    access: { permission: 'catalogue.manage', target: 'tenant' },
    params: idParams,
    body: requirementRetire,
    response: requirement,
    handler: (ctx, { params, body }) => setRequirementRetired(ctx, params.id, body.version, false),
  }),
];
