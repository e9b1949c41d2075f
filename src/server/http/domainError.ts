/**
 * A refusal the user can act on. `code` is stable and the UI translates it; `detail` is
 * the English explanation for API clients.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
    /** Field-level complaints, e.g. each bad row of an import. */
    readonly errors?: Array<{ path: string; message: string }>,
  ) {
    super(detail);
  }
}

export const notFound = (what = 'resource') => new DomainError(404, 'not_found', `The ${what} was not found`);
export const forbidden = (detail = 'You do not have permission for this') => new DomainError(403, 'forbidden', detail);
export const unauthenticated = () => new DomainError(401, 'unauthenticated', 'Sign in first');
export const versionConflict = (what: string) =>
  new DomainError(409, 'version_conflict', `The ${what} was changed by someone else; reload and try again`);
