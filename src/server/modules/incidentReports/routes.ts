import { z } from 'zod';
import { locales, type Locale } from '../../../shared/locales.js';
import { defineRoute, type RequestContext } from '../../http/route.js';
import { incidentTarget } from '../incidents/targets.js';
import { buildDraft, reportDrafts } from './draftContent.js';
import { loadDraftData } from './draftData.js';
import { draftFile, draftFormats } from './draftFiles.js';

const tags = ['Incidents'];
/** The language of the draft; without it, the caller's own. */
const localeOf = (ctx: RequestContext, chosen: Locale | undefined): Locale => chosen ?? (ctx.auth.locale === 'en' ? 'en' : 'sv');

export const incidentReportRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id/report-drafts/:draft',
    summary: 'A draft of a legal report (CSIRT early warning, notification or final report; IMY notification) as PDF or DOCX, filled from the incident, with marked blanks for what it does not hold',
    tags,
    access: { permission: 'incident.manage', target: (ctx, { params }) => incidentTarget(ctx, params.id) },
    params: z.strictObject({ id: z.uuid(), draft: z.enum(reportDrafts) }),
    query: z.strictObject({ format: z.enum(draftFormats).default('pdf'), lang: z.enum(locales).optional() }),
    download: true,
    handler: async (ctx, { params, query }) => {
      const locale = localeOf(ctx, query.lang);
      return draftFile(buildDraft(params.draft, await loadDraftData(ctx, params.id), locale), query.format, locale);
    },
  }),
];
