import { createHash } from 'node:crypto';

/**
 * The plaintext inside a backup (before gzip and encryption): a first line naming the format, then
 * per table a `TABLE {json}` line, the table's rows in PostgreSQL COPY text format (one row per
 * line; COPY escapes newlines inside values), and a `\.` line, as pg_dump does.
 */
export const FORMAT_LINE = 'PTC-BACKUP 1\n';
export const END_OF_TABLE = '\\.\n';

export interface TableManifest {
  name: string;
  columns: string[];
  rows: number;
  /** sha256 of the table's COPY text: the same after a restore, or the restore is refused. */
  sha256: string;
}

export interface BackupManifest {
  format: 'ptc-backup/1';
  file: string;
  createdAt: string;
  /** The last migration applied when the snapshot was taken. */
  schemaVersion: string;
  keyId: string;
  /** sha256 and size of the encrypted file. */
  sha256: string;
  bytes: number;
  tables: TableManifest[];
}

/** A PostgreSQL identifier, quoted. */
export const quoteIdent = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

export const manifestName = (file: string) => `${file}.manifest.json`;

/** Counts rows and hashes a table's COPY text as it streams past. */
export class TableDigest {
  private readonly hash = createHash('sha256');
  rows = 0;

  add(chunk: Buffer): void {
    this.hash.update(chunk);
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.rows += 1;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}
