import { z } from 'zod';
import type { Locale } from '../../../shared/locales.js';
import { idParams } from '../../../shared/schemas/common.js';
import { informationSetListQuery, objectListQuery, systemListQuery } from '../../../shared/schemas/register.js';
import { defineRoute, type RequestContext } from '../../http/route.js';
import { getActionPlan } from '../actions/service.js';
import { historyOfSet } from '../classification/queries.js';
import { toClassification } from '../classification/service.js';
import { coverageByUnit } from '../coverage/queries.js';
import { describeSets, listSets } from '../informationSets/queries.js';
import { objectTarget } from '../objects/profileQueries.js';
import { listObjectStats, ownersOf, toObjectSummary } from '../objects/queries.js';
import { describeObject } from '../objects/service.js';
import { describeSystems, listSystems } from '../systems/queries.js';
import { classificationReport } from './classificationReport.js';
import { coverageWorkbook, informationSetsWorkbook, objectsWorkbook, systemsWorkbook } from './workbooks.js';

const tags = ['Exports'];
/** An export holds every matching row the caller may see, up to this many. */
const exportLimit = 20_000;
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
    handler: async (ctx, { query }) => {
      const { rows } = await listObjectStats(ctx, { ...query, limit: exportLimit, offset: 0 }, ctx.reach('register.read'));
      const owners = await ownersOf(ctx, rows.map((row) => row.id));
      return objectsWorkbook(rows.map((row) => toObjectSummary(row, owners.get(row.id) ?? [])), localeOf(ctx));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/systems/export.xlsx',
    summary: 'The systems register as XLSX (same filters as the list)',
    tags,
    access: { permission: 'register.read', target: 'reach' },
    query: exportQuery(systemListQuery),
    download: true,
    handler: async (ctx, { query }) => {
      const { rows } = await listSystems(ctx, { ...query, limit: exportLimit, offset: 0 }, ctx.reach('register.read'));
      return systemsWorkbook(await describeSystems(ctx, rows), localeOf(ctx));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/information-sets/export.xlsx',
    summary: 'Information sets with their classifications as XLSX (same filters as the list)',
    tags,
    access: { permission: 'register.read', target: 'reach' },
    query: exportQuery(informationSetListQuery),
    download: true,
    handler: async (ctx, { query }) => {
      const { rows } = await listSets(ctx, { ...query, limit: exportLimit, offset: 0 }, ctx.reach('register.read'));
      return informationSetsWorkbook(await describeSets(ctx, rows), localeOf(ctx));
    },
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
      const approved = new Map();
      for (const set of object.informationSets) {
        const current = (await historyOfSet(ctx, set.id)).find((row) => row.row.status === 'approved');
        if (current) approved.set(set.id, toClassification(ctx, current));
      }
      return classificationReport(object, approved, await getActionPlan(ctx, params.id), localeOf(ctx));
    },
  }),
];
