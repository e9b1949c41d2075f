import { z } from 'zod';
import { publicIncidentReport } from '../../../shared/schemas/incident.js';
import { notFound } from '../../http/domainError.js';
import { definePublicRoute } from '../../http/route.js';
import { publicReportUrl } from './rateLimit.js';
import { describeReportLink, reportThroughLink } from './service.js';

const tags = ['Public incident reports'];
const tokenOf = (params: unknown) => {
  const parsed = z.object({ token: z.string() }).safeParse(params);
  if (!parsed.success) throw notFound('report link');
  return parsed.data.token;
};

/** The public report link: no sign-in, the secret in the URL is the key, rate-limited per address. */
export const publicReportRoutes = [
  definePublicRoute({
    method: 'GET',
    url: publicReportUrl,
    summary: 'Whose public report link this is (404 when the link is wrong or switched off)',
    tags,
    access: { permission: 'public' },
    response: z.object({ organisation: z.string() }),
    handler: (services, request) => describeReportLink(services.database, tokenOf(request.params)),
  }),
  definePublicRoute({
    method: 'POST',
    url: publicReportUrl,
    summary: 'Report an incident without an account through the organisation\'s public link; answers the incident number',
    tags,
    access: { permission: 'public' },
    body: publicIncidentReport,
    response: z.object({ number: z.string() }),
    status: 201,
    handler: (services, request, _reply, body) => reportThroughLink(services.database, tokenOf(request.params), body),
  }),
];
