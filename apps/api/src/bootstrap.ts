import { readFileSync } from 'node:fs';
import { ValidationPipe, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import helmet from 'helmet';
import {
  Clock,
  DomainError,
  migrateUnderLock,
  PlatformErrorCodes,
  requestContextMiddleware,
  SystemClock,
  UsageRecorder,
  type AppConfig,
} from '@ptc/platform';
import { AppModule } from './app.module.js';

export interface CreateAppOptions {
  clock?: Clock;
  logger?: LogLevel[] | false;
  /** Apply pending migrations under the advisory lock before serving (npm start does; tests use a migrated template). */
  migrate?: boolean;
}

/** Builds the configured HTTP application; `main.ts` and the end-to-end tests share it. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const httpsOptions = config.tls
    ? { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) }
    : undefined;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options.clock ?? new SystemClock()), {
    httpsOptions,
    bodyParser: false,
    // Keeps a reference to the parsed bytes (no copy): signed webhooks verify exactly what was sent.
    rawBody: true,
    logger: options.logger ?? ['log', 'warn', 'error'],
  });
  if (options.migrate) await migrateUnderLock(app.get(MikroORM), (line) => console.log(`[migrate] ${line}`));
  configureApp(app, config);
  return app;
}

function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // Answers are per user and change with every booking; no client revalidates them, so hashing
  // every response body for an ETag is work for nothing.
  app.set('etag', false);
  // HSTS only where the browser reached us over TLS: directly, or through a trusted TLS proxy.
  const hsts = config.tls || config.trustProxy ? { maxAge: 31_536_000, includeSubDomains: true } : false;
  app.use(
    helmet({
      hsts,
      // Swagger UI needs its inline bootstrap script; everything else keeps the strict default.
      contentSecurityPolicy: { directives: { 'script-src': ["'self'", "'unsafe-inline'"] } },
    }),
  );
  app.use(requestContextMiddleware);
  // Registered first: the general parser below skips a body that is already parsed.
  app.use('/admin/sync', express.json({ limit: config.importBodyLimit }));
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.useBodyParser('urlencoded', { limit: config.bodyLimit, extended: false });
  app.use(app.get(UsageRecorder).middleware());
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
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('PTC API')
      .setDescription("Parents' evening bookings for schools. Errors: { statusCode, code, message, details?, requestId }.")
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}
