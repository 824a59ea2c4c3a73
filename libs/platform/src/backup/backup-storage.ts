import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** Where backups live. A directory today; a bucket would implement the same five calls. */
export interface BackupStorage {
  /** A stream to write a new object; it becomes visible under `name` only once `commit` is called. */
  create(name: string): Promise<{ stream: Writable; commit: () => Promise<void>; abort: () => Promise<void> }>;
  read(name: string): Readable;
  readText(name: string): Promise<string>;
  writeText(name: string, text: string): Promise<void>;
  list(): Promise<string[]>;
  delete(name: string): Promise<void>;
}

export class DirectoryBackupStorage implements BackupStorage {
  constructor(private readonly dir: string) {}

  async create(name: string) {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    // Written under a temporary name and renamed: a crash never leaves a half file that looks complete.
    const partial = join(this.dir, `.${name}.partial`);
    const stream = createWriteStream(partial, { mode: 0o600 });
    return {
      stream,
      commit: () => rename(partial, join(this.dir, name)),
      abort: () => rm(partial, { force: true }),
    };
  }

  read(name: string): Readable {
    return createReadStream(join(this.dir, name));
  }

  readText(name: string): Promise<string> {
    return readFile(join(this.dir, name), 'utf8');
  }

  async writeText(name: string, text: string): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await writeFile(join(this.dir, name), text, { mode: 0o600 });
  }

  async list(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((f) => !f.startsWith('.')).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  delete(name: string): Promise<void> {
    return rm(join(this.dir, name), { force: true });
  }
}
