import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import ormConfig from '../../mikro-orm.config.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ROOT = resolve(import.meta.dirname, '../..');
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

it('mikro-orm.config.ts finds exactly the entities the application registers', async () => {
  const tooling = await MikroORM.init({ ...ormConfig, clientUrl: t.config.databaseUrl, preferTs: true, baseDir: ROOT });
  try {
    const names = (orm: MikroORM) => [...orm.getMetadata().getAll().values()].filter((m) => !m.embeddable && !m.abstract).map((m) => m.className).sort();
    const registered = names(t.app.get(MikroORM));
    expect(registered.length).toBeGreaterThan(20);
    expect(names(tooling)).toEqual(registered);
  } finally {
    await tooling.close();
  }
});

it('nest-cli.json lists every app and lib of the monorepo', () => {
  const projects = JSON.parse(readFileSync(resolve(ROOT, 'nest-cli.json'), 'utf8')).projects as Record<string, { root: string }>;
  const tsconfig = JSON.parse(readFileSync(resolve(ROOT, 'tsconfig.json'), 'utf8'));
  const libs = Object.keys(tsconfig.compilerOptions.paths).map((alias: string) => alias.replace('@ptc/', ''));
  expect(Object.keys(projects).sort()).toEqual(['api', 'cli', ...libs].sort());
});
