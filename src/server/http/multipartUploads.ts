import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { DomainError } from './domainError.js';
import { multipartMarker } from './routeRegistry.js';

const isMultipart = (contentType: string | undefined) => (contentType ?? '').split(';')[0].trim().toLowerCase() === 'multipart/form-data';

/**
 * Multipart bodies, for the upload routes that stream them (a route with `receive`, e.g. the
 * scanner-report upload). The plugin only marks the request; the route reads the parts itself,
 * after sign-in and access are checked, with its own limits. Every other route refuses a
 * multipart body before reading it, as fileUploads.ts does for raw file bodies.
 */
export async function acceptMultipartUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart);
  app.addHook('onRequest', async (request) => {
    if (!isMultipart(request.headers['content-type'])) return;
    const config = request.routeOptions.config as unknown as Record<string, unknown> | undefined;
    if (!config?.[multipartMarker]) throw new DomainError(415, 'unsupported_media_type', 'Send the body as application/json');
  });
}
