import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { DomainError } from '../../http/domainError.js';

export const publicReportUrl = '/api/v1/public/incident-reports/:token';
const window = '10 minutes';

/**
 * Anyone on the internet can reach the public report link, so each address may send 5 reports
 * and open it 60 times per 10 minutes; guessing secrets counts too. The counts live in this
 * process's memory (with several processes each counts its own), and apply to no other route.
 */
export async function limitPublicReports(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new DomainError(429, 'too_many_requests', `Too many requests from this address; try again in ${context.after}`, { 'retry-after': String(Math.ceil(context.ttl / 1000)) }),
  });
  const limiters: Record<string, onRequestHookHandler> = {
    POST: app.rateLimit({ max: 5, timeWindow: window }),
    GET: app.rateLimit({ max: 60, timeWindow: window }),
  };
  app.addHook('onRequest', async function (request, reply) {
    if (request.routeOptions.url !== publicReportUrl) return;
    await limiters[request.method]?.call(this, request, reply, () => {});
  });
}
