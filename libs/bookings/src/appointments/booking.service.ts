import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { DeadlockException, DriverException, EntityManager } from '@mikro-orm/postgresql';
import { Clock, EventBus, inSchoolScope, LinkSigner, RequestContext, type Principal } from '@ptc/platform';
import { PeopleService, fullName } from '@ptc/directory';
import { SchoolsService } from '@ptc/tenancy';
import { BookingErrors } from '../bookings.errors.js';
import { AppointmentBooked } from '../events.js';
import type { BookDto } from '../dto/evening.dto.js';
import { Evening, Slot } from '../evenings/evening.entities.js';
import { Appointment, AppointmentHistory, BookingIdempotency, type AppointmentAction } from './appointment.entities.js';
import { BookingSettingsService } from '../settings/booking-settings.service.js';
import { EveningBoard } from '../evenings/evening-board.js';
import { parentCancellableUntil } from '../settings/cancellation-rule.js';
import { toAppointmentView } from './appointment-view.js';
import { linkForNewAppointment } from '../video/meeting-link.js';
import { familyRuleBroken, slotRuleBroken, stageRuleBroken, windowRuleBroken, type EveningFacts } from './booking-rules.js';
import { AppointmentQueries } from './appointment.queries.js';
import { WaitingListService } from '../waiting-list/waiting-list.service.js';
import { APPOINTMENT_LINK, BookingMailer, type NoticeFacts } from './booking-mailer.service.js';

export type { AppointmentView } from '../dto/views.js';
import type { AppointmentView } from '../dto/views.js';

const MAX_DEADLOCK_ATTEMPTS = 3;

/** Which database rule a failed write broke, by constraint name (see the bookings migration). */
const CONSTRAINT_ERRORS: Record<string, () => Error> = {
  appointment_slot_active_unique: BookingErrors.slotTaken,
  appointment_once_per_teacher_unique: BookingErrors.alreadyWithTeacher,
  appointment_parent_no_overlap: BookingErrors.parentOverlap,
};

function translateConstraint(error: unknown): unknown {
  if (error instanceof DriverException) {
    const constraint = (error as DriverException & { constraint?: string }).constraint ?? /constraint "([^"]+)"/.exec(error.message)?.[1];
    const mapped = constraint ? CONSTRAINT_ERRORS[constraint] : undefined;
    if (mapped) return mapped();
  }
  return error;
}

interface CheckedBooking {
  facts: EveningFacts;
  contactId: string;
  schoolId: string;
  now: Date;
}

/**
 * Two bookings that wait on each other in the exclusion constraint (one parent, overlapping times)
 * can deadlock; PostgreSQL aborts one. Nothing of it was written: ask again, and the constraint now
 * answers properly. Any other database refusal becomes its 409.
 */
async function retryingDeadlocks<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DeadlockException && attempt < MAX_DEADLOCK_ATTEMPTS) continue;
      throw translateConstraint(error);
    }
  }
}

const requestHash = (dto: BookDto) => createHash('sha256').update(JSON.stringify([dto.eventId, dto.studentId, dto.teacherId, dto.slotId, dto.contactId ?? null])).digest('hex');

/**
 * Booking, moving and cancelling appointments. The code checks each rule to give a precise
 * answer; the database's constraints decide races, and their violations become the same 409s.
 */
@Injectable()
export class BookingService {
  constructor(
    private readonly em: EntityManager,
    private readonly people: PeopleService,
    private readonly schools: SchoolsService,
    private readonly mailer: BookingMailer,
    private readonly links: LinkSigner,
    private readonly clock: Clock,
    private readonly events: EventBus,
    private readonly queries: AppointmentQueries,
    private readonly settings: BookingSettingsService,
    private readonly board: EveningBoard,
    private readonly waitingList: WaitingListService,
  ) {}

  /**
   * The booking path, kept to few round trips because it is what hundreds of parents hit at once:
   * one query for the evening's facts, one for the directory's, then one statement that inserts
   * the appointment, its history row and the parent's notice together (atomic as one statement,
   * so no transaction is opened). Every rule is checked for a precise answer; the constraints
   * still decide races. An Idempotency-Key or a per-student cap takes the transactional path.
   */
  async book(principal: Principal, dto: BookDto, idempotencyKey?: string): Promise<AppointmentView> {
    return this.bookAs(principal, dto, principal.role === 'school_admin', idempotencyKey);
  }

