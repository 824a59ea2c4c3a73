import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { basename, isAbsolute, join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { RequestContext as OrmRequestContext } from '@mikro-orm/core';
import {
  BackupService,
  ConfigError,
  DecryptionError,
  EnvelopeCipher,
  loadBackup,
  loadConfig,
  migrateUnderLock,
  readManifest,
  RestoreError,
  useEmbeddedDatabaseIfUnset,
  verifyEncryption,
  verifyFile,
  type AppConfig,
} from '@ptc/platform';
import { LedgerReplayService } from '@ptc/privacy';
import { generatePassword, UsersService } from '@ptc/tenancy';
import { AppModule } from '../../api/src/app.module.js';
import { renewDemoPassword, seedDemoIfEmpty } from '../../api/src/demo-seed.js';

const USAGE = `PTC operator commands: npm run cli -- <command> [options]

  migrate                        apply pending migrations (under an advisory lock)
  migration:create [--initial]   write a migration for entity changes into migrations/
  create-operator --screen-name NAME
                                 create a platform operator; the password comes from
                                 PTC_OPERATOR_PASSWORD or is generated and printed once
  seed-demo                      seed the demo school into an empty development database
  demo-password                  development only: give the demo logins a new password and print it
  backup                         write an encrypted backup and its manifest into BACKUP_DIR now
  backups list                   the backups in BACKUP_DIR with their date, size, key and schema
  backup verify <file>           check a backup without restoring: sha256 against its manifest,
                                 then every AES-256-GCM tag with the configured keys
  restore <file> --database-url URL [--force] [--ledger-from URL]
                                 restore a backup into the database at URL (empty, unless
                                 --force replaces its data), check it against the manifest,
                                 bring the schema up to date, then erase again whoever the
                                 ledger of --ledger-from (default: DATABASE_URL) says was
                                 erased or purged after the backup was taken

The database is DATABASE_URL, or the embedded development database when that is unset.`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'screen-name': { type: 'string' },
        initial: { type: 'boolean' },
        help: { type: 'boolean' },
        'database-url': { type: 'string' },
        'ledger-from': { type: 'string' },
        force: { type: 'boolean' },
      },
    });
  } catch (error) {
    // An unknown or malformed option: say which, and how to ask for the usage.
    console.error(`${(error as Error).message.split('\n')[0]}\nRun with --help for the commands and their options.`);
    return 64;
  }
  const { positionals, values } = parsed;
  const command = positionals[0];
  if (!command || values.help) {
    console.log(USAGE);
    return command ? 0 : 64;
  }

  const config = loadConfig();
  config.outbox.workerEnabled = false;
  config.jobs.schedulerEnabled = false;
  if (command === 'restore') return restore(config, positionals[1], values);
  if (command === 'backup' && positionals[1] === 'verify') return verifyBackup(config, positionals[2]);
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
      case 'demo-password': {
        if (config.nodeEnv === 'production') {
          console.error('demo-password is for development databases only; refusing in production');
          return 78;
        }
        const demo = await renewDemoPassword(app);
        if (!demo) {
          console.error('there is no demo school in this database (npm start seeds one into an empty database)');
          return 65;
        }
        console.log(`school "${demo.school}": ${demo.screenNames.join(', ')}; password ${demo.password}`);
        return 0;
      }
      case 'backups': {
        if (positionals[1] !== 'list') {
          console.error(`backups takes one subcommand: list\n\n${USAGE}`);
          return 64;
        }
        const manifests = (await app.get(BackupService).manifests()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
        if (manifests.length === 0) console.log(`no backups in ${config.backup.dir}`);
        for (const m of manifests) console.log(`${m.file}  ${m.createdAt}  ${m.bytes} bytes  key ${m.keyId}  schema ${m.schemaVersion}  ${m.tables.length} tables`);
        return 0;
      }
      case 'backup': {
        const manifest = await app.get(BackupService).backup((line) => console.log(line));
        console.log(`wrote ${manifest.file} (${manifest.bytes} bytes, key ${manifest.keyId}, schema ${manifest.schemaVersion}) and its manifest into ${config.backup.dir}`);
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

/** Checks a backup without restoring it: its bytes against the manifest's sha256, then every GCM tag with the configured keys. */
async function verifyBackup(config: AppConfig, name: string | undefined): Promise<number> {
  if (!name) {
    console.error('backup verify needs the backup file name (see `backups list`)');
    return 64;
  }
  const file = isAbsolute(name) ? name : join(config.backup.dir, basename(name));
  const manifest = await readManifest(file);
  console.log(`checking ${manifest.file} (${manifest.bytes} bytes) against the sha256 of its manifest…`);
  await verifyFile(file, manifest);
  console.log(`checking every AES-256-GCM tag with key "${manifest.keyId}"…`);
  await verifyEncryption(new EnvelopeCipher(config), file);
  console.log(`backup ${manifest.file} of ${manifest.createdAt} is whole and authentic (${manifest.tables.length} tables, schema ${manifest.schemaVersion})`);
  return 0;
}

/**
 * Restores into the database named on the command line (never the configured one by accident);
 * the configured DATABASE_URL, if any, is where the erasure ledger is read from.
 */
async function restore(config: AppConfig, file: string | undefined, values: { 'database-url'?: string; 'ledger-from'?: string; force?: boolean }): Promise<number> {
  const target = values['database-url'];
  if (!file || !target) {
    console.error('restore needs a backup file and --database-url URL');
    return 64;
  }
  const ledgerFrom = values['ledger-from'] ?? (config.databaseUrl && config.databaseUrl !== target ? config.databaseUrl : undefined);
  const manifest = await readManifest(file);
  console.log(`checking ${manifest.file} (${manifest.bytes} bytes) against the sha256 of its manifest…`);
  await verifyFile(file, manifest);
  console.log(`backup ${manifest.file} of ${manifest.createdAt}: file matches its manifest (${manifest.tables.length} tables)`);
  const cipher = new EnvelopeCipher(config);
  console.log(`checking every AES-256-GCM tag with key "${manifest.keyId}"…`);
  await verifyEncryption(cipher, file);
  console.log(`the file authenticates with key "${manifest.keyId}" (AES-256-GCM)`);

  config.databaseUrl = target;
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const orm = app.get(MikroORM);
    const applied = (await orm.migrator.getExecuted()).map((m) => m.name);
    if (applied.length && !applied.includes(manifest.schemaVersion)) {
      throw new RestoreError(`the target's schema (${applied.at(-1)}) is not on the backup's path (${manifest.schemaVersion}): restore into an empty database`);
    }
    if (!applied.includes(manifest.schemaVersion)) await orm.migrator.up({ to: manifest.schemaVersion });
    await loadBackup(cipher, file, manifest, target, { force: Boolean(values.force), progress: (line) => console.log(line) });
    const later = await migrateUnderLock(orm, (line) => console.log(line));
    console.log(`data restored and checked against the manifest${later.length ? `; schema brought up to date (${later.length} migration(s))` : ''}`);

    if (!ledgerFrom) {
      console.log('no ledger source (DATABASE_URL or --ledger-from): erasures made after the backup were NOT re-applied');
      return 0;
    }
    const replayed = await app.get(LedgerReplayService).replayFrom(ledgerFrom, new Date(manifest.createdAt));
    console.log(`ledger re-applied: ${replayed.erased} of ${replayed.erasures} erasure(s) made after the backup, ${replayed.purges} school purge(s)`);
    return 0;
  } finally {
    await app.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exitCode = 78;
  } else if (error instanceof RestoreError || error instanceof DecryptionError) {
    console.error(`${process.argv.includes('verify') ? 'verify failed' : 'restore refused'}: ${error.message}`);
    process.exitCode = 65;
  } else {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 1;
  }
}
