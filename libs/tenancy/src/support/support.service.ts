import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, Clock, EnvelopeCipher, Invalid, NotFound, runForSchool, type AppConfig, type Principal } from '@ptc/platform';
import { School } from '../school.entity.js';
import { TenancyErrors } from '../tenancy.errors.js';
import { attachmentProblem } from './attachment-rules.js';
import type { LogSupportEntryDto } from './support.dto.js';
import { SupportAttachment, SupportCase, SupportEntry } from './support.entities.js';
import { SupportQueries } from './support.queries.js';

const caseNotFound = () => NotFound('SUPPORT.CASE_NOT_FOUND', 'No such support case');
const attachmentNotFound = () => NotFound('SUPPORT.ATTACHMENT_NOT_FOUND', 'No such attachment');

/**
 * The vendor's support cases with a school: calls and emails logged by the operator, an email's
 * attachments stored encrypted (the envelope cipher), read by the operator and by the school's own
 * admins. Everything is the school's (school_id): it goes with the school's purge, appears in its
 * export and records of processing; closed cases are deleted after SUPPORT_CASE_RETENTION_DAYS.
 */
@Injectable()
export class SupportService {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: SupportQueries,
    private readonly cipher: EnvelopeCipher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The operator's work on a school happens in that school's scope. */
  private inSchool<T>(schoolId: string, work: () => Promise<T>): Promise<T> {
    return runForSchool(schoolId, async () => {
      if (!(await this.em.count(School, { id: schoolId }))) throw TenancyErrors.schoolNotFound();
      return work();
    });
  }

  open(principal: Principal, schoolId: string, subject: string) {
    return this.inSchool(schoolId, async () => {
      const opened = this.em.create(SupportCase, { schoolId, subject: subject.trim(), openedAt: this.clock.now(), openedBy: principal.userId });
      await this.em.flush();
      return this.view(opened);
    });
  }

  /** A school's cases, newest first, each with its entries. */
  list(schoolId: string) {
    return this.inSchool(schoolId, async () => {
      const cases = await this.em.find(SupportCase, {}, { orderBy: { openedAt: 'desc', id: 'asc' } });
      return Promise.all(cases.map((c) => this.view(c)));
    });
  }

  one(schoolId: string, caseId: string) {
    return this.inSchool(schoolId, async () => this.view(await this.caseOf(caseId)));
  }

  /** Logs a call or an email with its attachments, checked and encrypted, in one transaction. */
  log(principal: Principal, schoolId: string, caseId: string, dto: LogSupportEntryDto) {
    const files = (dto.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64') }));
    const problems = files.flatMap((file, i) => {
      const problem = attachmentProblem(file, this.config.support.attachmentMaxBytes);
      return problem ? [{ field: `attachments.${i}`, problems: [problem] }] : [];
    });
    if (problems.length) throw Invalid('VALIDATION.FAILED', 'The request is not valid', problems);
    if (files.length && dto.channel !== 'email') throw Invalid('VALIDATION.FAILED', 'The request is not valid', [{ field: 'attachments', problems: ['only an email carries attachments'] }]);
    return this.inSchool(schoolId, () =>
      this.em.transactional(async (em) => {
        const supportCase = await this.caseOf(caseId, em);
        const entry = em.create(SupportEntry, {
          schoolId,
          caseId,
          at: new Date(dto.at),
          direction: dto.direction,
          channel: dto.channel,
          counterpart: dto.counterpart.trim(),
          summary: dto.summary.trim(),
          message: dto.message ?? null,
          loggedBy: principal.userId,
        });
        for (const file of files) {
          em.create(SupportAttachment, {
            schoolId,
            entryId: entry.id,
            filename: file.filename,
            contentType: file.contentType,
            size: file.content.length,
            sha256: createHash('sha256').update(file.content).digest('hex'),
            content: this.cipher.encrypt(file.content),
          });
        }
        await em.flush();
        return this.view(supportCase, em);
      }),
    );
  }

  setStatus(schoolId: string, caseId: string, status: 'open' | 'closed') {
    return this.inSchool(schoolId, async () => {
      const supportCase = await this.caseOf(caseId);
      supportCase.status = status;
      supportCase.closedAt = status === 'closed' ? this.clock.now() : null;
      await this.em.flush();
      return this.view(supportCase);
    });
  }

  /** An attachment as it was received, decrypted. */
  attachment(schoolId: string, attachmentId: string) {
    return this.inSchool(schoolId, async () => {
      const found = await this.em.findOne(SupportAttachment, { id: attachmentId }, { populate: ['content'] });
      if (!found) throw attachmentNotFound();
      return { filename: found.filename, contentType: found.contentType, content: this.cipher.decrypt(found.content) };
    });
  }

  /** The schools whose closed cases are past their retention (the job's own question, across schools). */
  async deleteExpiredClosedCases(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.config.support.closedCaseRetentionDays * 86_400_000);
    return this.em.transactional(() => this.queries.deleteClosedCasesBefore(before));
  }

  private async caseOf(caseId: string, em: EntityManager = this.em): Promise<SupportCase> {
    const found = await em.findOne(SupportCase, { id: caseId });
    if (!found) throw caseNotFound();
    return found;
  }

  private async view(c: SupportCase, em: EntityManager = this.em) {
    const entries = await em.find(SupportEntry, { caseId: c.id }, { orderBy: { at: 'asc', id: 'asc' } });
    const attachments = entries.length ? await em.find(SupportAttachment, { entryId: { $in: entries.map((e) => e.id) } }, { orderBy: { filename: 'asc' } }) : [];
    return {
      id: c.id,
      schoolId: c.schoolId,
      subject: c.subject,
      status: c.status,
      openedAt: c.openedAt.toISOString(),
      closedAt: c.closedAt?.toISOString() ?? null,
      entries: entries.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        direction: e.direction,
        channel: e.channel,
        counterpart: e.counterpart,
        summary: e.summary,
        message: e.message,
        attachments: attachments.filter((a) => a.entryId === e.id).map((a) => ({ id: a.id, filename: a.filename, contentType: a.contentType, size: a.size })),
      })),
    };
  }
}
