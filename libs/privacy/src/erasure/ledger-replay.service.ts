import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext as OrmRequestContext } from '@mikro-orm/core';
import pg from 'pg';
import { ErasureJournal } from '@ptc/platform';
import type { PersonKind } from '@ptc/directory';
import { RetentionPurgeService } from '../purge/retention-purge.service.js';
import { ErasureService } from './erasure.service.js';

interface ErasureToReplay {
  schoolId: string;
  personKind: PersonKind;
  personId: string;
  erasedBy: string;
  requestId: string | null;
  erasedAt: Date;
}
interface PurgeToReplay {
  schoolId: string;
  reason: string;
  dueOn: string;
}
export interface ReplayResult {
  erasures: number;
  erased: number;
  purges: number;
}

/**
 * An erasure may have begun before a backup's snapshot and committed after it: entries from a
 * little before the backup are applied too (erasing again what is already gone changes nothing).
 */
const SNAPSHOT_OVERLAP_MS = 60 * 60_000;

/**
 * After a restore from a backup: everything the privacy module erased after the backup was taken
 * (erasures and school purges) is done again in the restored database, so nobody comes back. The
 * record of it is the erasure journal beside the backups (enough on its own after a disaster), or
 * the ledgers of the database the backup replaces, when that still exists.
 */
@Injectable()
export class LedgerReplayService {
  constructor(
    private readonly em: EntityManager,
    private readonly erasures: ErasureService,
    private readonly purges: RetentionPurgeService,
    private readonly journal: ErasureJournal,
  ) {}

  async replayJournal(backupTakenAt: Date): Promise<ReplayResult> {
    const entries = await this.journal.entriesSince(new Date(backupTakenAt.getTime() - SNAPSHOT_OVERLAP_MS));
    const erasures: ErasureToReplay[] = [];
    const purges: PurgeToReplay[] = [];
    for (const entry of entries) {
      if (entry.kind === 'erasure') erasures.push({ ...entry, erasedAt: new Date(entry.at) });
      else purges.push(entry);
    }
    return this.apply(erasures, purges);
  }

  async replayFrom(sourceUrl: string, backupTakenAt: Date): Promise<ReplayResult> {
    const since = new Date(backupTakenAt.getTime() - SNAPSHOT_OVERLAP_MS);
    const source = new pg.Client({ connectionString: sourceUrl });
    await source.connect();
    try {
      const erasures = (
        await source.query('select school_id, person_kind, person_id, erased_by, request_id, erased_at from erasure_ledger where erased_at >= $1 order by id', [since])
      ).rows.map((e) => ({ schoolId: e.school_id, personKind: e.person_kind, personId: e.person_id, erasedBy: e.erased_by, requestId: e.request_id, erasedAt: e.erased_at }));
      const purges = (await source.query('select school_id, reason, due_on::text as due_on from school_purge where requested_at >= $1 order by requested_at', [since])).rows.map(
        (p) => ({ schoolId: p.school_id, reason: p.reason, dueOn: p.due_on }),
      );
      return this.apply(erasures, purges);
    } finally {
      await source.end();
    }
  }

  private async apply(erasures: ErasureToReplay[], purges: PurgeToReplay[]): Promise<ReplayResult> {
    let erased = 0;
    for (const e of erasures) {
      if (await OrmRequestContext.create(this.em, () => this.erasures.replay(e))) erased += 1;
    }
    for (const p of purges) await OrmRequestContext.create(this.em, () => this.purges.replay(p.schoolId, p.reason, p.dueOn));
    return { erasures: erasures.length, erased, purges: purges.length };
  }
}
