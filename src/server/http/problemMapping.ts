import type { FastifyError } from 'fastify';
import type { Problem } from '../../shared/schemas/common.js';
import { DomainError } from './domainError.js';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export function problemOf(status: number, code: string, detail?: string, errors?: Problem['errors']): Problem {
  return { type: `https://varn.se/problems/${code}`, title: titles[status] ?? 'Error', status, code, detail, errors };
}

/** PostgreSQL constraint errors that bad input can cause, mapped to a user's words. */
const constraintProblems: Record<string, { status: number; code: string; detail: string }> = {
  people_tenant_email: { status: 409, code: 'email_taken', detail: 'Another person already has this e-mail address' },
  accounts_email_unique: { status: 409, code: 'email_taken', detail: 'Another account already has this e-mail address' },
  role_assignments_unique: { status: 409, code: 'role_already_assigned', detail: 'The person already has this role in this scope' },
  requirements_tenant_code: { status: 409, code: 'code_taken', detail: 'Another requirement already has this code' },
  objects_tenant_name: { status: 409, code: 'name_taken', detail: 'Another object already has this name' },
  information_types_tenant_name: { status: 409, code: 'name_taken', detail: 'An information type with this name already exists' },
};

/** Turns anything thrown while handling a request into a problem document, or null for a 500. */
export function mapError(error: unknown): { problem: Problem; headers?: Record<string, string> } | null {
  if (error instanceof DomainError) {
    return { problem: problemOf(error.status, error.code, error.detail, error.errors), headers: error.headers };
  }
  const fastifyError = error as FastifyError & { validation?: unknown; validationContext?: string };
  if (fastifyError.code === 'FST_ERR_VALIDATION' || fastifyError.validation) {
    const issues = (fastifyError.validation ?? []) as Array<{ instancePath?: string; message?: string }>;
    const where = fastifyError.validationContext ?? 'body';
    const errors = issues.map((issue) => {
      const path = (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
      return { path: path ? `${where}.${path}` : where, message: issue.message ?? 'is invalid' };
    });
    const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    return { problem: problemOf(400, 'validation_failed', detail || fastifyError.message, errors) };
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { problem: problemOf(413, 'body_too_large', 'The request body is larger than the 1 MB limit') };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { problem: problemOf(400, 'malformed_json', `The request body is not valid JSON: ${fastifyError.message}`) };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { problem: problemOf(415, 'unsupported_media_type', 'Send the body as application/json') };
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return { problem: problemOf(400, 'malformed_json', `The request body is not valid JSON: ${error.message}`) };
  }
  const pgError = findPgError(error);
  if (pgError?.code === '23505' && pgError.constraint && constraintProblems[pgError.constraint]) {
    const known = constraintProblems[pgError.constraint];
    return { problem: problemOf(known.status, known.code, known.detail) };
  }
  if (pgError?.code === '23503') {
    return { problem: problemOf(422, 'reference_not_found', 'A referenced item does not exist') };
  }
  // Two requests crossed (deadlock or serialization failure): nothing was written, try again.
  if (pgError?.code === '40P01' || pgError?.code === '40001') {
    return { problem: problemOf(409, 'concurrent_change', 'Someone else changed the same data at the same moment; try again') };
  }
  // Values PostgreSQL cannot take (a NUL character, a number or date out of its range).
  if (pgError?.code && ['22P02', '22021', '22P05', '22003', '22008', '22007', '22001'].includes(pgError.code)) {
    return { problem: problemOf(400, 'validation_failed', 'A value has a character, format or size the database cannot store') };
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return { problem: problemOf(fastifyError.statusCode, 'bad_request', fastifyError.message) };
  }
  return null;
}

/** Drizzle wraps driver errors; the PostgreSQL code and constraint sit on the cause. */
function findPgError(error: unknown): { code?: string; constraint?: string } | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    const candidate = current as { code?: unknown; constraint?: string; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return { code: candidate.code, constraint: candidate.constraint };
    }
    current = candidate.cause;
  }
  return null;
}