  /**
   * A member of staff books for a family outside the parents' rules of time (the office any time,
   * a teacher answering a late request for their own time): the family is named by `contactId`;
   * every other rule holds.
   */
  bookForFamily(principal: Principal, dto: BookDto & { contactId: string }): Promise<AppointmentView> {
    return this.bookAs(principal, dto, true);
  }

  private async bookAs(principal: Principal, dto: BookDto, staff: boolean, idempotencyKey?: string): Promise<AppointmentView> {
    const outcome = await retryingDeadlocks(async () => {
      const checked = idempotencyKey ? null : await this.check(principal, dto, staff);
      return checked && !checked.facts.cap_per_student && !dto.jointStudentIds?.length
        ? { view: await this.insert(principal, dto, checked), replayed: false }
        : this.bookInTransaction(principal, dto, staff, idempotencyKey);
    });
    this.board.forget(outcome.view.eventId);
    if (!outcome.replayed) await this.events.publish(new AppointmentBooked(RequestContext.schoolId()!, outcome.view.id, outcome.view.eventId));
    return outcome.view;
  }

  private bookInTransaction(principal: Principal, dto: BookDto, staff: boolean, idempotencyKey?: string): Promise<{ view: AppointmentView; replayed: boolean }> {
    const key = idempotencyKey ? `${principal.userId}:${idempotencyKey}` : null;
    const hash = requestHash(dto);
    return this.em.transactional(async (em) => {
      if (key) {
        // Claim the key first: a parallel replay waits here until this transaction ends.
        if (!(await this.queries.claimIdempotencyKey(key, principal.userId, hash, this.clock.now()))) {
          const first = await em.findOneOrFail(BookingIdempotency, { key });
          if (first.requestHash !== hash) throw BookingErrors.idempotencyMismatch();
          return { view: first.response as unknown as AppointmentView, replayed: true };
        }
      }
      const checked = await this.check(principal, dto, staff);
      await this.holdCap(dto, checked.facts.cap_per_student);
      if (dto.jointStudentIds?.length) await this.checkJoint(em, dto, checked);
      const view = await this.insert(principal, dto, checked);
      if (key) await em.nativeUpdate(BookingIdempotency, { key }, { status: 201, response: view as unknown as Record<string, unknown> });
      return { view, replayed: false };
    });
  }

  /** A cap is the one rule no constraint holds: that student's bookings go one at a time (in the caller's transaction), then count. */
  private async holdCap(dto: BookDto, cap: number | null): Promise<void> {
    if (!cap) return;
    await this.queries.waitForStudentsBookings([dto.studentId]);
    if ((await this.queries.activeCountOfStudent(dto.eventId, dto.studentId)) >= cap) throw BookingErrors.studentCapReached(cap);
  }

  /**
   * A joint meeting (a school option) is also about brothers and sisters: each must be the parent's
   * child, taught by the teacher, invited to the evening and without a meeting with the teacher yet.
   * Bookings involving those children wait for each other (in the caller's transaction).
   */
  private async checkJoint(em: EntityManager, dto: BookDto, { contactId, facts }: CheckedBooking): Promise<void> {
    const joint = dto.jointStudentIds!;
    if (!(await this.settings.get(em)).jointSiblingMeetings) throw BookingErrors.jointNotAllowed();
    if (new Set(joint).size !== joint.length || joint.includes(dto.studentId)) throw BookingErrors.invalidField('jointStudentIds', 'each brother or sister once, not the student the meeting is booked for');
    await this.queries.waitForStudentsBookings(joint);
    for (const studentId of joint) {
      const links = await this.people.bookingLinks(contactId, dto.teacherId, studentId);
      if (!links.contactLinked) throw BookingErrors.notLinkedToStudent();
      if (facts.year_labels?.length && !(links.yearLabel && facts.year_labels.includes(links.yearLabel))) throw BookingErrors.studentNotInEvening();
      if (!links.teacherLinked) throw BookingErrors.teacherNotLinked();
    }
    if (await this.queries.anyMeetsTeacher(dto.eventId, dto.teacherId, joint)) throw BookingErrors.alreadyWithTeacher();
  }

