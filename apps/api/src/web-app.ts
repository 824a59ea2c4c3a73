import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from '@nestjs/common';
import { registerLinkPages } from './link-pages.js';

/** Paths that belong to the API and its peers, or to the build's files: never answered with the web app's page. */
const NOT_THE_APP = ['/api/', '/health/', '/calendar/', '/assets/'];

/**
 * Serves the built web app at `/`: hashed assets cached for a year, index.html never cached, and
 * index.html for every other GET outside the API (the app's own routes, the emailed links). An
 * unknown API path still gets the API's 404 error body. Without a build (tests of the API alone),
 * the emailed links answer the short pages of link-pages.ts instead.
 */
export async function serveWebApp(app: NestFastifyApplication, distDir: string): Promise<boolean> {
  const root = resolve(distDir);
  const indexFile = join(root, 'index.html');
  const fastify = app.getHttpAdapter().getInstance();
  if (!existsSync(indexFile)) {
    new Logger('Web').warn(`no web app build in ${root}: serving the emailed links' short pages only (npm start builds it)`);
    registerLinkPages(fastify);
    return false;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    // Only the files there at start, each as its own route; the app's routes fall through to index.html below.
    wildcard: false,
    index: false,
    setHeaders: (res, path) => void res.header('cache-control', path.startsWith(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  const page = readFileSync(indexFile);
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    if (NOT_THE_APP.some((prefix) => path.startsWith(prefix)) || path === '/health') return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page);
  });
  return true;
}
