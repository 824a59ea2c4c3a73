import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext as OrmRequestContext } from '@mikro-orm/core';
import pg from 'pg';
import { RetentionPurgeService } from '../purge/retention-purge.service.js';
import { ErasureService } from './erasure.service.js';

/**
 * After a restore from a backup: everything the privacy module erased after the backup was taken,
 * as the ledgers of the database the backup replaces record it (erasures and school purges), is
 * done again in the restored database, so nobody comes back.
 */
@Injectable()
export class LedgerReplayService {
  constructor(
    private readonly em: EntityManager,
    private readonly erasures: ErasureService,
    private readonly purges: RetentionPurgeService,
  ) {}

  async replayFrom(sourceUrl: string, since: Date): Promise<{ erasures: number; erased: number; purges: number }> {
    const source = new pg.Client({ connectionString: sourceUrl });
    await source.connect();
    try {
      const erasures = (await source.query('select school_id, person_kind, person_id, erased_by, request_id, erased_at from erasure_ledger where erased_at >= $1 order by id', [since])).rows;
      const purges = (await source.query('select school_id, reason, due_on::text as due_on from school_purge where requested_at >= $1 order by requested_at', [since])).rows;
      let erased = 0;
      for (const e of erasures) {
        const done = await OrmRequestContext.create(this.em, () =>
          this.erasures.replay({ schoolId: e.school_id, personKind: e.person_kind, personId: e.person_id, erasedBy: e.erased_by, requestId: e.request_id, erasedAt: e.erased_at }),
        );
        if (done) erased += 1;
      }
      for (const p of purges) await OrmRequestContext.create(this.em, () => this.purges.replay(p.school_id, p.reason, p.due_on));
      return { erasures: erasures.length, erased, purges: purges.length };
    } finally {
      await source.end();
    }
  }
}
