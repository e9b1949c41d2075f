import type { FastifyRequest } from 'fastify';

/** Paths whose last part is a secret key: the public incident-report link (API and web page). */
const secretPaths = [/(\/incident-reports\/)[^/?#]+/g, /(\/rapportera\/)[^/?#]+/g];

/** The URL as it may be logged: a secret in its path becomes `[redacted]`. */
export function urlWithoutSecrets(url: string): string {
  return secretPaths.reduce((redacted, pattern) => redacted.replace(pattern, '$1[redacted]'), url);
}

/** Fastify's request log entry, with the URL's secrets redacted. */
export function serializeRequestWithoutSecrets(request: FastifyRequest) {
  return {
    method: request.method,
    url: urlWithoutSecrets(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket ? request.socket.remotePort : undefined,
  };
}