  /**
   * Several bookings of one parent all together or none (an automatic schedule): each checked and
   * inserted as a single booking is, inside one transaction, so a slot taken meanwhile, or any
   * other refusal, leaves nothing booked.
   */
  async bookAll(principal: Principal, eventId: string, items: { studentId: string; teacherId: string; slotId: string }[]): Promise<AppointmentView[]> {
    const views = await retryingDeadlocks(() =>
      this.em.transactional(async (em) => {
        const booked: AppointmentView[] = [];
        for (const item of items) {
          const dto = { eventId, ...item } as BookDto;
          const checked = await this.check(principal, dto, false);
          await this.holdCap(dto, checked.facts.cap_per_student);
          booked.push(await this.insert(principal, dto, checked));
        }
        return booked;
      }),
    );
    this.board.forget(eventId);
    for (const view of views) await this.events.publish(new AppointmentBooked(RequestContext.schoolId()!, view.id, view.eventId));
    return views;
  }

  /** Every rule but the cap, answered with its own code. */
  private async check(principal: Principal, dto: BookDto, staff: boolean): Promise<CheckedBooking> {
    const contactId = staff ? dto.contactId : principal.personId;
    if (!contactId) throw staff ? BookingErrors.contactRequired() : BookingErrors.notAParent();
    const schoolId = RequestContext.schoolId()!;
    const facts = await this.queries.eveningFacts(dto.eventId, dto.teacherId, dto.studentId, dto.slotId);
    const booker = { staff, studentId: dto.studentId, now: this.clock.now() };
    const slotProblem = slotRuleBroken(facts, booker);
    if (slotProblem || !facts) throw slotProblem;
    const familyProblem = familyRuleBroken(facts, await this.people.bookingLinks(contactId, dto.teacherId, dto.studentId), booker);
    if (familyProblem) throw familyProblem;
    return { facts, contactId, schoolId, now: booker.now };
  }

  /** Inside the caller's transaction when there is one (the statements run in the current context). */
  private async insert(principal: Principal, dto: BookDto, { facts, contactId, schoolId, now }: CheckedBooking): Promise<AppointmentView> {
    const appointment: NoticeFacts = {
      id: randomUUID(),
      schoolId,
      eveningId: dto.eventId,
      teacherId: dto.teacherId,
      studentId: dto.studentId,
      contactId,
      sequence: 0,
      startsAt: facts.starts_at,
      endsAt: facts.ends_at,
      meetingLink: linkForNewAppointment(facts.online, facts.video_link_template),
      jointStudentIds: dto.jointStudentIds?.length ? dto.jointStudentIds : null,
    };
    await this.queries.insertBooking(appointment, dto.slotId, facts.gap_minutes, principal.userId, now, this.mailer.noticeParams('booked', appointment));
    return toAppointmentView({ ...appointment, slotId: dto.slotId, status: 'active', cancelReason: null }, await this.zone(schoolId));
  }

  /** Moves to another slot of the same teacher in one statement: the old slot is freed only if the new one is taken. */
  async move(principal: Principal, appointmentId: string, slotId: string): Promise<AppointmentView> {
    try {
      return this.slotsChanged(await this.em.transactional(async (em) => {
        const appointment = await this.loadForChange(em, principal, appointmentId);
        const evening = await em.findOneOrFail(Evening, { id: appointment.eveningId });
        if (principal.role !== 'school_admin') {
          const now = this.clock.now();
          if (evening.status !== 'published') throw BookingErrors.windowClosed();
          const windowProblem = windowRuleBroken(evening, now);
          if (windowProblem) throw windowProblem;
          // Only before everyone may book does the student's year group matter (one directory read).
          if (now < evening.opensAt) {
            const stageProblem = stageRuleBroken(evening, (await this.people.studentsByIds([appointment.studentId])).get(appointment.studentId)?.yearLabel ?? null, now);
            if (stageProblem) throw stageProblem;
          }
        }
        const slot = await em.findOne(Slot, { id: slotId, evening: evening.id, teacherId: appointment.teacherId });
        if (!slot) throw BookingErrors.slotNotFound();
        if (slot.blocked) throw BookingErrors.slotBlocked();
        if (principal.role !== 'school_admin' && (await this.waitingList.heldForAnother(slot.id, appointment.studentId))) throw BookingErrors.slotHeld();
        const from = { slotId: appointment.slotId, startsAt: appointment.startsAt.toISOString() };
        await this.queries.moveTo(appointment.id, slot, evening.gapMinutes);
        await em.refresh(appointment);
        this.record(em, appointment, 'moved', principal.userId, { from, to: { slotId: slot.id, startsAt: slot.startsAt.toISOString() } });
        this.mailer.enqueue('moved', appointment);
        await em.flush();
        await this.waitingList.offerFreedSlot({ slotId: from.slotId, eveningId: appointment.eveningId, teacherId: appointment.teacherId });
        return toAppointmentView(appointment, await this.zone(evening.schoolId));
      }));
    } catch (error) {
      throw translateConstraint(error);
    }
  }

