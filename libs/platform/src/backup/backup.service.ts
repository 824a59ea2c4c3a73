import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Inject, Injectable, Logger } from '@nestjs/common';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { Clock } from '../clock/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { EnvelopeCipher } from '../crypto/envelope-cipher.js';
import { parentsFirst } from '../database/table-order.js';
import { END_OF_TABLE, FORMAT_LINE, manifestName, quoteIdent, TableDigest, type BackupManifest, type TableManifest } from './backup-format.js';
import { StorageObjectMissing, type BackupStorage } from './backup-storage.js';
import { backupStorageFor } from './configured-storage.js';
import { ErasureJournal } from './erasure-journal.js';

/** Journal entries this much older than the oldest backup kept stay with it: an erasure begun before a snapshot may commit after it began. */
const JOURNAL_OVERLAP_MS = 24 * 3_600_000;

/** The application's tables (everything in `public` but the migration bookkeeping) and their columns, parents first. */
export async function applicationTables(client: pg.ClientBase): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `select c.table_name, c.column_name from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.table_name <> 'mikro_orm_migrations' and c.is_generated = 'NEVER'
      order by c.table_name, c.ordinal_position`,
  );
  const columns = new Map<string, string[]>();
  for (const r of rows) columns.set(r.table_name, [...(columns.get(r.table_name) ?? []), r.column_name]);
  const order = await parentsFirst(async <T>(sql: string) => (await client.query(sql)).rows as T[], [...columns.keys()]);
  return order.map((name) => ({ name, columns: columns.get(name)! }));
}

/** sha256 and row count of one table's COPY text, as a backup or a restore sees it. */
export async function tableDigest(client: pg.ClientBase, table: string, columns: string[]): Promise<{ rows: number; sha256: string }> {
  const digest = new TableDigest();
  const stream = client.query(copyTo(`COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) TO STDOUT`));
  for await (const chunk of stream) digest.add(chunk as Buffer);
  return { rows: digest.rows, sha256: digest.digest() };
}

/**
 * Writes one consistent snapshot of every application table (a REPEATABLE READ, read-only
 * transaction; `COPY ... TO STDOUT` per table, parents first) through the given stages (gzip, then
 * encryption, for a backup) into `sink`. Returns what the manifest records.
 */
