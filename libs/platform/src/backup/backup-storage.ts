import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/**
 * Where backups, their manifests and the erasure journal live: a directory, or a bucket of an
 * S3-compatible object storage. Names may contain `/` (the journal's entries are under `journal/`).
 */
export interface BackupStorage {
  /** For people: the directory, or s3://bucket/prefix. */
  readonly location: string;
  /** A stream to write a new object; it becomes visible under `name` only once `commit` is called. */
  create(name: string): Promise<{ stream: Writable; commit: () => Promise<void>; abort: () => Promise<void> }>;
  read(name: string): Promise<Readable>;
  /** A small object whole (a manifest, a journal entry). */
  get(name: string): Promise<Buffer>;
  put(name: string, body: string | Buffer): Promise<void>;
  /** Names directly in the storage's root (or under `prefix/` when given, with the prefix), sorted. */
  list(prefix?: string): Promise<string[]>;
  /** Deleting what is already gone is not an error (another instance may have pruned it). */
  delete(name: string): Promise<void>;
}

export class StorageObjectMissing extends Error {
  constructor(readonly objectName: string) {
    super(`${objectName} is not in the backup storage`);
    this.name = 'StorageObjectMissing';
  }
}

export class DirectoryBackupStorage implements BackupStorage {
  constructor(private readonly dir: string) {}

  get location(): string {
    return this.dir;
  }

  async create(name: string) {
    const path = join(this.dir, name);
    await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
    // Written under a temporary name and renamed: a crash never leaves a half file that looks complete.
    const partial = join(path, '..', `.${name.split('/').pop()}.partial`);
    const stream = createWriteStream(partial, { mode: 0o600 });
    return {
      stream,
      commit: () => rename(partial, path),
      abort: () => rm(partial, { force: true }),
    };
  }

  async read(name: string): Promise<Readable> {
    const stream = createReadStream(join(this.dir, name));
    // Opened before it is handed over, so a missing file is refused here rather than mid-pipeline.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new StorageObjectMissing(name) : error));
    });
    return stream;
  }

  async get(name: string): Promise<Buffer> {
    try {
      return await readFile(join(this.dir, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StorageObjectMissing(name);
      throw error;
    }
  }

  async put(name: string, body: string | Buffer): Promise<void> {
    const { stream, commit } = await this.create(name);
    await new Promise<void>((resolve, reject) => stream.once('error', reject).end(body, () => resolve()));
    await commit();
  }

  async list(prefix?: string): Promise<string[]> {
    try {
      const names = (await readdir(prefix ? join(this.dir, prefix) : this.dir, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
        .map((entry) => (prefix ? `${prefix}/${entry.name}` : entry.name));
      return names.sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  delete(name: string): Promise<void> {
    return rm(join(this.dir, name), { force: true });
  }
}
