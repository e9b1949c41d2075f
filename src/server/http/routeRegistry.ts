import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize, hasAnywhere, reachOf } from '../../shared/access.js';
import { problem } from '../../shared/schemas/common.js';
import { authenticate, type Authenticated } from '../auth/authenticate.js';
import { withTenant } from '../db/context.js';
import { forbidden, notFound } from './domainError.js';
import { FileDownload, type AnyRoute, type AppServices, type PublicRouteSpec, type RequestContext, type RouteInput, type RouteSpec } from './route.js';

const routeMarker = 'varnRegistered';
/** Route config flag of upload routes: only they accept multipart bodies (see multipartUploads.ts). */
export const multipartMarker = 'varnMultipart';
const authenticated = new WeakMap<FastifyRequest, Authenticated>();

/**
 * The only way to add an API route. Every route passes one path: authenticate, open the
 * tenant transaction, find the target, `authorize`, run the handler, commit.
 */
export function registerRoutes(app: FastifyInstance, services: AppServices, routes: AnyRoute[]): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const route of routes) {
    const status = route.status ?? (route.response || ('download' in route && route.download) ? 200 : 204);
    const errorResponses = Object.fromEntries([400, 401, 403, 404, 409, 413, 422, 429].map((code) => [code, problem]));
    typed.route({
      method: route.method,
      url: route.url,
      config: { [routeMarker]: true, ...('receive' in route && route.receive ? { [multipartMarker]: true } : {}) },
      schema: {
        summary: route.summary,
        tags: route.tags,
        ...('params' in route && route.params ? { params: route.params } : {}),
        ...('query' in route && route.query ? { querystring: route.query } : {}),
        ...(route.body && !('receive' in route && route.receive) ? { body: route.body } : {}),
        response: { ...(route.response ? { [status]: route.response } : {}), ...errorResponses },
        security: route.access.permission === 'public' ? [] : [{ session: [] }, { bearer: [] }],
      },
      // Sign-in and CSRF are checked before the body is validated: 401/403 come first.
      preValidation:
        route.access.permission === 'public'
          ? undefined
          : async (request) => {
              authenticated.set(request, await authenticate(services.database, services.sessionLimits, request));
            },
      handler: async (request, reply) => {
        if (route.access.permission === 'public') {
          const result = await (route as PublicRouteSpec<never, never>).handler(services, request, reply, request.body as never);
          return send(reply, status, result);
        }
        const spec = route as RouteSpec<never, never, never, never>;
        const auth = authenticated.get(request)!;
        const upload = spec.receive ? await receiveUpload(spec, auth, request, services) : null;
        const input = { params: request.params, query: request.query, body: upload ? upload.body : request.body } as RouteInput<never, never, never>;
        const afterCommit: Array<() => Promise<void>> = [];
        let result: unknown;
        try {
          result = await withTenant(services.database, auth.actor.tenantId, auth.actor, async (tenant) => {
            const ctx: RequestContext = {
              ...tenant,
              services,
              request,
              reply,
              auth,
              reach: (permission) => reachOf(auth.actor.grants, permission),
              afterCommit: (work) => afterCommit.push(work),
            };
            await checkAccess(ctx, spec, input);
            return spec.handler(ctx, input);
          });
        } catch (error) {
          await upload?.discard();
          throw error;
        }
        for (const work of afterCommit) await work();
        return send(reply, status, result);
      },
    });
  }
}

/** Access is decided before an upload is read, so a refused caller's file never reaches the disk. */
async function receiveUpload(spec: RouteSpec<never, never, never, never>, auth: Authenticated, request: FastifyRequest, services: AppServices) {
  const access = spec.access;
  if (access.permission !== 'authenticated') {
    const grants = auth.actor.grants;
    const allowed = access.target === 'reach' ? hasAnywhere(grants, access.permission) : authorize(grants, access.permission, { kind: 'tenant' });
    if (!allowed) throw forbidden();
  }
  return spec.receive!(request, services);
}

async function checkAccess(ctx: RequestContext, spec: RouteSpec<never, never, never, never>, input: RouteInput<never, never, never>) {
  const access = spec.access;
  if (access.permission === 'authenticated') return;
  const grants = ctx.actor!.grants;
  if (access.target === 'reach') {
    if (!hasAnywhere(grants, access.permission)) throw forbidden();
    return;
  }
  const target = access.target === 'tenant' ? ({ kind: 'tenant' } as const) : await access.target(ctx, input);
  if (!target) throw notFound();
  if (authorize(grants, access.permission, target)) return;
  // An incident the caller may not even read is, for them, not there: a 403 would confirm it exists.
  if (target.kind === 'incident' && !authorize(grants, 'incident.read', target)) throw notFound();
  throw forbidden();
}

function send(reply: FastifyReply, status: number, result: unknown) {
  reply.code(status);
  if (result instanceof FileDownload) {
    const asciiName = result.filename.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '');
    // No download is ever rendered, sniffed or cached: exports and incident attachments alike.
    return reply
      .header('content-type', result.contentType)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "sandbox; default-src 'none'")
      .header('cache-control', 'private, no-store')
      .header('content-disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(result.filename)}`)
      .send(result.body);
  }
  if (status === 204) return reply.send();
  return result;
}

/** Refuses any /api/v1 route that did not come through the registry (and so has no permission). */
export function refuseUnregisteredApiRoutes(app: FastifyInstance): void {
  app.addHook('onRoute', (options) => {
    const registered = (options.config as Record<string, unknown> | undefined)?.[routeMarker];
    if (options.url.startsWith('/api/v1') && !registered) {
      throw new Error(`Route ${String(options.method)} ${options.url} bypasses the route registry`);
    }
  });
}

