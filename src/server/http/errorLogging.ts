import { stdSerializers } from 'pino';

/**
 * Drizzle puts a failed query's parameters in the error message; they can be password
 * hashes or token digests, so the log keeps the SQL and the driver's reason, never the values.
 */
export function serializeErrorWithoutParameters(error: Error): { type: string; message: string; stack: string; [key: string]: unknown } {
  const failedQuery = error as Error & { query?: string; params?: unknown[]; cause?: Error & { code?: string } };
  if (typeof failedQuery?.query === 'string' && Array.isArray(failedQuery.params)) {
    return {
      type: failedQuery.name,
      message: `Failed query: ${failedQuery.query}`,
      cause: failedQuery.cause ? { message: failedQuery.cause.message, code: failedQuery.cause.code } : undefined,
      stack: failedQuery.stack?.split('\n').slice(1).join('\n') ?? '',
    };
  }
  return stdSerializers.err(error) as unknown as { type: string; message: string; stack: string };
}
