import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AccessTarget, PermissionReach } from '../../shared/access.js';
import type { Permission } from '../../shared/permissions.js';
import type { Authenticated } from '../auth/authenticate.js';
import type { TenantContext } from '../db/context.js';
import type { Database } from '../db/database.js';
import type { ScanImportSettings } from '../jobs/scanImportQueue.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

export interface AppServices {
  database: Database;
  sessionLimits: { idleMs: number; absoluteMs: number };
  secureCookies: boolean;
  /** Scanner-report uploads and their import jobs; without it `POST /api/v1/scans` answers 503. */
  scanImports?: ScanImportSettings;
}

/** What a signed-in route's handler gets: the tenant transaction plus the request. */
export interface RequestContext extends TenantContext {
  services: AppServices;
  request: FastifyRequest;
  reply: FastifyReply;
  auth: Authenticated;
  /** Where the actor may use a permission; list queries filter by it. */
  reach(permission: Permission): PermissionReach;
  /** Work to do once the transaction has committed, e.g. starting a job that reads what it wrote. */
  afterCommit(work: () => Promise<void>): void;
}

/** A request body received as a stream (a file on disk), and how to throw it away if the request fails. */
export interface ReceivedUpload<T> {
  body: T;
  discard(): Promise<void>;
}

/**
 * How a route finds what its permission is checked against:
 * - `tenant`: the whole tenant (tenant-wide grants only);
 * - `reach`: anywhere (lists, whose queries then filter to the actor's reach);
 * - a function: the org unit of the addressed row; null means it does not exist (404).
 */
export type TargetOf<I> = 'tenant' | 'reach' | ((ctx: RequestContext, input: I) => Promise<AccessTarget | null>);

type Schema = z.ZodType | undefined;
type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export type Access<I> = { permission: Permission; target: TargetOf<I> } | { permission: 'authenticated' };

export interface RouteSpec<P extends Schema, Q extends Schema, B extends Schema, R extends Schema> {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  access: Access<RouteInput<Infer<P>, Infer<Q>, Infer<B>>>;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * A streamed upload (multipart): after sign-in and an access check against the tenant or the
   * reach, and before the tenant transaction opens (a 2 GB upload must not hold the database),
   * reads the request into the handler's body. `body` then only types it (it is not validated
   * as JSON); the upload is discarded when the request fails afterwards.
   */
  receive?: (request: FastifyRequest, services: AppServices) => Promise<ReceivedUpload<Infer<B>>>;
  /** Response body schema; omit for 204 No Content (or for a file download). */
  response?: R;
  /** The handler returns a `FileDownload` (XLSX, PDF, CSV…) instead of JSON. */
  download?: true;
  status?: number;
  handler: (ctx: RequestContext, input: RouteInput<Infer<P>, Infer<Q>, Infer<B>>) => Promise<Infer<R> | FileDownload | void>;
}

/** A file to send as an attachment (never rendered inline by the browser). */
export class FileDownload {
  constructor(
    readonly filename: string,
    readonly contentType: string,
    readonly body: Buffer,
  ) {}
}

/** A route that needs no sign-in (login). Its handler opens its own transactions. */
export interface PublicRouteSpec<B extends Schema, R extends Schema> {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  access: { permission: 'public' };
  body?: B;
  response?: R;
  status?: number;
  handler: (services: AppServices, request: FastifyRequest, reply: FastifyReply, body: Infer<B>) => Promise<Infer<R> | void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any, any> | PublicRouteSpec<any, any>;

/** Declares a signed-in route; refuses one without a permission. */
export function defineRoute<P extends Schema, Q extends Schema, B extends Schema, R extends Schema>(
  spec: RouteSpec<P, Q, B, R>,
): AnyRoute {
  // Checked at run time too: a route built from untyped data must not slip through.
  const access = spec.access as { permission?: string; target?: unknown } | undefined;
  if (!access?.permission) throw new Error(`Route ${spec.method} ${spec.url} declares no permission`);
  if (access.permission !== 'authenticated' && !access.target) {
    throw new Error(`Route ${spec.method} ${spec.url} declares no target for ${access.permission}`);
  }
  if (spec.receive && typeof access.target === 'function') {
    throw new Error(`Upload route ${spec.method} ${spec.url} must check access against the tenant or the reach: it is checked before the upload is read`);
  }
  return spec as AnyRoute;
}

export function definePublicRoute<B extends Schema, R extends Schema>(spec: PublicRouteSpec<B, R>): AnyRoute {
  return spec as AnyRoute;
}
