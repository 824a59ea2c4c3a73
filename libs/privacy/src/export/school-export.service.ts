import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { strToU8, zipSync } from 'fflate';
import { API_PREFIX, Clock, columnsOf, Conflict, csvDocument, EnvelopeCipher, Gone, inSchoolScope, NotFound, OutboxService, type PageQuery, type Principal, RequestContext } from '@ptc/platform';
import { ProcessingRecordsService } from '../records/processing-records.service.js';
import { SchoolExport } from './school-export.entity.js';
import { SchoolExportQueries } from './school-export.queries.js';

export const SCHOOL_EXPORT_TOPIC = 'privacy.school-export';
/** How long a finished export can be downloaded before it is deleted. */
export const SCHOOL_EXPORT_HOURS = 24;

/**
 * A school's portability export: every personal-data table of the school as CSV and JSON in one
 * zip. Built in the background by whichever instance's outbox worker takes the message (so a
 * restart does not lose it), stored AES-256-GCM encrypted in the database, downloadable by the
 * school's admins for 24 hours, then deleted. Credentials (password and token hashes) are left out.
 */
@Injectable()
export class SchoolExportService implements OnModuleInit {
  private readonly logger = new Logger(SchoolExportService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly queries: SchoolExportQueries,
    private readonly outbox: OutboxService,
    private readonly records: ProcessingRecordsService,
    private readonly cipher: EnvelopeCipher,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.outbox.registerHandler(SCHOOL_EXPORT_TOPIC, (payload) => this.build(String(payload.exportId), String(payload.schoolId)), { lane: 'heavy' });
  }

  async request(principal: Principal) {
    const schoolId = RequestContext.schoolId()!;
    return this.em.transactional(async (em) => {
      await this.queries.waitForOtherRequests();
      if (await em.count(SchoolExport, { status: { $in: ['queued', 'running'] } })) throw Conflict('PRIVACY.EXPORT_RUNNING', 'An export of this school is already being prepared');
      const entry = em.create(SchoolExport, { schoolId, requestedBy: principal.userId, requestedAt: this.clock.now() });
      em.persist(entry);
      this.outbox.enqueue(SCHOOL_EXPORT_TOPIC, { exportId: entry.id, schoolId }, schoolId);
      await em.flush();
      return this.view(entry);
    });
  }

  async list(page: PageQuery) {
    const [exports, total] = await this.em.findAndCount(SchoolExport, {}, { orderBy: { requestedAt: 'desc', id: 'asc' }, limit: page.limit, offset: page.offset });
    return { items: exports.map((e) => this.view(e)), total };
  }

  async get(id: string) {
    return this.view(await this.load(id));
  }

  /** The decrypted zip, while the export is ready and not expired. */
  async download(id: string): Promise<Buffer> {
    const entry = await this.load(id);
    if (entry.status !== 'ready' || !entry.expiresAt || entry.expiresAt <= this.clock.now()) {
      throw Gone('PRIVACY.EXPORT_NOT_AVAILABLE', `The export is ${entry.status === 'ready' ? 'expired' : entry.status}`);
    }
    const { content } = await this.em.findOneOrFail(SchoolExport, { id }, { fields: ['content'] });
    return this.cipher.decrypt(content!);
  }

  private async build(exportId: string, schoolId: string): Promise<void> {
    await inSchoolScope(this.em, schoolId, async () => {
      const em = this.em.fork();
      const entry = await em.findOne(SchoolExport, { id: exportId });
      if (!entry || entry.status === 'ready') return; // a redelivered message after success
      entry.status = 'running';
      entry.progress = 0;
      await em.flush();
      try {
        // The personal-data tables, and the school's own tables they refer to (evenings, sessions, licence), so the export reads on its own.
        const tables = [...this.records.schoolPersonalDataTables().filter((t) => t.table !== 'school_export'), ...this.records.schoolTablesWithoutPersonalData()];
        const files: Record<string, Uint8Array> = {};
        for (const [index, { table, schoolColumn, exportColumns }] of tables.entries()) {
          const rows = await this.queries.tableRows(table, schoolColumn, exportColumns);
          files[`${table}.csv`] = strToU8(csvDocument(columnsOf<Record<string, unknown>>(exportColumns), rows));
          files[`${table}.json`] = strToU8(JSON.stringify(rows, null, 1));
          // Progress is its own statement, so an admin polling sees it move.
          await this.queries.setProgress(exportId, Math.floor(((index + 1) * 100) / (tables.length + 1)));
        }
        files['README.txt'] = strToU8(
          `Export of the school's personal data in PTC, made ${this.clock.now().toISOString()}.\nOne CSV (UTF-8 with BOM) and one JSON file per table; password and invitation token hashes are left out.\nThe meaning, purpose and retention of every column: GET /operator/processing-records (ask PTC) or the per-person export's metadata.\n`,
        );
        const sealed = this.cipher.encrypt(zipSync(files, { level: 6 }));
        const readyAt = this.clock.now();
        await this.queries.markReady(exportId, sealed, readyAt, new Date(readyAt.getTime() + SCHOOL_EXPORT_HOURS * 3_600_000));
      } catch (error) {
        this.logger.error(`school export ${exportId} failed: ${(error as Error).message}`);
        await this.queries.markFailed(exportId, (error as Error).message.slice(0, 500));
      }
    });
  }

  /** Deletes the contents of exports past their 24 hours (hourly job). */
  async expire(): Promise<number> {
    return this.queries.expireReadyBefore(this.clock.now());
  }

  private async load(id: string): Promise<SchoolExport> {
    const entry = await this.em.findOne(SchoolExport, { id });
    if (!entry) throw NotFound('PRIVACY.EXPORT_NOT_FOUND', 'No such export');
    return entry;
  }

  private view(e: SchoolExport) {
    return {
      id: e.id,
      status: e.status,
      progress: e.progress,
      requestedAt: e.requestedAt.toISOString(),
      readyAt: e.readyAt?.toISOString() ?? null,
      expiresAt: e.expiresAt?.toISOString() ?? null,
      bytes: e.bytes,
      downloadUrl: e.status === 'ready' ? `${API_PREFIX}/admin/privacy/school-exports/${e.id}/download` : null,
    };
  }
}
