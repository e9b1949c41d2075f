import { xlsxContentType } from './spreadsheet.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from './domainError.js';

const megabytes = (count: number) => count * 1024 * 1024;

/** Routes that take a file as the raw request body, and how large it may be. */
const uploadLimits = new Map<string, number>([
  ['/api/v1/requirements/import', megabytes(5)],
  ['/api/v1/incidents/:id/attachments', megabytes(10)],
]);
const fileTypes = ['application/octet-stream', 'text/csv', xlsxContentType];

const isFileType = (contentType: string | undefined) => fileTypes.includes((contentType ?? '').split(';')[0].trim().toLowerCase());
const limitOf = (request: FastifyRequest) => uploadLimits.get(request.routeOptions.url ?? '');
const tooLarge = (limit: number) => new DomainError(413, 'body_too_large', `The file is larger than the ${limit / megabytes(1)} MB limit`);

/**
 * Lets the upload routes receive a file as the raw body (no multipart), each up to its own
 * limit. Every other route refuses file bodies before reading them, so the larger limits reach
 * only uploads. A declared length over the limit is refused before the body is read; a body
 * sent without one is counted as it arrives.
 */
export function acceptFileUploads(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!isFileType(request.headers['content-type'])) return;
    const limit = limitOf(request);
    if (limit === undefined) {
      throw new DomainError(415, 'unsupported_media_type', 'Send the body as application/json');
    }
    if (Number(request.headers['content-length'] ?? 0) > limit) throw tooLarge(limit);
  });
  app.addContentTypeParser(fileTypes, (request, payload, done) => {
    const limit = limitOf(request) ?? 0;
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = (error: Error | null, body?: Buffer) => {
      if (finished) return;
      finished = true;
      done(error, body);
    };
    payload.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(tooLarge(limit));
      else chunks.push(chunk);
    });
    payload.on('end', () => finish(null, Buffer.concat(chunks)));
    payload.on('error', (error) => finish(error));
  });
}
