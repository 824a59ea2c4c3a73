import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { Logger, ValidationPipe, type INestApplication, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { MikroORM } from '@mikro-orm/postgresql';
import type { DestinationStream } from 'pino';
import { RequestContext as OrmRequestContext } from '@mikro-orm/core';
import {
  API_DOCS_PATH,
  API_DOCUMENT_PATH,
  API_PREFIX,
  Clock,
  completeDocument,
  createAppLogger,
  requestLogLine,
  guardInput,
  DomainError,
  enterRequestContext,
  migrateUnderLock,
  PlatformErrorCodes,
  SystemClock,
  UsageRecorder,
  type AppConfig,
} from '@ptc/platform';
import { AppModule } from './app.module.js';
import { securityHeaders } from './security-headers.js';
import { serveWebApp } from './web-app.js';

export interface CreateAppOptions {
  clock?: Clock;
  /** Levels instead of LOG_LEVEL's (tests), or false for no logs at all. */
  logger?: LogLevel[] | false;
  /** The process's logger when it already made one (main.ts logs before the app exists). */
  appLogger?: LoggerService;
  /** Where the JSON log lines go instead of standard output (tests read them). */
  logTo?: DestinationStream;
  /** Apply pending migrations under the advisory lock before serving (npm start does; tests use a migrated template). */
  migrate?: boolean;
}

/**
 * Builds the configured HTTP application; `main.ts` and the end-to-end tests share it. Nest runs
 * on Fastify: in the booking rush the HTTP layer is most of each request's CPU, and Fastify's
 * costs less than Express's (see the README's benchmarks).
 */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    ...(config.tls ? { https: { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) } } : {}),
    // A hop count trusts that many proxies in front of us, counted from the nearest.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    bodyLimit: config.bodyLimit,
    // Signed links carry their token in the path (appointment links, calendar feeds).
    routerOptions: { maxParamLength: 2048 },
    clientErrorHandler: answerClientError,
  });
  // Information-system imports are whole-school snapshots: the larger limit on those routes only.
  adapter.getInstance().addHook('onRoute', (route) => {
    if (route.url.startsWith(`${API_PREFIX}/admin/sync`)) route.bodyLimit = config.importBodyLimit;
    // An email's attachments travel base64 in the body: up to ten of the largest allowed size.
    if (route.url.startsWith(`${API_PREFIX}/operator/schools`) && route.url.endsWith('/entries')) route.bodyLimit = Math.ceil(config.support.attachmentMaxBytes * 1.4) * 10 + 256 * 1024;
  });
  const logger = options.logger === false ? false : (options.appLogger ?? createAppLogger(config, { levels: options.logger, destination: options.logTo }));
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options.clock ?? new SystemClock()), adapter, {
    // Keeps a reference to the parsed bytes (no copy): signed webhooks verify exactly what was sent.
    rawBody: true,
    logger,
  });
  if (logger) adapter.getInstance().addHook('onResponse', requestLogLine(logger));
  if (options.migrate) {
    const migrations = new Logger('Migrate');
    await migrateUnderLock(app.get(MikroORM), (line) => migrations.log(line));
  }
  if (config.nodeEnv === 'production' && config.databaseRowSecurity && !config.databaseTenantUrl) {
    new Logger('Database').warn('DATABASE_TENANT_URL is not set: schools’ work switches the main login to ptc_tenant with set role; give ptc_tenant a login and set it, so that no statement can leave row-level security');
  }
  // The API under /api/v1; health and calendar feeds keep their own paths, and the rest is the web app's.
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/{*path}', 'calendar/{*path}'] });
  configureApp(app, config);
  await serveWebApp(app, config.webDistDir);
  return app;
}

const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers too large, a broken request
 * line) get the same error body as every other error, echoing nothing of the request.
 */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) return;
  // A request line and headers over Node's limit (a very long address too) are HPE_HEADER_OVERFLOW.
  const [status, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'REQUEST.HEADERS_TOO_LARGE', 'The request headers are too large'] : [400, 'REQUEST.MALFORMED', 'The request could not be read'];
  const body = JSON.stringify({ statusCode: status, code, message, requestId: randomUUID() });
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

function configureApp(app: NestFastifyApplication, config: AppConfig): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', enterRequestContext);
  const orm = app.get(MikroORM);
  fastify.addHook('onRequest', (_request, _reply, done) => OrmRequestContext.create(orm.em, done));
  // HSTS only where the browser reached us over TLS: directly, or through a trusted TLS proxy.
  const hsts = config.tls || config.trustProxy ? { maxAge: 31_536_000, includeSubDomains: true } : false;
  const strict = securityHeaders({ hsts });
  // Swagger UI needs its inline bootstrap script; only its pages get the relaxed policy.
  const forApiDocs = securityHeaders({ hsts, contentSecurityPolicy: { directives: { 'script-src': ["'self'", "'unsafe-inline'"] } } });
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith(API_DOCS_PATH) ? forApiDocs : strict);
    // Answers carry tokens and personal data: no cache keeps them. Calendar apps poll feeds, which
    // a private cache may keep for a few minutes.
    if (request.url.startsWith('/api/v1/')) reply.header('cache-control', 'no-store');
    else if (request.url.startsWith('/calendar/')) reply.header('cache-control', 'private, max-age=300');
    done();
  });
  fastify.addHook('onResponse', app.get(UsageRecorder).onResponse);
  fastify.addHook('preValidation', guardInput);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) =>
        new DomainError('validation', PlatformErrorCodes.validationFailed, 'The request is not valid', flattenValidationErrors(errors)),
    }),
  );
  setUpOpenApi(app);
}

interface ValidationProblem {
  field: string;
  problems: string[];
}

function flattenValidationErrors(
  errors: { property: string; constraints?: Record<string, string>; children?: unknown[] }[],
  prefix = '',
): ValidationProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    const nested = flattenValidationErrors((error.children ?? []) as Parameters<typeof flattenValidationErrors>[0], field);
    return [...own, ...nested];
  });
}

function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup(API_DOCS_PATH.slice(1), app, buildApiDocument(app), { jsonDocumentUrl: API_DOCUMENT_PATH.slice(1), useGlobalPrefix: false });
}

/** The OpenAPI document of the configured application: what /api/docs serves and the typed client is generated from. */
export function buildApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('PTC API')
      .setDescription("Parents' evening bookings for schools. Errors: { statusCode, code, message, details?, requestId }.")
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  return completeDocument(document);
}
