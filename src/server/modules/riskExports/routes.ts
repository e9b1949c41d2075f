import { z } from 'zod';
import { locales, type Locale } from '../../../shared/locales.js';
import { idParams } from '../../../shared/schemas/common.js';
import { riskFilters } from '../../../shared/schemas/risk.js';
import { defineRoute, type RequestContext } from '../../http/route.js';
import { loadRiskConfig } from '../risk/config.js';
import { riskRegister } from '../risk/registerService.js';
import { analysisTarget } from '../risk/targets.js';
import { analysisReport, loadAnalysisReport } from './analysisReport.js';
import { riskRegisterWorkbook } from './riskRegisterWorkbook.js';

const tags = ['Risk analysis'];
/** An export holds every matching risk the caller may see, up to this many: the cap of the register exports, as the workbook is built in memory. */
const everything = { sort: 'score', limit: 20_000, offset: 0 } as const;
/** The language of the file; without it, the caller's own. */
const lang = z.enum(locales).optional();
const localeOf = (ctx: RequestContext, chosen: Locale | undefined): Locale => chosen ?? (ctx.auth.locale === 'en' ? 'en' : 'sv');

export const riskExportRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/risks.xlsx',
    summary: 'The risk register as XLSX: every risk matching the filters (same as the list), in Swedish or English',
    tags,
    access: { permission: 'risk.read', target: 'reach' },
    query: z.strictObject({ ...riskFilters, lang }),
    download: true,
    handler: async (ctx, { query: { lang: chosen, ...filter } }) => {
      const { items } = await riskRegister(ctx, { ...filter, ...everything }, ctx.reach('risk.read'));
      return riskRegisterWorkbook(items, (await loadRiskConfig(ctx)).matrix, localeOf(ctx, chosen));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/risk-analyses/:id/report.pdf',
    summary: 'A risk analysis report as PDF: the analysis, heat maps before and after treatment, every risk with its treatment, acceptance and actions',
    tags,
    access: { permission: 'risk.read', target: (ctx, { params }) => analysisTarget(ctx, params.id) },
    params: idParams,
    query: z.strictObject({ lang }),
    download: true,
    handler: async (ctx, { params, query }) => analysisReport(await loadAnalysisReport(ctx, params.id), localeOf(ctx, query.lang)),
  }),
];