export async function writeSnapshot(
  databaseUrl: string,
  sink: Writable,
  stages: Transform[],
  progress: (line: string) => void = () => {},
): Promise<Pick<BackupManifest, 'schemaVersion' | 'sha256' | 'bytes' | 'tables'>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const fileHash = createHash('sha256');
  let bytes = 0;
  const tables: TableManifest[] = [];
  try {
    await client.query('begin isolation level repeatable read read only');
    const schemaVersion = (await client.query<{ name: string }>('select name from mikro_orm_migrations order by id desc limit 1')).rows[0]?.name ?? 'none';
    const plain = new PassThrough();
    const hashed = new Transform({
      transform(chunk: Buffer, _e, done) {
        fileHash.update(chunk);
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    const written = pipeline([plain, ...stages, hashed, sink] as unknown as NodeJS.ReadWriteStream[]);
    const write = async (chunk: Buffer | string) => {
      if (!plain.write(chunk)) await once(plain, 'drain');
    };
    await write(FORMAT_LINE);
    for (const { name, columns } of await applicationTables(client)) {
      await write(`TABLE ${JSON.stringify({ name, columns })}\n`);
      const digest = new TableDigest();
      const rows = client.query(copyTo(`COPY ${quoteIdent(name)} (${columns.map(quoteIdent).join(', ')}) TO STDOUT`));
      for await (const chunk of rows) {
        digest.add(chunk as Buffer);
        await write(chunk as Buffer);
      }
      await write(END_OF_TABLE);
      tables.push({ name, columns, rows: digest.rows, sha256: digest.digest() });
      progress(`backed up ${name}: ${digest.rows} rows`);
    }
    plain.end();
    await written;
    await client.query('commit');
    return { schemaVersion, sha256: fileHash.digest('hex'), bytes, tables };
  } finally {
    await client.end();
  }
}

/** The manifests in a storage, oldest first: every backup there that was completed. */
export async function listManifests(storage: BackupStorage): Promise<BackupManifest[]> {
  const names = (await storage.list()).filter((n) => n.endsWith('.manifest.json'));
  const read = await Promise.all(
    names.map(async (n) => {
      try {
        return JSON.parse((await storage.get(n)).toString('utf8')) as BackupManifest;
      } catch (error) {
        // Pruned by another instance between the listing and the read.
        if (error instanceof StorageObjectMissing) return undefined;
        throw error;
      }
    }),
  );
  return read.filter((m): m is BackupManifest => m !== undefined).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Daily backups: one consistent snapshot of every application table (a REPEATABLE READ, read-only
 * transaction and `COPY ... TO STDOUT`, so no pg_dump binary is needed), gzip-compressed, then
 * AES-256-GCM encrypted with a fresh data key per backup (see EnvelopeCipher), written with a
 * manifest of per-table row counts and checksums and the file's sha256. Backups older than
 * BACKUP_RETENTION_DAYS are deleted after each successful one.
 */
@Injectable()
export class BackupService {
  private readonly logger = new Logger('Backup');
  readonly storage: BackupStorage;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: EnvelopeCipher,
    private readonly journal: ErasureJournal,
    private readonly clock: Clock,
  ) {
    this.storage = backupStorageFor(config);
  }

  async backup(progress: (line: string) => void = () => {}): Promise<BackupManifest> {
    const createdAt = this.clock.now();
    // A random tail: two instances (or an operator's `cli backup`) writing in the same second to one bucket never overwrite each other.
    const file = `ptc-${createdAt.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}.backup`;
    const target = await this.storage.create(file);
    try {
      const snapshot = await writeSnapshot(this.config.databaseUrl!, target.stream, [createGzip({ level: 6 }), this.cipher.encryptStream()], progress);
      const manifest: BackupManifest = { format: 'ptc-backup/1', file, createdAt: createdAt.toISOString(), keyId: this.cipher.currentKeyId, ...snapshot };
      await target.commit();
      await this.storage.put(manifestName(file), `${JSON.stringify(manifest, null, 2)}\n`);
      return manifest;
    } catch (error) {
      await target.abort();
      throw error;
    }
  }

  /** Manifests of the backups present, oldest first. */
  manifests(): Promise<BackupManifest[]> {
    return listManifests(this.storage);
  }

  /**
   * Deletes backups older than the retention period; the newest one always stays. Every instance
   * writing to the same storage sees the same manifests, so whichever prunes keeps the newest of
   * all of them; deleting what another instance deleted first is not an error. The manifest goes
   * first: a backup without one is never offered for a restore. Erasure journal entries older than
   * every backup kept go too: no restore needs them any more.
   */
  async prune(): Promise<number> {
    const cutoff = this.clock.now().getTime() - this.config.backup.retentionDays * 86_400_000;
    const all = await this.manifests();
    let deleted = 0;
    for (const manifest of all.slice(0, -1)) {
      if (new Date(manifest.createdAt).getTime() >= cutoff) continue;
      await this.storage.delete(manifestName(manifest.file));
      await this.storage.delete(manifest.file);
      deleted += 1;
    }
    const [oldest] = await this.manifests();
    const journalEntries = oldest ? await this.journal.pruneBefore(new Date(new Date(oldest.createdAt).getTime() - JOURNAL_OVERLAP_MS)) : 0;
    if (deleted) this.logger.log(`deleted ${deleted} backup(s) older than ${this.config.backup.retentionDays} days and ${journalEntries} erasure journal entries older than them`);
    return deleted;
  }
}
