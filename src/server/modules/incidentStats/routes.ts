import type { Locale } from '../../../shared/locales.js';
import { statsGroupings, statsQuery, statsRangeQuery, statsRows, statsSeries, statsSeriesQuery, statsTimes } from '../../../shared/schemas/incident.js';
import { defineRoute, type RequestContext } from '../../http/route.js';
import type { Grouping } from './labels.js';
import type { StatsScope } from './scope.js';
import { statsRows as rowsOf, statsSeries as seriesOf, statsTimes as timesOf } from './service.js';
import { statsWorkbook } from './workbook.js';

const tags = ['Incidents'];
const localeOf = (ctx: RequestContext): Locale => (ctx.auth.locale === 'en' ? 'en' : 'sv');
/** Counted over the incidents in the caller's reach for statistics, whatever their status. */
const scopeOf = (ctx: RequestContext, range: { from?: string; to?: string }): StatsScope => ({ from: range.from, to: range.to, reach: ctx.reach('incident.stats') });
const access = { permission: 'incident.stats', target: 'reach' } as const;

export const incidentStatsRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/stats',
    summary: 'Incidents aware in [from, to) per type, category, cause, förvaltning or severity: counts only, no personal data',
    tags,
    access,
    query: statsQuery,
    response: statsRows,
    handler: (ctx, { query }) => rowsOf(ctx, query.groupBy, scopeOf(ctx, query), localeOf(ctx)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/stats/series',
    summary: 'Incidents per key and month or quarter (Stockholm time), every period of the range present',
    tags,
    access,
    query: statsSeriesQuery,
    response: statsSeries,
    handler: (ctx, { query }) => seriesOf(ctx, query.groupBy, query.period, scopeOf(ctx, query), localeOf(ctx)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/stats/times',
    summary: 'Time to detect, resolve and close (median and p90 in hours) and the share of legal reports made on time',
    tags,
    access,
    query: statsRangeQuery,
    response: statsTimes,
    handler: (ctx, { query }) => timesOf(ctx, scopeOf(ctx, query)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/stats.xlsx',
    summary: 'The incident statistics as XLSX: a sheet per grouping, each grouping month by month, and the times',
    tags,
    access,
    query: statsRangeQuery,
    download: true,
    handler: async (ctx, { query }) => {
      const scope = scopeOf(ctx, query);
      const locale = localeOf(ctx);
      const rows = {} as Record<Grouping, Awaited<ReturnType<typeof rowsOf>>>;
      const months = {} as Record<Grouping, Awaited<ReturnType<typeof seriesOf>>>;
      for (const grouping of statsGroupings) {
        rows[grouping] = await rowsOf(ctx, grouping, scope, locale);
        months[grouping] = await seriesOf(ctx, grouping, 'month', scope, locale);
      }
      return statsWorkbook({ rows, months, times: await timesOf(ctx, scope) }, locale);
    },
  }),
];
