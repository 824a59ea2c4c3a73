import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '@ptc/platform';

/**
 * The whole-school export's statements, in the current school. Progress and outcome are written
 * each on their own (not in a transaction), so an admin polling sees them as they happen.
 */
@Injectable()
export class SchoolExportQueries {
  constructor(private readonly em: EntityManager) {}

  private get schoolId(): string {
    return RequestContext.schoolId()!;
  }

  /** One export of a school at a time: a second request waits here (in its transaction), then sees the first. */
  async waitForOtherRequests(): Promise<void> {
    await this.em.execute(`select pg_advisory_xact_lock(hashtextextended('school-export:' || ?, 0))`, [this.schoolId]);
  }

  /** Every row of the school in one table, with the columns the classification lets out. */
  tableRows(table: string, schoolColumn: string, columns: string[]): Promise<Record<string, unknown>[]> {
    const list = columns.map((c) => `"${c}"`).join(', ');
    return this.em.getConnection().execute<Record<string, unknown>[]>(`select ${list} from "${table}" where "${schoolColumn}" = ? order by 1`, [this.schoolId]);
  }

  async setProgress(exportId: string, progress: number): Promise<void> {
    await this.em.getConnection().execute('update school_export set progress = ? where school_id = ? and id = ?', [progress, this.schoolId, exportId]);
  }

  async markReady(exportId: string, sealed: Buffer, readyAt: Date, expiresAt: Date): Promise<void> {
    await this.em.getConnection().execute(
      `update school_export set status = 'ready', progress = 100, content = ?, bytes = ?, ready_at = ?, expires_at = ?, error = null where school_id = ? and id = ?`,
      [sealed, sealed.length, readyAt, expiresAt, this.schoolId, exportId],
    );
  }

  async markFailed(exportId: string, error: string): Promise<void> {
    await this.em.getConnection().execute(`update school_export set status = 'failed', error = ? where school_id = ? and id = ?`, [error, this.schoolId, exportId]);
  }

  /** In every school (the hourly job): ready exports whose time is up lose their contents. */
  async expireReadyBefore(now: Date): Promise<number> {
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `update school_export set status = 'expired', content = null where status = 'ready' and expires_at <= ? returning id`,
      [now],
    );
    return rows.length;
  }
}