  async cancel(principal: Principal, appointmentId: string, reason: string | undefined): Promise<AppointmentView> {
    if (principal.role === 'teacher' && !reason?.trim()) throw BookingErrors.reasonRequired();
    return this.slotsChanged(
      await this.em.transactional(async (em) => {
        const appointment = await this.loadForChange(em, principal, appointmentId);
        if (principal.role === 'parent') await this.checkParentMayCancel(em, appointment);
        await this.cancelInTransaction(em, appointment.id, principal.userId, reason?.trim() ?? null);
        return toAppointmentView(appointment, await this.zone(appointment.schoolId));
      }),
    );
  }

  /** Parents (in the app or by the emailed link) cancel until the school's cut-off; admins and teachers always. */
  private async checkParentMayCancel(em: EntityManager, appointment: Appointment): Promise<void> {
    const evening = await em.findOneOrFail(Evening, { id: appointment.eveningId });
    const until = parentCancellableUntil(await this.settings.get(em), evening, appointment);
    if (this.clock.now() >= until) throw BookingErrors.cancellationClosed(until);
  }

  /** Cancels and tells the parent; used by people (above) and by the system (availability changes, deletions); the freed slot is offered to the waiting list unless it is going. */
  async cancelInTransaction(
    em: EntityManager,
    appointmentId: string,
    actorUserId: string | null,
    reason: string | null,
    detail: Record<string, unknown> = {},
    { offerFreedSlot = true }: { offerFreedSlot?: boolean } = {},
  ): Promise<void> {
    // The caller has usually loaded (and locked) it in this transaction: the identity map answers.
    const appointment = await em.findOne(Appointment, appointmentId);
    if (!appointment) throw BookingErrors.appointmentNotFound();
    if (appointment.status === 'cancelled') throw BookingErrors.alreadyCancelled();
    appointment.status = 'cancelled';
    appointment.sequence += 1;
    appointment.cancelledAt = this.clock.now();
    appointment.cancelledBy = actorUserId;
    appointment.cancelReason = reason;
    this.record(em, appointment, 'cancelled', actorUserId, reason || Object.keys(detail).length ? { ...detail, ...(reason ? { reason } : {}) } : null);
    this.mailer.enqueue('cancelled', appointment, reason, await this.mailer.snapshot(appointment));
    await em.flush();
    // The freed time goes to the first family on the teacher's waiting list, held for them.
    if (offerFreedSlot) await this.waitingList.offerFreedSlot({ slotId: appointment.slotId, eveningId: appointment.eveningId, teacherId: appointment.teacherId });
  }

