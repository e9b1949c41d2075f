import { z } from 'zod';
import type { Locale } from '../../../shared/locales.js';
import { idParams } from '../../../shared/schemas/common.js';
import { informationSetListQuery, objectListQuery, systemListQuery } from '../../../shared/schemas/register.js';
import { defineRoute, type RequestContext } from '../../http/route.js';
import { getActionPlan } from '../actions/service.js';
import { approvedClassifications } from '../classification/service.js';
import { coverageByUnit } from '../coverage/queries.js';
import { listInformationSets } from '../informationSets/service.js';
import { objectTarget } from '../objects/profileQueries.js';
import { describeObject, listObjects } from '../objects/service.js';
import { listSystemSummaries } from '../systems/service.js';
import { classificationReport } from './classificationReport.js';
import { coverageWorkbook, informationSetsWorkbook, objectsWorkbook, systemsWorkbook } from './workbooks.js';

const tags = ['Exports'];
/** An export holds every matching row the caller may see, up to this many. */
const everything = { limit: 20_000, offset: 0 };
const exportQuery = <T extends z.ZodObject>(query: T) => query.omit({ limit: true, offset: true } as never) as unknown as T;
const localeOf = (ctx: RequestContext): Locale => (ctx.auth.locale === 'en' ? 'en' : 'sv');

export const registerExportRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/objects/export.xlsx',
    summary: 'The object register as XLSX (same filters as the list)',
    tags,
    access: { permission: 'register.read', target: 'reach' },
    query: exportQuery(objectListQuery),
    download: true,
    handler: async (ctx, { query }) => objectsWorkbook((await listObjects(ctx, { ...query, ...everything }, ctx.reach('register.read'))).items, localeOf(ctx)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/systems/export.xlsx',
    summary: 'The systems register as XLSX (same filters as the list)',
    tags,
    access: { permission: 'register.read', target: 'reach' },
    query: exportQuery(systemListQuery),
    download: true,
    handler: async (ctx, { query }) => systemsWorkbook((await listSystemSummaries(ctx, { ...query, ...everything }, ctx.reach('register.read'))).items, localeOf(ctx)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/information-sets/export.xlsx',
    summary: 'Information sets with their classifications as XLSX (same filters as the list)',
    tags,
    access: { permission: 'register.read', target: 'reach' },
    query: exportQuery(informationSetListQuery),
    download: true,
    handler: async (ctx, { query }) => informationSetsWorkbook((await listInformationSets(ctx, { ...query, ...everything }, ctx.reach('register.read'))).items, localeOf(ctx)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/coverage/export.xlsx',
    summary: 'Coverage per org unit as XLSX',
    tags,
    access: { permission: 'register.read', target: 'reach' },
    download: true,
    handler: async (ctx) => coverageWorkbook(await coverageByUnit(ctx, ctx.reach('register.read')), localeOf(ctx)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/objects/:id/report.pdf',
    summary: 'Classification report for one object as PDF',
    tags,
    access: { permission: 'register.read', target: (ctx, { params }) => objectTarget(ctx, params.id) },
    params: idParams,
    download: true,
    handler: async (ctx, { params }) => {
      const object = await describeObject(ctx, params.id);
      const approved = await approvedClassifications(ctx, object.informationSets.map((set) => set.id));
      return classificationReport(object, approved, await getActionPlan(ctx, params.id), localeOf(ctx));
    },
  }),
];
