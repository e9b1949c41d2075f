import { xlsxContentType } from './spreadsheet.js';
import type { FastifyInstance } from 'fastify';
import { DomainError } from './domainError.js';

/** Routes that take a file as the raw request body (imports), and how large it may be. */
const uploadRoutes = new Set(['/api/v1/requirements/import']);
export const uploadLimitBytes = 5 * 1024 * 1024;
const fileTypes = ['application/octet-stream', 'text/csv', xlsxContentType];

const isFileType = (contentType: string | undefined) => fileTypes.includes((contentType ?? '').split(';')[0].trim().toLowerCase());

/**
 * Lets the import routes receive a file as the raw body (no multipart), up to 5 MB. Every
 * other route refuses file bodies before reading them, so the larger limit reaches only imports.
 */
export function acceptFileUploads(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!isFileType(request.headers['content-type'])) return;
    if (!uploadRoutes.has(request.routeOptions.url ?? '')) {
      throw new DomainError(415, 'unsupported_media_type', 'Send the body as application/json');
    }
    if (Number(request.headers['content-length'] ?? 0) > uploadLimitBytes) {
      throw new DomainError(413, 'body_too_large', 'The file is larger than the 5 MB limit');
    }
  });
  app.addContentTypeParser(fileTypes, { parseAs: 'buffer', bodyLimit: uploadLimitBytes }, (_request, body, done) => done(null, body));
}
