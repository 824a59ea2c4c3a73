import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { RequestContext as OrmRequestContext } from '@mikro-orm/core';
import { ConfigError, loadConfig, migrateUnderLock, useEmbeddedDatabaseIfUnset } from '@ptc/platform';
import { generatePassword, UsersService } from '@ptc/tenancy';
import { AppModule } from '../../api/src/app.module.js';
import { seedDemoIfEmpty } from '../../api/src/demo-seed.js';

const USAGE = `PTC operator commands: npm run cli -- <command> [options]

  migrate                        apply pending migrations (under an advisory lock)
  migration:create [--initial]   write a migration for entity changes into migrations/
  create-operator --screen-name NAME
                                 create a platform operator; the password comes from
                                 PTC_OPERATOR_PASSWORD or is generated and printed once
  seed-demo                      seed the demo school into an empty development database

The database is DATABASE_URL, or the embedded development database when that is unset.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'screen-name': { type: 'string' }, initial: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  const command = positionals[0];
  if (!command || values.help) {
    console.log(USAGE);
    return command ? 0 : 64;
  }

  const config = loadConfig();
  config.outbox.workerEnabled = false;
  const embedded = await useEmbeddedDatabaseIfUnset(config, (line) => console.error(line));
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  const orm = app.get(MikroORM);
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrateUnderLock(orm, (line) => console.log(line));
        console.log(applied.length ? `applied ${applied.length} migration(s)` : 'no pending migrations');
        return 0;
      }
      case 'migration:create': {
        const result = values.initial ? await orm.migrator.createInitial() : await orm.migrator.create();
        console.log(result.fileName ? `wrote migrations/${result.fileName}` : 'no changes: the schema matches the entities');
        return 0;
      }
      case 'create-operator': {
        const screenName = values['screen-name'];
        if (!screenName) {
          console.error('create-operator needs --screen-name NAME');
          return 64;
        }
        const fromEnv = process.env.PTC_OPERATOR_PASSWORD;
        const password = fromEnv || generatePassword();
        const user = await OrmRequestContext.create(orm.em, () => app.get(UsersService).createInSchool(null, 'operator', screenName, password));
        console.log(`operator "${user.screenName}" created (id ${user.id})`);
        if (!fromEnv) console.log(`password (shown once): ${password}`);
        return 0;
      }
      case 'seed-demo': {
        if (config.nodeEnv === 'production') {
          console.error('seed-demo is for development databases only; refusing in production');
          return 78;
        }
        const seeded = await seedDemoIfEmpty(app);
        console.log(seeded ? `seeded school "${seeded.school}": ${seeded.screenNames.join(', ')}; password ${seeded.password}` : 'not empty: nothing seeded');
        return 0;
      }
      default:
        console.error(`unknown command "${command}"\n\n${USAGE}`);
        return 64;
    }
  } finally {
    await app.close();
    await embedded?.stop();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exitCode = 78;
  } else {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 1;
  }
}