  /** The caller may change this appointment: an admin any, a teacher their own, a parent one for a student they are linked to. */
  private async loadForChange(em: EntityManager, principal: Principal, appointmentId: string): Promise<Appointment> {
    const appointment = await em.findOne(Appointment, { id: appointmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!appointment || !(await this.mayTouch(principal, appointment))) throw BookingErrors.appointmentNotFound();
    if (appointment.status === 'cancelled') throw BookingErrors.alreadyCancelled();
    return appointment;
  }

  async mayTouch(principal: Principal, appointment: Appointment): Promise<boolean> {
    if (principal.role === 'school_admin') return true;
    if (principal.role === 'teacher') return appointment.teacherId === principal.personId;
    if (principal.role === 'parent' && principal.personId) {
      return appointment.contactId === principal.personId || (await this.people.isContactLinked(principal.personId, appointment.studentId));
    }
    return false;
  }

  async get(principal: Principal, appointmentId: string): Promise<AppointmentView & { history: unknown[] }> {
    const appointment = await this.em.findOne(Appointment, { id: appointmentId });
    if (!appointment || !(await this.mayTouch(principal, appointment))) throw BookingErrors.appointmentNotFound();
    const history = await this.em.find(AppointmentHistory, { appointmentId }, { orderBy: { id: 'asc' } });
    return {
      ...toAppointmentView(appointment, await this.zone(appointment.schoolId)),
      history: history.map((h) => ({ action: h.action, actorUserId: h.actorUserId, at: h.at.toISOString(), detail: h.detail })),
    };
  }

  /** "Add to calendar": the appointment's .ics, for whoever may see the appointment. */
  async calendarFile(principal: Principal, appointmentId: string): Promise<string> {
    const appointment = await this.em.findOne(Appointment, { id: appointmentId });
    if (!appointment || !(await this.mayTouch(principal, appointment))) throw BookingErrors.appointmentNotFound();
    const calendar = await this.mailer.calendarFile(appointment);
    if (!calendar) throw BookingErrors.appointmentNotFound();
    return calendar;
  }

  /** One line of the appointment's history, written with the caller's change. */
  record(em: EntityManager, appointment: Appointment, action: AppointmentAction, actorUserId: string | null, detail: Record<string, unknown> | null) {
    em.persist(em.create(AppointmentHistory, { schoolId: appointment.schoolId, appointmentId: appointment.id, action, actorUserId, at: this.clock.now(), detail }));
  }

  /**
   * The appointment a signed email link names, in its school's scope, as long as it is the version
   * the link was sent for: a moved or cancelled appointment's old links are worthless.
   */
  private async byLink<T>(token: string, fn: (appointment: Appointment) => Promise<T>): Promise<T> {
    const payload = this.links.verify(APPOINTMENT_LINK, token);
    if (!payload?.a || !payload.s || payload.v === undefined) throw BookingErrors.linkInvalid();
    return inSchoolScope(this.em, payload.s, async () => {
      const appointment = await this.em.findOne(Appointment, { id: payload.a });
      if (!appointment) throw BookingErrors.linkInvalid();
      if (appointment.status === 'cancelled' || String(appointment.sequence) !== payload.v) throw BookingErrors.linkReplaced();
      return fn(appointment);
    });
  }

  /** What the parent sees behind the emailed link: the appointment with names, no login needed. */
  async viewByLink(token: string) {
    return this.byLink(token, async (appointment) => {
      const [evening, teachers, students] = await Promise.all([
        this.em.findOneOrFail(Evening, { id: appointment.eveningId }),
        this.people.adultsByIds('teacher', [appointment.teacherId]),
        this.people.studentsByIds([appointment.studentId]),
      ]);
      const teacher = teachers.get(appointment.teacherId);
      const student = students.get(appointment.studentId);
      const timezone = await this.zone(appointment.schoolId);
      return {
        ...toAppointmentView(appointment, timezone),
        evening: evening.name,
        timezone,
        teacher: teacher ? fullName(teacher) : null,
        student: student ? `${student.firstName} ${student.lastName}` : null,
      };
    });
  }

  async cancelByLink(token: string) {
    return this.byLink(token, async (appointment) =>
      this.slotsChanged(
        await this.em.transactional(async (em) => {
          const locked = await em.findOneOrFail(Appointment, { id: appointment.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
          if (locked.status === 'cancelled') throw BookingErrors.alreadyCancelled();
          await this.checkParentMayCancel(em, locked);
          await this.cancelInTransaction(em, locked.id, null, null, { via: 'emailed link' });
          return toAppointmentView(locked, await this.zone(locked.schoolId));
        }),
      ),
    );
  }

  /** After the commit: this instance's next evening page shows the freed or taken slot at once. */
  private slotsChanged(view: AppointmentView): AppointmentView {
    this.board.forget(view.eventId);
    return view;
  }

  private zone(schoolId: string): Promise<string> {
    return this.schools.timezone(schoolId);
  }
}
