import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { APP_CONFIG, Clock, Conflict, MailService, mailWords, NotFound, RequestContext, type AppConfig, type Principal } from '@ptc/platform';
import { PeopleService, fullName } from '@ptc/directory';
import { RecipientLanguages, SchoolsService } from '@ptc/tenancy';
import { BookingErrors } from '../bookings.errors.js';
import { Appointment } from '../appointments/appointment.entities.js';
import { BookingService } from '../appointments/booking.service.js';
import { Evening, EveningSession, EveningTeacher } from '../evenings/evening.entities.js';
import { LateRequest } from './late-request.entity.js';
import { LateRequestQueries } from './late-requests.queries.js';

export const LateRequestErrors = {
  stillOpen: () => Conflict('LATE.BOOKING_OPEN', 'Booking is still open for this evening: book a free time instead'),
  alreadyAsked: () => Conflict('LATE.ALREADY_ASKED', 'This child already has an open request to this teacher'),
  evenOver: () => Conflict('LATE.EVENING_OVER', 'This evening is over'),
  notFound: () => NotFound('LATE.NOT_FOUND', 'No such request'),
  answered: () => Conflict('LATE.ANSWERED', 'This request has been answered already'),
};

/** A request as the family and the staff see it, with names for the staff's list. */
export function toLateRequestView(r: LateRequest, names?: { student: string | null; contact: string | null }) {
  return {
    id: r.id,
    eventId: r.eveningId,
    teacherId: r.teacherId,
    studentId: r.studentId,
    contactId: r.contactId,
    note: r.note,
    state: r.state,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    declineReason: r.declineReason,
    appointmentId: r.appointmentId,
    studentName: names?.student ?? null,
    contactName: names?.contact ?? null,
  };
}

/**
 * Late requests: once booking has closed (and until the evening is over), a parent may ask a
 * teacher for an appointment with a note; the teacher (for their own requests) or the office
 * accepts with one of the teacher's free times — booked as the office books, and the parent gets
 * the usual confirmation — or declines with a reason the parent is emailed.
 */
@Injectable()
export class LateRequestsService {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: LateRequestQueries,
    private readonly people: PeopleService,
    private readonly bookings: BookingService,
    private readonly schools: SchoolsService,
    private readonly languages: RecipientLanguages,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ask(principal: Principal, eveningId: string, dto: { studentId: string; teacherId: string; note?: string }) {
    const contactId = principal.personId;
    if (!contactId) throw BookingErrors.notAParent();
    const evening = await this.em.findOne(Evening, { id: eveningId });
    if (!evening || evening.status === 'draft') throw BookingErrors.eveningNotFound();
    if (evening.status === 'closed') throw BookingErrors.eveningClosed();
    const now = this.clock.now();
    if (now < evening.closesAt) throw LateRequestErrors.stillOpen();
    const [last] = await this.em.find(EveningSession, { evening }, { orderBy: { endsAt: 'desc' }, limit: 1 });
    if (last && last.endsAt <= now) throw LateRequestErrors.evenOver();
    const [links, inEvening, booked] = await Promise.all([
      this.people.bookingLinks(contactId, dto.teacherId, dto.studentId),
      this.em.count(EveningTeacher, { evening, teacherId: dto.teacherId }),
      this.em.count(Appointment, { eveningId, teacherId: dto.teacherId, studentId: dto.studentId, status: 'active' }),
    ]);
    if (!links.contactLinked) throw BookingErrors.notLinkedToStudent();
    if (evening.yearLabels?.length && !(links.yearLabel && evening.yearLabels.includes(links.yearLabel))) throw BookingErrors.studentNotInEvening();
    if (!inEvening) throw BookingErrors.teacherNotInEvening();
    if (!links.teacherLinked) throw BookingErrors.teacherNotLinked();
    if (booked) throw BookingErrors.alreadyWithTeacher();
    const id = await this.queries.open({ eveningId, teacherId: dto.teacherId, studentId: dto.studentId, contactId, note: dto.note?.trim() || null, at: now });
    if (!id) throw LateRequestErrors.alreadyAsked();
    return toLateRequestView(await this.em.findOneOrFail(LateRequest, { id }));
  }

