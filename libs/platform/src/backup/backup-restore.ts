import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { PassThrough, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EnvelopeCipher } from '../crypto/envelope-cipher.js';
import { FORMAT_LINE, manifestName, quoteIdent, TableDigest, type BackupManifest } from './backup-format.js';
import type { BackupStorage } from './backup-storage.js';

export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreError';
  }
}

export async function readManifest(storage: BackupStorage, file: string): Promise<BackupManifest> {
  try {
    return JSON.parse((await storage.get(manifestName(file))).toString('utf8')) as BackupManifest;
  } catch {
    throw new RestoreError(`no readable manifest next to the backup (${manifestName(file)} in ${storage.location})`);
  }
}

async function openBackup(storage: BackupStorage, file: string) {
  try {
    return await storage.read(file);
  } catch {
    throw new RestoreError(`the backup ${file} is not readable in ${storage.location}`);
  }
}

/** The file is the one the manifest beside it describes (size and sha256), before anything is decrypted. */
export async function verifyFile(storage: BackupStorage, file: string, manifest: BackupManifest): Promise<void> {
  const hash = createHash('sha256');
  await pipeline(await openBackup(storage, file), async function* (source) {
    for await (const chunk of source) hash.update(chunk as Buffer);
  });
  if (hash.digest('hex') !== manifest.sha256) throw new RestoreError('the backup file does not match its manifest (sha256): it is damaged or not the file the manifest describes');
}

/**
 * Authenticates the whole file (the GCM tag comes last) before any of it is used: decrypting is
 * cheap next to loading, and a changed byte is then refused for what it is.
 */
export async function verifyEncryption(cipher: EnvelopeCipher, storage: BackupStorage, file: string): Promise<void> {
  await pipeline(await openBackup(storage, file), cipher.decryptStream(), new Writable({ write: (_chunk, _encoding, done) => done() }));
}

/**
 * Loads a backup into a database whose schema is at the backup's version: refuses a target that
 * holds data unless `force` (then replaces it), streams file → decrypt (GCM) → gunzip → `COPY FROM
 * STDIN` per table inside ONE transaction, checks each table's row count and checksum against the
 * manifest, resets sequences, and commits only if the whole file authenticated and matched.
 */
export async function loadBackup(
  cipher: EnvelopeCipher,
  storage: BackupStorage,
  file: string,
  manifest: BackupManifest,
  targetUrl: string,
  options: { force: boolean; progress: (line: string) => void },
): Promise<void> {
  const client = new pg.Client({ connectionString: targetUrl });
  await client.connect();
  try {
    const names = manifest.tables.map((t) => t.name);
    for (const name of names) {
      const { rows } = await client.query(`select exists (select 1 from ${quoteIdent(name)}) as filled`);
      if (rows[0].filled && !options.force) throw new RestoreError(`the target database is not empty (${name} has rows): restore into an empty database, or pass --force to replace its data`);
    }
    await client.query('begin');
    if (options.force) await client.query(`truncate ${names.map(quoteIdent).join(', ')} restart identity cascade`);

    // The pipeline carries an error of any stage (a failed GCM tag comes last, at the end of the file) here.
    const plain = new PassThrough();
    const lines = createInterface({ input: plain, crlfDelay: Infinity });
    let streamError: Error | undefined;
    pipeline(await openBackup(storage, file), cipher.decryptStream(), createGunzip(), plain).catch((error: Error) => {
      streamError = error;
      lines.close();
    });
    let current: { name: string; copy: NodeJS.WritableStream & { end: () => void }; digest: TableDigest; done: Promise<unknown> } | undefined;
    const seen = new Set<string>();
    let first = true;
    for await (const line of lines) {
      if (first) {
        if (`${line}\n` !== FORMAT_LINE) throw new RestoreError('not a PTC backup (unknown format line)');
        first = false;
        continue;
      }
      if (!current) {
        if (!line.startsWith('TABLE ')) throw new RestoreError('the backup is malformed (table header expected)');
        const { name, columns } = JSON.parse(line.slice(6)) as { name: string; columns: string[] };
        const expected = manifest.tables.find((t) => t.name === name);
        if (!expected || expected.columns.join() !== columns.join()) throw new RestoreError(`the backup's table ${name} is not in its manifest as written`);
        const copy = client.query(copyFrom(`COPY ${quoteIdent(name)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN`));
        current = { name, copy, digest: new TableDigest(), done: once(copy, 'finish') };
        continue;
      }
      if (line === '\\.') {
        current.copy.end();
        await current.done;
        const expected = manifest.tables.find((t) => t.name === current!.name)!;
        const got = { rows: current.digest.rows, sha256: current.digest.digest() };
        if (got.rows !== expected.rows || got.sha256 !== expected.sha256) throw new RestoreError(`table ${current.name} does not match the manifest (${got.rows} rows read, ${expected.rows} expected)`);
        options.progress(`restored ${current.name}: ${got.rows} rows`);
        seen.add(current.name);
        current = undefined;
        continue;
      }
      const row = Buffer.from(`${line}\n`, 'utf8');
      current.digest.add(row);
      if (!current.copy.write(row)) await once(current.copy, 'drain');
    }
    if (streamError) throw streamError;
    const missing = names.filter((n) => !seen.has(n));
    if (current || missing.length) throw new RestoreError(`the backup ends early (missing: ${[current?.name, ...missing].filter(Boolean).join(', ')})`);

    // Serial columns continue after the restored ids.
    const serials = await client.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns where table_schema = 'public' and column_default like 'nextval(%'`,
    );
    for (const { table_name, column_name } of serials.rows) {
      if (!names.includes(table_name)) continue;
      await client.query(
        `select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${quoteIdent(column_name)}) from ${quoteIdent(table_name)}), 1), (select count(*) > 0 from ${quoteIdent(table_name)}))`,
        [table_name, column_name],
      );
    }
    await client.query('commit');
    // Statistics for the data now there: without them the application's connections plan (and
    // cache the plans of) their prepared statements for empty tables, sequential scans that stay
    // until autovacuum's next analyze.
    await client.query(`analyze ${names.map(quoteIdent).join(', ')}`);
    options.progress('statistics gathered');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
