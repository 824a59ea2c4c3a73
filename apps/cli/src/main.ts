import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { RequestContext as OrmRequestContext } from '@mikro-orm/core';
import {
  BackupService,
  asDatabaseOwner,
  backupStorageFor,
  runAcrossSchools,
  ConfigError,
  DirectoryBackupStorage,
  DecryptionError,
  EnvelopeCipher,
  ErasureJournal,
  listManifests,
  loadBackup,
  loadConfig,
  migrateUnderLock,
  readManifest,
  RestoreError,
  useEmbeddedDatabaseIfUnset,
  verifyEncryption,
  verifyFile,
  type AppConfig,
  type BackupStorage,
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
  backup                         write an encrypted backup and its manifest into the backup
                                 storage now
  backups list                   the backups in the storage with their date, size, key and schema
  backup verify <backup>         check a backup without restoring: sha256 against its manifest,
                                 then every AES-256-GCM tag with the configured keys
  restore <backup> --database-url URL [--force] [--ledger-from URL]
                                 restore a backup into the database at URL (empty, unless
                                 --force replaces its data), check it against the manifest,
                                 bring the schema up to date, then erase again whoever the
                                 erasure journal in the storage says was erased or purged
                                 after the backup was taken (and, when --ledger-from or a
                                 DATABASE_URL other than URL is given, whoever that database's
                                 ledger says)

The database is DATABASE_URL, or the embedded development database when that is unset. The
backup storage is the bucket BACKUP_S3_BUCKET when set, else the directory BACKUP_DIR; <backup>
is a name from \`backups list\`, or the path of a backup file copied elsewhere.`;

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
  // Needs no database: in a disaster the operator lists the backups before there is one to restore into.
  if (command === 'backups') return listBackups(config, positionals[1]);
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
        const result = await asDatabaseOwner(() => (values.initial ? orm.migrator.createInitial() : orm.migrator.create()));
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
      case 'backup': {
        const manifest = await app.get(BackupService).backup((line) => console.log(line));
        console.log(`wrote ${manifest.file} (${manifest.bytes} bytes, key ${manifest.keyId}, schema ${manifest.schemaVersion}) and its manifest into ${app.get(BackupService).storage.location}`);
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

/** A backup named as `backups list` names it (in the configured storage), or the path of a copied file (in its directory). */
function locateBackup(config: AppConfig, backup: string): { storage: BackupStorage; name: string } {
  if (backup.includes('/') && existsSync(backup)) return { storage: new DirectoryBackupStorage(dirname(resolve(backup))), name: basename(backup) };
  return { storage: backupStorageFor(config), name: backup };
}

/** The file against its manifest's sha256, then every GCM tag: both before anything is decrypted for use. */
async function checkBackup(config: AppConfig, backup: string) {
  const { storage, name } = locateBackup(config, backup);
  const manifest = await readManifest(storage, name);
  console.log(`checking ${name} (${manifest.bytes} bytes, ${storage.location}) against the sha256 of its manifest…`);
  await verifyFile(storage, name, manifest);
  console.log(`checking every AES-256-GCM tag with key "${manifest.keyId}"…`);
  const cipher = new EnvelopeCipher(config);
  await verifyEncryption(cipher, storage, name);
  return { storage, name, manifest, cipher };
}

async function listBackups(config: AppConfig, subcommand: string | undefined): Promise<number> {
  if (subcommand !== 'list') {
    console.error(`backups takes one subcommand: list\n\n${USAGE}`);
    return 64;
  }
  const storage = backupStorageFor(config);
  const manifests = await listManifests(storage);
  if (manifests.length === 0) console.log(`no backups in ${storage.location}`);
  for (const m of manifests) console.log(`${m.file}  ${m.createdAt}  ${m.bytes} bytes  key ${m.keyId}  schema ${m.schemaVersion}  ${m.tables.length} tables`);
  return 0;
}

/** Checks a backup without restoring it. */
async function verifyBackup(config: AppConfig, backup: string | undefined): Promise<number> {
  if (!backup) {
    console.error('backup verify needs the backup\'s name (see `backups list`)');
    return 64;
  }
  const { manifest } = await checkBackup(config, backup);
  console.log(`backup ${manifest.file} of ${manifest.createdAt} is whole and authentic (${manifest.tables.length} tables, schema ${manifest.schemaVersion})`);
  return 0;
}

/**
 * Restores into the database named on the command line (never the configured one by accident);
 * the erasure journal in the backup storage, and the ledger of the configured DATABASE_URL (or
 * --ledger-from) when there is one, say whom to erase again.
 */
async function restore(config: AppConfig, backup: string | undefined, values: { 'database-url'?: string; 'ledger-from'?: string; force?: boolean }): Promise<number> {
  const target = values['database-url'];
  if (!backup || !target) {
    console.error('restore needs a backup and --database-url URL');
    return 64;
  }
  const ledgerFrom = values['ledger-from'] ?? (config.databaseUrl && config.databaseUrl !== target ? config.databaseUrl : undefined);
  const { storage, name, manifest, cipher } = await checkBackup(config, backup);
  console.log(`backup ${manifest.file} of ${manifest.createdAt}: whole and authentic with key "${manifest.keyId}" (${manifest.tables.length} tables)`);

  config.databaseUrl = target;
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const orm = app.get(MikroORM);
    // The schema is built as the database's own login (tables, roles, policies).
    const applied = (await asDatabaseOwner(() => orm.migrator.getExecuted())).map((m) => m.name);
    if (applied.length && !applied.includes(manifest.schemaVersion)) {
      throw new RestoreError(`the target's schema (${applied.at(-1)}) is not on the backup's path (${manifest.schemaVersion}): restore into an empty database`);
    }
    if (!applied.includes(manifest.schemaVersion)) await asDatabaseOwner(() => orm.migrator.up({ to: manifest.schemaVersion }));
    await loadBackup(cipher, storage, name, manifest, target, { force: Boolean(values.force), progress: (line) => console.log(line) });
    const later = await migrateUnderLock(orm, (line) => console.log(line));
    console.log(`data restored and checked against the manifest${later.length ? `; schema brought up to date (${later.length} migration(s))` : ''}`);

    const replay = app.get(LedgerReplayService);
    const takenAt = new Date(manifest.createdAt);
    const fromJournal = await replay.replayJournal(takenAt);
    console.log(`erasure journal (${app.get(ErasureJournal).storage.location}) re-applied: ${fromJournal.erased} of ${fromJournal.erasures} erasure(s) recorded since the backup, ${fromJournal.purges} school purge(s)`);
    if (ledgerFrom) {
      const fromLedger = await replay.replayFrom(ledgerFrom, takenAt);
      console.log(`ledger re-applied: ${fromLedger.erased} of ${fromLedger.erasures} erasure(s) made after the backup, ${fromLedger.purges} school purge(s)`);
    }
    return 0;
  } finally {
    await app.close();
  }
}

try {
  process.exitCode = await runAcrossSchools('an operator’s command on the server', () => main(process.argv.slice(2)));
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
