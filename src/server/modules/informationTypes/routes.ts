import { z } from 'zod';
import { idParams } from '../../../shared/schemas/common.js';
import { informationType, informationTypeCreate, informationTypeUpdate } from '../../../shared/schemas/register.js';
import { defineRoute } from '../../http/route.js';
import { createInformationType, listInformationTypes, updateInformationType } from './service.js';

const tags = ['Register'];

/** Organisation-wide reference data: anyone who reads the register reads the types; the CISO keeps them. */
export const informationTypeRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/information-types',
    summary: 'Organisation-wide information types with their standard classification',
    tags,
    access: { permission: 'register.read', target: 'reach' },
    response: z.array(informationType),
    handler: (ctx) => listInformationTypes(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/information-types',
    summary: 'Add an organisation-wide information type',
    tags,
    access: { permission: 'catalogue.manage', target: 'tenant' },
    body: informationTypeCreate,
    response: informationType,
    status: 201,
    handler: (ctx, { body }) => createInformationType(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/information-types/:id',
    summary: 'Edit an information type (409 when the version is stale)',
    tags,
    access: { permission: 'catalogue.manage', target: 'tenant' },
    params: idParams,
    body: informationTypeUpdate,
    response: informationType,
    handler: (ctx, { params, body }) => updateInformationType(ctx, params.id, body),
  }),
];
