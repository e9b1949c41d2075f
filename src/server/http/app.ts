import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { isUiRoute } from '../../shared/uiRoutes.js';
import { isMigrated } from '../db/database.js';
import { allRoutes } from './allRoutes.js';
import { serializeErrorWithoutParameters } from './errorLogging.js';
import { serializeRequestWithoutSecrets } from './requestLogging.js';
import { acceptFileUploads } from './fileUploads.js';
import { acceptMultipartUploads } from './multipartUploads.js';
import { limitPublicReports } from '../modules/publicReports/rateLimit.js';
import { mapError, problemOf } from './problemMapping.js';
import type { AppServices } from './route.js';
import { refuseUnregisteredApiRoutes, registerRoutes } from './routeRegistry.js';

export interface AppOptions {
  services: AppServices;
  webDir: string;
  logLevel: string;
  /** Number of proxy hops to trust for the client address; never `true`, which would trust a forged X-Forwarded-For. */
  trustProxy: number;
  /** Where JSON log lines go (stdout by default); tests read them to prove nothing secret is logged. */
  logStream?: NodeJS.WritableStream;
}

const oneMegabyte = 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: oneMegabyte,
    trustProxy: (_address: string, hop: number) => hop < options.trustProxy,
    logger: {
      level: options.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      serializers: { err: serializeErrorWithoutParameters, req: serializeRequestWithoutSecrets },
      // Belt and braces: the default serializers log no headers or bodies at all.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  refuseUnregisteredApiRoutes(app);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: options.services.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Värn API', version: '1', description: 'Information-security management for Swedish municipalities' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'varn_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  app.setErrorHandler((error, request, reply) => {
    const mapped = mapError(error);
    if (!mapped) {
      request.log.error({ err: error }, 'unhandled error');
      return reply.code(500).type('application/problem+json').send(problemOf(500, 'internal_error', 'Something went wrong on our side'));
    }
    for (const [name, value] of Object.entries(mapped.headers ?? {})) reply.header(name, value);
    return reply.code(mapped.problem.status).type('application/problem+json').send(mapped.problem);
  });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'up' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const ready = await isMigrated(options.services.database).catch(() => false);
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready' });
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await limitPublicReports(app);
  acceptFileUploads(app);
  await acceptMultipartUploads(app);
  registerRoutes(app, options.services, allRoutes);
  await registerWeb(app, options.webDir);
  return app;
}

/** Serves the built web app; index.html only for the app's own routes. */
async function registerWeb(app: FastifyInstance, webDir: string) {
  const indexPath = path.join(webDir, 'index.html');
  if (fs.existsSync(webDir)) {
    await app.register(fastifyStatic, { root: webDir, index: false, wildcard: true, maxAge: '1h' });
  }
  const sendIndex = (reply: FastifyReply) => {
    if (!fs.existsSync(indexPath)) {
      return reply.code(503).type('text/plain').send('The web app is not built yet: run `npm run build:web`.');
    }
    return reply.header('cache-control', 'no-cache').type('text/html').send(fs.createReadStream(indexPath));
  };
  // The static plugin answers the root directory itself with 403 (index: false), so the home page has its own route.
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0];
    if ((request.method === 'GET' || request.method === 'HEAD') && !pathname.startsWith('/api/') && isUiRoute(pathname)) {
      return sendIndex(reply);
    }
    return reply
      .code(404)
      .type('application/problem+json')
      .send(problemOf(404, pathname.startsWith('/api/') ? 'unknown_route' : 'not_found', `No route for ${request.method} ${pathname}`));
  });
}
