import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { acrossSchools, Clock, inSchoolScope, RequestContext, type PageQuery, type Principal } from '@ptc/platform';
import { SchoolsService } from '@ptc/tenancy';
import { SchoolAdminMail } from '../mail/school-admin-mail.service.js';
import { PrivacyErrors } from '../privacy.errors.js';
import type { ExtendRequestDto, FileRequestDto, FulfilRequestDto, OperatorFileRequestDto } from './subject-request.dto.js';
import { OPEN_STATUSES, SubjectRequest, SubjectRequestStep, type RequestStatus, type SubjectKind } from './subject-request.entities.js';
import { SubjectRequestQueries } from './subject-requests.queries.js';

export const MAX_EXTENSION_MONTHS = 2;
const REMINDER_DAYS = 7;

/** The day a request is due: one calendar month after receipt (UTC), plus extensions; 31 Jan → 28/29 Feb. */
export function dueDate(receivedAt: Date, extendedMonths: number): string {
  return DateTime.fromJSDate(receivedAt, { zone: 'utc' }).startOf('day').plus({ months: 1 + extendedMonths }).toISODate()!;
}

/** What a reminder run owes for one open request on a day: nothing, "due soon" or "overdue". */
export function reminderDue(dueOn: string, today: string): 'due_soon' | 'overdue' | null {
  if (today > dueOn) return 'overdue';
  const soon = DateTime.fromISO(dueOn, { zone: 'utc' }).minus({ days: REMINDER_DAYS }).toISODate()!;
  return today >= soon ? 'due_soon' : null;
}

/** The answer to the person who filed: it names nothing of them or of their data. */
export const PASSED_TO_SCHOOL = {
  status: 'passed_to_school',
  message: 'Your request has been passed to your school, which is responsible for your data and will answer you directly.',
} as const;

/**
 * Subject access (and other rights) requests. PTC is the school's processor: it takes the
 * request, passes it to the school's administration with the legal due date, and records every
 * step the school takes. It never answers the person itself.
 */
