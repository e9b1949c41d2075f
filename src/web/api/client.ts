import type { Problem } from '../../shared/schemas/common';

/** The CSRF token of the cookie session, from the login response or GET /api/v1/me. */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null;
}

/** For requests sent outside `apiRequest` (an upload whose progress is shown). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** A failed request: the server's problem document when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  /** Seconds from the Retry-After header (429), when present. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem | null, retryAfterSeconds: number | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get code(): string {
    return this.problem?.code ?? (this.status === 0 ? 'network_error' : 'unknown');
  }
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** `?a=1&b=2` from the parameters that have a value; empty strings and nulls are left out. */
export function queryString(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const body = (await response.json()) as Partial<Problem>;
    if (typeof body.code !== 'string') return null;
    return { type: body.type ?? 'about:blank', title: body.title ?? '', status: body.status ?? response.status, ...body } as Problem;
  } catch {
    return null;
  }
}

/** One JSON request to the Värn API. Writes carry the CSRF token; errors become ApiError. */
export async function apiRequest<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, null, null);
  }

  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response), parseRetryAfter(response.headers.get('retry-after')));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Sends a file as the raw request body (imports); answers and errors as `apiRequest`. */
export async function apiUpload<T>(path: string, file: Blob): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', 'Content-Type': 'application/octet-stream' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: file });
  } catch {
    throw new ApiError(0, null, null);
  }
  if (!response.ok) throw new ApiError(response.status, await readProblem(response), parseRetryAfter(response.headers.get('retry-after')));
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, params: QueryParams = {}) => apiRequest<T>('GET', path + queryString(params)),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  delete: <T = void>(path: string) => apiRequest<T>('DELETE', path),
};
