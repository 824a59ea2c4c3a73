import { createHash } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { EnvelopeCipher } from '../crypto/envelope-cipher.js';
import { OutboxService } from '../outbox/outbox.service.js';
import type { BackupStorage } from './backup-storage.js';
import { backupStorageFor } from './configured-storage.js';

/** Ids and dates only: enough to erase again, nothing that identifies a person by itself. */
export type ErasureJournalEntry =
  | { kind: 'erasure'; at: string; schoolId: string; personKind: 'contact' | 'teacher' | 'student'; personId: string; erasedBy: string; requestId: string | null }
  | { kind: 'school-purge'; at: string; schoolId: string; reason: string; dueOn: string };

const JOURNAL_TOPIC = 'erasure-journal';
const JOURNAL_DIR = 'journal';

/** `journal/<instant>-<digest>.entry`: listed in time order, and the same entry written twice lands on one name. */
export function journalEntryName(entry: ErasureJournalEntry): string {
  const instant = new Date(entry.at).toISOString().replace(/[-:]/g, '');
  const digest = createHash('sha256').update(JSON.stringify(entry)).digest('hex').slice(0, 16);
  return `${JOURNAL_DIR}/${instant}-${digest}.entry`;
}

/** The instant a journal entry's name starts with, so a restore reads only entries after its backup. */
export function journalEntryInstant(name: string): Date | undefined {
  const match = /^journal\/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})\.(\d{3})Z-/.exec(name);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, ms] = match;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
}

/**
 * Every erasure and school purge, also written beside the backups (encrypted, one object per
 * entry), so a restore after a disaster can erase again whoever was erased after its backup
 * without the database the backup replaces. Written by the outbox: recorded in the erasure's own
 * transaction, and retried until the storage takes it.
 */
@Injectable()
export class ErasureJournal implements OnModuleInit {
  readonly storage: BackupStorage;

  constructor(
    private readonly outbox: OutboxService,
    private readonly cipher: EnvelopeCipher,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.storage = backupStorageFor(config);
  }

  onModuleInit(): void {
    // Not the school's: an erasure or purge of the school never deletes the note that it happened.
    this.outbox.registerHandler(JOURNAL_TOPIC, (payload) => this.write(payload as ErasureJournalEntry), { neverGiveUp: true });
  }

  /** In the caller's transaction: the entry is written to storage after it commits. */
  record(entry: ErasureJournalEntry): void {
    this.outbox.enqueue(JOURNAL_TOPIC, entry, null);
  }

  private async write(entry: ErasureJournalEntry): Promise<void> {
    await this.storage.put(journalEntryName(entry), this.cipher.encrypt(Buffer.from(JSON.stringify(entry))));
  }

  /** The entries at or after `since`, oldest first (decrypted; a damaged entry is an error, not skipped). */
  async entriesSince(since: Date): Promise<ErasureJournalEntry[]> {
    const names = (await this.storage.list(JOURNAL_DIR)).filter((name) => (journalEntryInstant(name)?.getTime() ?? -Infinity) >= since.getTime());
    const entries: ErasureJournalEntry[] = [];
    for (const name of names) entries.push(JSON.parse(this.cipher.decrypt(await this.storage.get(name)).toString('utf8')) as ErasureJournalEntry);
    return entries.sort((a, b) => a.at.localeCompare(b.at));
  }

  /** Entries older than every backup still kept are of no use to a restore. */
  async pruneBefore(cutoff: Date): Promise<number> {
    const old = (await this.storage.list(JOURNAL_DIR)).filter((name) => (journalEntryInstant(name)?.getTime() ?? Infinity) < cutoff.getTime());
    for (const name of old) await this.storage.delete(name);
    return old.length;
  }
}