@Injectable()
export class SubjectRequestsService {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: SubjectRequestQueries,
    private readonly adminMail: SchoolAdminMail,
    private readonly schools: SchoolsService,
    private readonly clock: Clock,
  ) {}

  /** Filed by a parent or teacher about themselves. */
  async fileOwn(principal: Principal, dto: FileRequestDto): Promise<typeof PASSED_TO_SCHOOL> {
    const subjectKind: SubjectKind | null = principal.role === 'parent' ? 'contact' : principal.role === 'teacher' ? 'teacher' : null;
    await this.file(RequestContext.schoolId()!, dto, { filedBy: 'self', requesterUserId: principal.userId, subjectKind: principal.personId ? subjectKind : null, subjectId: principal.personId });
    return PASSED_TO_SCHOOL;
  }

  /** Filed by the operator for a request that reached the vendor (by email, say). */
  async fileForSchool(principal: Principal, schoolId: string, dto: OperatorFileRequestDto): Promise<typeof PASSED_TO_SCHOOL & { id: string }> {
    if (!(await this.schools.describe(schoolId))) throw PrivacyErrors.schoolNotFound();
    const id = await inSchoolScope(this.em, schoolId, () =>
      this.file(schoolId, dto, { filedBy: 'operator', requesterUserId: principal.userId, subjectKind: dto.subjectKind ?? null, subjectId: dto.subjectId ?? null }),
    );
    return { ...PASSED_TO_SCHOOL, id };
  }

  private async file(
    schoolId: string,
    dto: FileRequestDto,
    who: { filedBy: 'self' | 'operator'; requesterUserId: string; subjectKind: SubjectKind | null; subjectId: string | null },
  ): Promise<string> {
    const receivedAt = this.clock.now();
    return this.em.transactional(async (em) => {
      const request = em.create(SubjectRequest, { schoolId, kind: dto.kind, details: dto.details, ...who, receivedAt, dueOn: dueDate(receivedAt, 0) });
      em.persist(request);
      this.step(em, request, 'received', who.requesterUserId, who.filedBy === 'operator' ? 'filed by the operator' : null);
      await this.adminMail.send(
        schoolId,
        `New privacy request (${dto.kind}), due ${request.dueOn}`,
        `A ${dto.kind} request was filed in PTC on ${receivedAt.toISOString().slice(0, 10)}. As the controller, the school answers it; it is due by ${request.dueOn} (one month after receipt).\n\nOpen PTC (Privacy requests) to acknowledge and handle it. This email deliberately contains nothing about the person.`,
      );
      await em.flush();
      return request.id;
    });
  }

  async list(status: 'open' | 'all', page: PageQuery) {
    const where = status === 'all' ? {} : { status: { $in: OPEN_STATUSES } };
    const [requests, total] = await this.em.findAndCount(SubjectRequest, where, { orderBy: { dueOn: 'asc', receivedAt: 'asc', id: 'asc' }, limit: page.limit, offset: page.offset });
    return { items: requests.map((r) => this.view(r)), total };
  }

  async get(id: string) {
    const request = await this.load(this.em, id);
    const steps = await this.em.find(SubjectRequestStep, { requestId: id }, { orderBy: { id: 'asc' } });
    return { ...this.view(request), steps: steps.map((s) => ({ action: s.action, actorUserId: s.actorUserId, note: s.note, at: s.at.toISOString() })) };
  }

  acknowledge(principal: Principal, id: string) {
    return this.change(id, (request) => {
      if (request.status !== 'received') throw PrivacyErrors.alreadyAcknowledged();
      request.status = 'acknowledged';
      return { action: 'acknowledged', actor: principal.userId };
    });
  }

  extend(principal: Principal, id: string, dto: ExtendRequestDto) {
    return this.change(id, (request) => {
      if (request.extendedMonths + dto.months > MAX_EXTENSION_MONTHS) throw PrivacyErrors.extensionLimit(request.extendedMonths);
      request.extendedMonths += dto.months;
      request.dueOn = dueDate(request.receivedAt, request.extendedMonths);
      request.status = 'extended';
      return { action: `extended by ${dto.months} month(s) to ${request.dueOn}`, actor: principal.userId, note: dto.reason };
    });
  }

  fulfil(principal: Principal, id: string, dto: FulfilRequestDto) {
    return this.change(id, (request) => {
      request.status = 'fulfilled';
      return { action: `fulfilled: ${dto.action}`, actor: principal.userId, note: dto.note ?? null };
    });
  }

  finish(principal: Principal, id: string, status: Extract<RequestStatus, 'rejected' | 'closed'>, reason: string) {
    return this.change(id, (request) => {
      request.status = status;
      return { action: status, actor: principal.userId, note: reason };
    });
  }

  private async change(id: string, apply: (request: SubjectRequest) => { action: string; actor: string; note?: string | null }) {
    await this.em.transactional(async (em) => {
      const request = await this.load(em, id, true);
      if (!OPEN_STATUSES.includes(request.status)) throw PrivacyErrors.requestClosed(request.status);
      const { action, actor, note } = apply(request);
      this.step(em, request, action, actor, note ?? null);
      await em.flush();
    });
    return this.get(id);
  }

  /** For a person's data export: the requests they filed or that are about them, with their steps. */
  async requestsAbout(personId: string, userIds: string[]) {
    const requests = await this.em.find(
      SubjectRequest,
      { $or: [{ subjectId: personId }, ...(userIds.length ? [{ requesterUserId: { $in: userIds } }] : [])] },
      { orderBy: { receivedAt: 'asc' } },
    );
    return Promise.all(requests.map((r) => this.get(r.id)));
  }

  /** Erasure: the person's own words go from the requests they filed or that are about them; the steps taken remain. */
  async eraseWordsOf(personId: string, userIds: string[]): Promise<number> {
    return this.queries.eraseWordsOf(personId, userIds);
  }

  /**
   * Daily: reminds a school's administration of each open request due within 7 days, and of each
   * overdue one, once per due date (an extension moves the date and earns a new reminder). The
   * claim is a conditional update, so two runs never send the same reminder.
   */
  async sendReminders(today: string): Promise<{ dueSoon: number; overdue: number }> {
    const counts = { dueSoon: 0, overdue: 0 };
    const open = await this.em.fork().find(SubjectRequest, { status: { $in: OPEN_STATUSES } }, { filters: acrossSchools('the daily privacy-request reminders over every school'), fields: ['id', 'schoolId', 'dueOn', 'kind'] });
    for (const request of open) {
      const due = reminderDue(request.dueOn, today);
      if (!due) continue;
      await inSchoolScope(this.em, request.schoolId, () =>
        this.em.transactional(async () => {
          if (!(await this.queries.claimReminder(request.id, due))) return;
          await this.adminMail.send(
            request.schoolId,
            due === 'overdue' ? `Overdue privacy request (${request.kind}), was due ${request.dueOn}` : `Privacy request (${request.kind}) due ${request.dueOn}`,
            due === 'overdue'
              ? `A ${request.kind} request filed in PTC was due on ${request.dueOn} and is still open. Please answer it, or extend it with a reason, in PTC (Privacy requests).`
              : `A ${request.kind} request filed in PTC is due on ${request.dueOn}, within 7 days, and is still open. Please answer it, or extend it with a reason, in PTC (Privacy requests).`,
          );
          counts[due === 'overdue' ? 'overdue' : 'dueSoon'] += 1;
        }),
      );
    }
    return counts;
  }

  private step(em: EntityManager, request: SubjectRequest, action: string, actorUserId: string | null, note: string | null): void {
    em.persist(em.create(SubjectRequestStep, { schoolId: request.schoolId, requestId: request.id, action, actorUserId, note, at: this.clock.now() }));
  }

  private async load(em: EntityManager, id: string, lock = false): Promise<SubjectRequest> {
    const request = await em.findOne(SubjectRequest, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!request) throw PrivacyErrors.requestNotFound();
    return request;
  }

  private view(r: SubjectRequest) {
    return {
      id: r.id,
      kind: r.kind,
      details: r.details,
      status: r.status,
      filedBy: r.filedBy,
      requesterUserId: r.requesterUserId,
      subject: r.subjectKind ? { kind: r.subjectKind, id: r.subjectId } : null,
      receivedAt: r.receivedAt.toISOString(),
      dueOn: r.dueOn,
      extendedMonths: r.extendedMonths,
    };
  }
}
