import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig, Clock, ErasureJournal, EventBus, MailService, type Page, type PageQuery } from '@ptc/platform';
import { SchoolDeletionDue } from '@ptc/licensing';
import { SchoolsService } from '@ptc/tenancy';
import { ProcessingRecordsService } from '../records/processing-records.service.js';
import { SchoolPurge } from './school-purge.entity.js';
import { RetentionPurgeQueries } from './retention-purge.queries.js';

export interface DeletionCertificate {
  schoolId: string;
  school: string;
  reason: string;
  dueOn: string;
  startedAt: string | null;
  finishedAt: string | null;
  tables: Record<string, number>;
  totalRows: number;
}

/**
 * Deletes a school's personal data when its retention ends: every table whose owning module
 * declared it `purgedWithSchool` (see the classification in @ptc/platform), children before
 * parents, in batches. Idempotent and resumable: a purge that stopped half-way continues from
 * what is left; the school's customer record, licence and the anonymous statistics remain.
 */
@Injectable()
export class RetentionPurgeService implements OnModuleInit {
  private readonly logger = new Logger(RetentionPurgeService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly queries: RetentionPurgeQueries,
    private readonly events: EventBus,
    private readonly records: ProcessingRecordsService,
    private readonly schools: SchoolsService,
    private readonly mail: MailService,
    private readonly journal: ErasureJournal,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // Claimed in the licensing job's transaction: the announcement and the claim stand or fall together.
    this.events.subscribe(SchoolDeletionDue, async (event) => {
      const requestedAt = await this.claim(event.schoolId, event.reason, event.dueOn);
      if (requestedAt) this.journal.record({ kind: 'school-purge', at: requestedAt.toISOString(), schoolId: event.schoolId, reason: event.reason, dueOn: event.dueOn });
    });
  }

  /** After a restore from a backup older than a purge: the school's data goes again. */
  async replay(schoolId: string, reason: string, dueOn: string): Promise<number> {
    await this.claim(schoolId, reason, dueOn);
    return this.purge(schoolId, false); // the certificate went out when the purge first ran
  }

  /** The purge's request time when this call asked for it, undefined when it was asked for already. */
  private async claim(schoolId: string, reason: string, dueOn: string): Promise<Date | undefined> {
    const requestedAt = this.clock.now();
    return (await this.queries.claim(schoolId, reason, dueOn, requestedAt)) ? requestedAt : undefined;
  }

  /** Carries every unfinished purge to its end. Returns the number of rows deleted by this call. */
  async runPending(): Promise<{ schools: number; rows: number }> {
    const pending = await this.em.fork().find(SchoolPurge, { finishedAt: null }, { orderBy: { requestedAt: 'asc' } });
    let rows = 0;
    for (const purge of pending) rows += await this.purge(purge.schoolId);
    return { schools: pending.length, rows };
  }

  private async purge(schoolId: string, certify = true): Promise<number> {
    await this.queries.markStarted(schoolId, this.clock.now());
    let deleted = 0;
    for (const { table, schoolColumn } of await this.deletionOrder()) {
      for (;;) {
        const n = await this.queries.deleteBatch(schoolId, table, schoolColumn, this.config.privacy.purgeBatchSize);
        deleted += n;
        if (n < this.config.privacy.purgeBatchSize) break;
      }
    }
    await this.finish(schoolId, certify);
    this.logger.log(`retention purge of school ${schoolId} finished: ${deleted} rows in this run`);
    return deleted;
  }

  /** Finishing and the certificate email are one transaction: the certificate goes out once. */
  private async finish(schoolId: string, certify: boolean): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const purge = await em.findOneOrFail(SchoolPurge, { schoolId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (purge.finishedAt) return;
      purge.finishedAt = this.clock.now();
      await em.flush();
      if (!certify) return;
      const certificate = await this.certificate(purge);
      for (const contact of await this.schools.customerContacts(schoolId)) {
        // Platform mail (no school id): the school's own rows are gone, this message must not be one of them.
        this.mail.queue({
          to: contact.email,
          subject: `Deletion certificate: ${certificate.school}'s personal data in PTC`,
          text: certificateText(contact.name, certificate),
          attachments: [{ filename: 'deletion-certificate.json', contentType: 'application/json', content: JSON.stringify(certificate, null, 2) }],
        });
      }
    });
  }

  async certificate(purge: SchoolPurge): Promise<DeletionCertificate> {
    const school = await this.schools.describe(purge.schoolId);
    return {
      schoolId: purge.schoolId,
      school: school?.name ?? purge.schoolId,
      reason: purge.reason,
      dueOn: purge.dueOn,
      startedAt: purge.startedAt?.toISOString() ?? null,
      finishedAt: purge.finishedAt?.toISOString() ?? null,
      tables: Object.fromEntries(Object.entries(purge.counts).sort(([a], [b]) => a.localeCompare(b))),
      totalRows: Object.values(purge.counts).reduce((sum, n) => sum + n, 0),
    };
  }

  async certificates(page: PageQuery): Promise<Page<DeletionCertificate>> {
    const [purges, total] = await this.em.fork().findAndCount(SchoolPurge, {}, { orderBy: { requestedAt: 'desc', schoolId: 'asc' }, limit: page.limit, offset: page.offset });
    return { items: await Promise.all(purges.map((p) => this.certificate(p))), total };
  }

  /** The purged tables, children before parents, so cascades never hide rows from the counts. */
  private async deletionOrder(): Promise<{ table: string; schoolColumn: string }[]> {
    const tables = this.records.schoolPersonalDataTables();
    const order = (await this.queries.parentsFirst(tables.map((t) => t.table))).reverse();
    return order.map((name) => tables.find((t) => t.table === name)!);
  }
}

function certificateText(name: string, c: DeletionCertificate): string {
  const lines = Object.entries(c.tables).map(([table, n]) => `  ${table}: ${n}`);
  return [
    `Dear ${name},`,
    '',
    `As our terms promise, the personal data PTC held for ${c.school} has been deleted (${c.reason === 'terminated' ? '1 year after the licence ended' : 'after 1 year without activity on a trial'}; due ${c.dueOn}).`,
    `Deletion completed at ${c.finishedAt}. Rows deleted per table:`,
    ...lines,
    `Total: ${c.totalRows}`,
    '',
    'What remains: your school\'s customer record (name, technical and finance contacts), its licence and payment history, and anonymous statistics that cannot identify anyone.',
    'Backups containing the deleted data expire under the backup retention period.',
    '',
    'PTC',
  ].join('\n');
}