  /** The family's requests for the evening, answered ones too. */
  async ofFamily(principal: Principal, eveningId: string) {
    if (!principal.personId) throw BookingErrors.notAParent();
    if (!(await this.em.count(Evening, { id: eveningId, status: { $ne: 'draft' } }))) throw BookingErrors.eveningNotFound();
    const studentIds = await this.people.studentIdsOfContact(principal.personId);
    const rows = await this.em.find(LateRequest, { eveningId, studentId: { $in: studentIds } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return rows.map((r) => toLateRequestView(r));
  }

  /** The evening's requests for the office, or a teacher's own, open ones first, with who asks. */
  async forStaff(principal: Principal, eveningId: string) {
    const teacherOnly = principal.role === 'teacher' ? principal.personId ?? '' : null;
    if (!(await this.em.count(Evening, { id: eveningId }))) throw BookingErrors.eveningNotFound();
    const rows = await this.em.find(LateRequest, { eveningId, ...(teacherOnly !== null ? { teacherId: teacherOnly } : {}) }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const [students, contacts] = await Promise.all([
      this.people.studentsByIds([...new Set(rows.map((r) => r.studentId))]),
      this.people.adultsByIds('contact', [...new Set(rows.map((r) => r.contactId))]),
    ]);
    const order = { open: 0, accepted: 1, declined: 1, withdrawn: 1 };
    return rows
      .sort((a, b) => order[a.state] - order[b.state])
      .map((r) => {
        const student = students.get(r.studentId);
        const contact = contacts.get(r.contactId);
        return toLateRequestView(r, { student: student ? `${student.firstName} ${student.lastName}` : null, contact: contact ? fullName(contact) : null });
      });
  }

  /** Accepts with one of the teacher's free times: booked for the family (who get the usual confirmation). */
  async accept(principal: Principal, requestId: string, slotId: string) {
    const request = await this.openRequestFor(principal, requestId);
    const appointment = await this.bookings.bookForFamily(principal, { eventId: request.eveningId, studentId: request.studentId, teacherId: request.teacherId, slotId, contactId: request.contactId });
    await this.em.nativeUpdate(LateRequest, { id: request.id, state: 'open' }, { state: 'accepted', decidedAt: this.clock.now(), decidedBy: principal.userId, appointmentId: appointment.id });
    return toLateRequestView(await this.em.findOneOrFail(LateRequest, { id: request.id }, { refresh: true }));
  }

  /** Declines with a reason the parent is emailed, in one transaction. */
  async decline(principal: Principal, requestId: string, reason: string) {
    return this.em.transactional(async (em) => {
      const request = await this.openRequestFor(principal, requestId, em);
      request.state = 'declined';
      request.decidedAt = this.clock.now();
      request.decidedBy = principal.userId;
      request.declineReason = reason.trim();
      const schoolId = RequestContext.schoolId()!;
      const [evening, contacts, teachers, students, language, sender] = await Promise.all([
        em.findOneOrFail(Evening, { id: request.eveningId }),
        this.people.adultsByIds('contact', [request.contactId]),
        this.people.adultsByIds('teacher', [request.teacherId]),
        this.people.studentsByIds([request.studentId]),
        this.languages.ofPerson(schoolId, request.contactId),
        this.schools.senderOf(schoolId),
      ]);
      const contact = contacts.get(request.contactId);
      if (contact?.email) {
        const t = mailWords(language);
        const teacher = teachers.get(request.teacherId);
        const child = students.get(request.studentId)?.firstName ?? '';
        this.mail.queue(
          {
            sender,
            to: contact.email,
            subject: t('late.declinedSubject', { evening: evening.name, teacher: teacher ? fullName(teacher) : '', child }),
            text: [
              t('greeting', { name: fullName(contact) }),
              '',
              t('late.declined', { evening: evening.name, teacher: teacher ? fullName(teacher) : '', child }),
              t('late.reason', { reason: request.declineReason }),
              '',
              t('late.page', { url: `${this.config.publicBaseUrl}/evenings/${request.eveningId}` }),
            ].join('\n'),
          },
          schoolId,
        );
      }
      await em.flush();
      return toLateRequestView(request);
    });
  }

  /** An open request the caller may answer: the office any, a teacher those addressed to them. */
  private async openRequestFor(principal: Principal, requestId: string, em: EntityManager = this.em): Promise<LateRequest> {
    const request = await em.findOne(LateRequest, { id: requestId }, em === this.em ? {} : { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!request || (principal.role === 'teacher' && request.teacherId !== principal.personId)) throw LateRequestErrors.notFound();
    if (request.state !== 'open') throw LateRequestErrors.answered();
    return request;
  }

  /** People who left the directory: their requests go with them. Joins the caller's transaction. */
  forget(kind: 'student' | 'contact' | 'teacher', personIds: string[]): Promise<void> {
    return this.queries.deleteFor(`${kind}_id`, personIds);
  }
}
