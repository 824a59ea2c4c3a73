import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Clock, mailMoment, mailWords, RequestContext, totalOfPage, zoneName, type MailLanguage, type PageQuery, type Principal } from '@ptc/platform';
import { InvitationsService, PeopleService, fullName } from '@ptc/directory';
import { SchoolsService } from '@ptc/tenancy';
import { parentCancellableUntil } from '../settings/cancellation-rule.js';
import { BookingErrors } from '../bookings.errors.js';
import type { AvailabilityDto, CreateEveningDto, EveningDetailsDto } from '../dto/evening.dto.js';
import { WaitingListService } from '../waiting-list/waiting-list.service.js';
import { instantToLocal, localToInstant } from '../slots/local-time.js';
import { generateSlots, type Interval } from '../slots/slot-generation.js';
import { Appointment } from '../appointments/appointment.entities.js';
import { BookingService } from '../appointments/booking.service.js';
import { Evening, EveningSession, EveningTeacher, Slot, type EveningStatus } from './evening.entities.js';
import { EveningReads, type EveningRow, type TeacherEveningRow } from './evening.queries.js';
import { BookingSettingsService } from '../settings/booking-settings.service.js';
import { EveningBoard } from './evening-board.js';
import { familiesNotBooked } from './grid-counts.js';
import { toAppointmentView } from '../appointments/appointment-view.js';
import { linkForNewAppointment, meetsOnline } from '../video/meeting-link.js';
import { earliestOpening, opensAtFor, openingStageProblems } from './opening-stages.js';
import { BookingMailer } from '../appointments/booking-mailer.service.js';

/** The teacher record behind a teacher's login; an account without one has no evenings. */
export function ownTeacherId(principal: Principal): string {
  if (!principal.personId) throw BookingErrors.notATeacher();
  return principal.personId;
}

/** A session as the API shows it: local date and times in the school's zone, and the instants. */
function sessionView(s: { startsAt: Date; endsAt: Date }, zone: string) {
  const start = instantToLocal(s.startsAt, zone);
  return { date: start.date, start: start.time, end: instantToLocal(s.endsAt, zone).time, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() };
}

/** A teacher's part in an evening: their hours, breaks and room (the evening's place unless their own), video or not. */
function participantView(
  p: EveningTeacher,
  teacher: { title?: string | null; firstName: string; lastName: string } | undefined,
  evening: { location: string | null; online: boolean },
  slots: number,
) {
  return {
    teacherId: p.teacherId,
    name: teacher ? fullName(teacher) : null,
    location: p.location ?? evening.location,
    onlineChoice: p.online,
    online: meetsOnline(evening.online, p.online),
    arriveAt: p.arriveAt,
    leaveAt: p.leaveAt,
    breakEverySlots: p.breakEverySlots,
    breakMinutes: p.breakMinutes,
    breaks: p.breaks,
    slots,
  };
}

const NEXT_STATUS: Record<EveningStatus, EveningStatus[]> = { draft: ['published'], published: ['closed'], closed: [] };

/** Parents' evenings as the school sets them up: sessions, teachers, availability, slots. */
@Injectable()
export class EveningsService {
  constructor(
    private readonly em: EntityManager,
    private readonly people: PeopleService,
    private readonly invitations: InvitationsService,
    private readonly schools: SchoolsService,
    private readonly bookings: BookingService,
    private readonly clock: Clock,
    private readonly reads: EveningReads,
    private readonly board: EveningBoard,
    private readonly settings: BookingSettingsService,
    private readonly mailer: BookingMailer,
    private readonly waitingList: WaitingListService,
  ) {}

  private zone(): Promise<string> {
    return this.schools.timezone(RequestContext.schoolId()!);
  }

  /** What an evening's set-up comes to: its sessions as instants, its window, its teachers. */
  private async planOf(dto: CreateEveningDto) {
    const zone = await this.zone();
    const sessions = dto.sessions.map((s, i) => {
      const startsAt = localToInstant(s.date, s.start, zone);
      const endsAt = localToInstant(s.date, s.end, zone);
      if (!startsAt || !endsAt) throw BookingErrors.invalidField(`sessions.${i}`, `this local time does not exist in ${zone} (a clock change)`);
      if (endsAt <= startsAt) throw BookingErrors.invalidField(`sessions.${i}`, 'end must be after start');
      return { startsAt, endsAt };
    });
    const opensAt = new Date(dto.opensAt);
    const closesAt = new Date(dto.closesAt);
    if (closesAt <= opensAt) throw BookingErrors.invalidField('closesAt', 'closesAt must be after opensAt');
    if (dto.online) await this.requireVideoTemplate('online');
    const yearLabels = dto.yearLabels?.length ? dto.yearLabels : null;
    const openingStages = dto.openingStages?.length ? dto.openingStages.map((stage) => ({ yearLabels: stage.yearLabels, opensAt: new Date(stage.opensAt).toISOString() })) : null;
    const stageProblems = openingStages ? openingStageProblems(openingStages, { opensAt, yearLabels }) : [];
    if (stageProblems.length) throw BookingErrors.invalidFields(stageProblems);

    let teacherIds = dto.teacherIds;
    if (teacherIds?.length) {
      const known = await this.people.adultsByIds('teacher', teacherIds);
      const unknown = teacherIds.filter((id) => !known.has(id));
      if (unknown.length) throw BookingErrors.invalidField('teacherIds', `unknown teacher(s): ${unknown.join(', ')}`);
    } else {
      teacherIds = await this.people.teacherIdsLinkedTo(await this.people.studentIdsInYears(dto.yearLabels ?? null));
    }
    const fields = {
      name: dto.name,
      slotMinutes: dto.slotMinutes,
      gapMinutes: dto.gapMinutes ?? 0,
      opensAt,
      closesAt,
      location: dto.location ?? null,
      online: dto.online ?? false,
      yearLabels,
      openingStages,
      capPerStudent: dto.capPerStudent ?? null,
    };
    return { zone, sessions, teacherIds, fields };
  }

  async create(dto: CreateEveningDto) {
    const { zone, sessions, teacherIds, fields } = await this.planOf(dto);
    const id = await this.em.transactional(async (em) => {
      const evening = em.create(Evening, { schoolId: RequestContext.schoolId()!, ...fields, createdAt: this.clock.now() });
      for (const s of sessions) em.persist(em.create(EveningSession, { schoolId: evening.schoolId, evening, ...s }));
      for (const teacherId of teacherIds) {
        const participant = em.create(EveningTeacher, { schoolId: evening.schoolId, evening, teacherId });
        for (const slot of generateSlots(sessions, evening.slotMinutes, participant, zone)) {
          em.persist(em.create(Slot, { schoolId: evening.schoolId, evening, teacherId, ...slot }));
        }
      }
      await em.flush();
      return evening.id;
    });
    // Read after the commit: the slot counts come from another connection.
    return this.get(id);
  }

  /**
   * Changes a draft's whole set-up in one transaction: sessions and slots are made again; teachers
   * who stay keep their hours and breaks. A published evening is not edited (parents may have booked).
   */
  async updateDraft(id: string, dto: CreateEveningDto) {
    const { zone, sessions, teacherIds, fields } = await this.planOf(dto);
    await this.em.transactional(async (em) => {
      const evening = await em.findOne(Evening, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!evening) throw BookingErrors.eveningNotFound();
      if (evening.status !== 'draft') throw BookingErrors.onlyDraftsEdited();
      const appointments = await em.count(Appointment, { eveningId: id });
      if (appointments) throw BookingErrors.draftHasAppointments(appointments);
      em.assign(evening, fields);
      await em.nativeDelete(Slot, { evening: id });
      await em.nativeDelete(EveningSession, { evening: id });
      const wanted = new Set(teacherIds);
      const staying = (await em.find(EveningTeacher, { evening })).filter((participant) => {
        if (wanted.has(participant.teacherId)) return true;
        em.remove(participant);
        return false;
      });
      const participants = [...staying, ...teacherIds.filter((teacherId) => !staying.some((p) => p.teacherId === teacherId)).map((teacherId) => em.create(EveningTeacher, { schoolId: evening.schoolId, evening, teacherId }))];
      for (const s of sessions) em.persist(em.create(EveningSession, { schoolId: evening.schoolId, evening, ...s }));
      for (const participant of participants) {
        for (const slot of generateSlots(sessions, evening.slotMinutes, participant, zone)) {
          em.persist(em.create(Slot, { schoolId: evening.schoolId, evening, teacherId: participant.teacherId, ...slot }));
        }
      }
      await em.flush();
    });
    this.board.forget(id);
    return this.get(id);
  }

  /** The school's evenings, latest opening first. */
  list(page: PageQuery) {
    return this.page('all', page);
  }

  /** Evenings a parent may book: published ones, soonest first. */
  listPublished(page: PageQuery) {
    return this.page('published', page);
  }

  private async page(which: 'all' | 'published', page: PageQuery) {
    const [zone, rows] = await Promise.all([this.zone(), this.reads.evenings(which, page)]);
    const total = await totalOfPage(rows, page.offset, () => this.reads.evenings(which, { limit: 1, offset: 0 }));
    return { items: rows.map((row) => this.summary(row, zone)), total };
  }

  async get(id: string) {
    const evening = await this.load(id);
    const zone = await this.zone();
    const [sessions, participants, counts] = await Promise.all([
      this.em.find(EveningSession, { evening }, { orderBy: { startsAt: 'asc' } }),
      this.em.find(EveningTeacher, { evening }),
      this.reads.slotCounts(evening.id),
    ]);
    const names = await this.people.adultsByIds('teacher', participants.map((p) => p.teacherId));
    return {
      ...this.summary(evening, zone),
      sessions: sessions.map((s) => sessionView(s, zone)),
      teachers: participants.map((p) => participantView(p, names.get(p.teacherId), evening, counts.get(p.teacherId) ?? 0)),
    };
  }

  /**
   * Publishing (from a draft, by the office) also tells every parent or carer of the students
   * the evening is for, in the same transaction: when booking opens and closes, and how to sign
   * in — or, without a login yet, an invitation with the same news. Without `by` (the development
   * seed) nobody is told.
   */
  async changeStatus(id: string, to: EveningStatus, by?: Principal) {
    const zone = await this.zone();
    const evening = await this.em.transactional(async (em) => {
      const found = await em.findOne(Evening, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!found) throw BookingErrors.eveningNotFound();
      if (!NEXT_STATUS[found.status].includes(to)) throw BookingErrors.wrongStatus(found.status, to);
      const announce = by && found.status === 'draft' && to === 'published';
      found.status = to;
      await em.flush();
      if (announce) {
        const families = await this.people.familiesInYears(found.yearLabels?.length ? found.yearLabels : null);
        const school = (await this.schools.describe(found.schoolId))?.name ?? '';
        await this.invitations.tellContacts(by, families.map((f) => f.contactId), (language) => publishedNews(found, school, zone, language));
      }
      return found;
    });
    this.board.forget(id);
    return this.summary(evening, zone);
  }

  /**
   * Changes what may change once families can see the evening (not its sessions or appointment
   * length: those made the slots), in one transaction. A cap below a student's bookings is refused;
   * year groups left out lose their appointments only with cancelAffected (the parents are told);
   * parents with appointments still to come are emailed when the name or the place changes.
   */
  async updateDetails(principal: Principal, id: string, dto: EveningDetailsDto, cancelAffected: boolean) {
    await this.em.transactional(async (em) => {
      const evening = await em.findOne(Evening, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!evening) throw BookingErrors.eveningNotFound();
      if (evening.status === 'closed') throw BookingErrors.eveningClosed();
      const next = {
        name: dto.name ?? evening.name,
        location: dto.location === undefined ? evening.location : dto.location,
        opensAt: dto.opensAt ? new Date(dto.opensAt) : evening.opensAt,
        closesAt: dto.closesAt ? new Date(dto.closesAt) : evening.closesAt,
        capPerStudent: dto.capPerStudent === undefined ? evening.capPerStudent : dto.capPerStudent,
        yearLabels: dto.yearLabels === undefined ? evening.yearLabels : dto.yearLabels?.length ? dto.yearLabels : null,
        openingStages:
          dto.openingStages === undefined
            ? evening.openingStages
            : dto.openingStages?.length
              ? dto.openingStages.map((stage) => ({ yearLabels: stage.yearLabels, opensAt: new Date(stage.opensAt).toISOString() }))
              : null,
      };
      if (next.closesAt <= next.opensAt) throw BookingErrors.invalidField('closesAt', 'closesAt must be after opensAt');
      const stageProblems = next.openingStages ? openingStageProblems(next.openingStages, next) : [];
      if (stageProblems.length) throw BookingErrors.invalidFields(stageProblems);

      const active = await em.find(Appointment, { eveningId: id, status: 'active' });
      if (next.capPerStudent) {
        const perStudent = new Map<string, number>();
        for (const a of active) perStudent.set(a.studentId, (perStudent.get(a.studentId) ?? 0) + 1);
        const over = [...perStudent.values()].filter((n) => n > next.capPerStudent!).length;
        if (over) throw BookingErrors.capBelowBookings(over, next.capPerStudent);
      }
      let kept = active;
      if (next.yearLabels) {
        const invited = new Set(next.yearLabels);
        const students = await this.people.studentsByIds([...new Set(active.map((a) => a.studentId))]);
        const leftOut = active.filter((a) => !invited.has(students.get(a.studentId)?.yearLabel ?? ''));
        if (leftOut.length && !cancelAffected) throw BookingErrors.yearsHaveBookings(leftOut.length);
        for (const appointment of leftOut) await this.bookings.cancelInTransaction(em, appointment.id, principal.userId, 'The evening is no longer for this year group');
        kept = active.filter((a) => !leftOut.includes(a));
      }
      const told = next.name !== evening.name || next.location !== evening.location;
      const from = { name: evening.name, location: evening.location };
      em.assign(evening, next);
      await em.flush();
      if (told) {
        const now = this.clock.now();
        for (const appointment of kept.filter((a) => a.startsAt > now)) {
          appointment.sequence += 1;
          this.bookings.record(em, appointment, 'changed', principal.userId, { what: 'details', from });
          this.mailer.enqueue('updated', appointment);
        }
        await em.flush();
      }
    });
    this.board.forget(id);
    return this.get(id);
  }

  /** A teacher joins an evening that families may already see: their slots are made from the sessions. */
  async addTeacher(id: string, teacherId: string) {
    const zone = await this.zone();
    await this.em.transactional(async (em) => {
      const evening = await em.findOne(Evening, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!evening) throw BookingErrors.eveningNotFound();
      if (evening.status === 'closed') throw BookingErrors.eveningClosed();
      if (!(await this.people.adultsByIds('teacher', [teacherId])).has(teacherId)) throw BookingErrors.invalidField('teacherId', 'unknown teacher');
      if (await em.count(EveningTeacher, { evening, teacherId })) throw BookingErrors.teacherAlreadyInEvening();
      const participant = em.create(EveningTeacher, { schoolId: evening.schoolId, evening, teacherId });
      const sessions: Interval[] = await em.find(EveningSession, { evening }, { orderBy: { startsAt: 'asc' } });
      for (const slot of generateSlots(sessions, evening.slotMinutes, participant, zone)) {
        em.persist(em.create(Slot, { schoolId: evening.schoolId, evening, teacherId, ...slot }));
      }
      await em.flush();
    });
    this.board.forget(id);
    return this.get(id);
  }

  /**
   * A teacher leaves the evening with their slots and waiting list; their appointments go only with
   * cancelAffected, each parent told.
   */
  async removeTeacher(principal: Principal, id: string, teacherId: string, cancelAffected: boolean) {
    await this.em.transactional(async (em) => {
      const evening = await em.findOne(Evening, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!evening) throw BookingErrors.eveningNotFound();
      if (evening.status === 'closed') throw BookingErrors.eveningClosed();
      const participant = await em.findOne(EveningTeacher, { evening, teacherId });
      if (!participant) throw BookingErrors.teacherNotInEvening();
      const appointments = await em.find(Appointment, { eveningId: id, teacherId, status: 'active' });
      if (appointments.length && !cancelAffected) throw BookingErrors.teacherHasAppointments(appointments.length);
      for (const appointment of appointments) {
        await this.bookings.cancelInTransaction(em, appointment.id, principal.userId, 'The teacher no longer takes part in this evening', {}, { offerFreedSlot: false });
      }
      await this.waitingList.forgetTeacherInEvening(id, teacherId);
      await em.nativeDelete(Slot, { evening: id, teacherId });
      em.remove(participant);
      await em.flush();
    });
    this.board.forget(id);
    return this.get(id);
  }

  /** Deletes a draft with its sessions, teachers and slots, in one transaction; a published or closed evening stays (close it). */
  async deleteDraft(id: string): Promise<void> {
    await this.em.transactional(async (em) => {
      const evening = await em.findOne(Evening, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!evening) throw BookingErrors.eveningNotFound();
      if (evening.status !== 'draft') throw BookingErrors.onlyDraftsDeleted();
      const appointments = await em.count(Appointment, { eveningId: id });
      if (appointments) throw BookingErrors.draftHasAppointments(appointments);
      await em.nativeDelete(Slot, { evening: id });
      await em.nativeDelete(EveningTeacher, { evening: id });
      await em.nativeDelete(EveningSession, { evening: id });
      await em.nativeDelete(Evening, { id });
    });
    this.board.forget(id);
  }

  /**
   * Sets a teacher's availability and regenerates their slots. Slots that stay keep their
   * bookings; a booked slot that would go is refused unless cancelAffected, which cancels those
   * appointments and tells the parents.
   */
  async setAvailability(principal: Principal, eveningId: string, teacherId: string, dto: AvailabilityDto, cancelAffected: boolean) {
    const zone = await this.zone();
    await this.em.transactional(async (em) => {
      const evening = await this.load(eveningId);
      const participant = await em.findOne(EveningTeacher, { evening, teacherId });
      if (!participant) throw BookingErrors.teacherNotInEvening();
      const wasOnline = meetsOnline(evening.online, participant.online);
      const online = meetsOnline(evening.online, dto.online ?? null);
      const template = online && !wasOnline ? await this.requireVideoTemplate('online') : null;
      em.assign(participant, {
        arriveAt: dto.arriveAt ?? null,
        leaveAt: dto.leaveAt ?? null,
        breakEverySlots: dto.breakEverySlots ?? null,
        breakMinutes: dto.breakMinutes ?? null,
        breaks: dto.breaks?.length ? dto.breaks.map((b) => ({ start: b.start, end: b.end })) : null,
        location: dto.location ?? null,
        online: dto.online ?? null,
      });
      const sessions: Interval[] = await em.find(EveningSession, { evening }, { orderBy: { startsAt: 'asc' } });
      const wanted = generateSlots(sessions, evening.slotMinutes, participant, zone);
      const key = (s: Interval) => `${s.startsAt.getTime()}-${s.endsAt.getTime()}`;
      const wantedKeys = new Set(wanted.map(key));
      const existing = await em.find(Slot, { evening, teacherId });
      const existingKeys = new Set(existing.map(key));
      const dropped = existing.filter((s) => !wantedKeys.has(key(s)));
      const affected = dropped.length
        ? await em.find(Appointment, { slotId: { $in: dropped.map((s) => s.id) }, status: 'active' })
        : [];
      if (affected.length && !cancelAffected) throw BookingErrors.availabilityConflict(affected.length);
      for (const appointment of affected) {
        await this.bookings.cancelInTransaction(em, appointment.id, principal.userId, 'The teacher’s availability for this evening changed', {}, { offerFreedSlot: false });
      }
      if (dropped.length) await em.nativeDelete(Slot, { id: { $in: dropped.map((s) => s.id) } });
      for (const slot of wanted.filter((s) => !existingKeys.has(key(s)))) {
        em.persist(em.create(Slot, { schoolId: evening.schoolId, evening, teacherId, ...slot }));
      }
      if (online !== wasOnline) await this.switchMeetings(em, eveningId, teacherId, online ? template : null, principal.userId);
      await em.flush();
    });
    this.board.forget(eveningId);
    return this.get(eveningId);
  }

  /**
   * A teacher's booked meetings go online (each its own room) or back to their room; every parent
   * is told with the appointment's new details and calendar file.
   */
  private async switchMeetings(em: EntityManager, eveningId: string, teacherId: string, template: string | null, actorUserId: string): Promise<void> {
    const appointments = await em.find(Appointment, { eveningId, teacherId, status: 'active' });
    for (const appointment of appointments) {
      const from = appointment.meetingLink ? 'video' : 'in person';
      appointment.meetingLink = linkForNewAppointment(template !== null, template);
      appointment.sequence += 1;
      this.bookings.record(em, appointment, 'changed', actorUserId, { from, to: appointment.meetingLink ? 'video' : 'in person' });
      this.mailer.enqueue('changed', appointment);
    }
  }

  /** The school's video link template; refused (naming the field) when the school has none. */
  private async requireVideoTemplate(field: string): Promise<string> {
    const { videoLinkTemplate } = await this.settings.get();
    if (!videoLinkTemplate) throw BookingErrors.videoTemplateMissing(field);
    return videoLinkTemplate;
  }

  /** Admins block any slot; teachers only their own. */
  async setBlocked(principal: Principal, eveningId: string, slotId: string, blocked: boolean) {
    const slot = await this.em.findOne(Slot, { id: slotId, evening: eveningId });
    if (!slot || (principal.role === 'teacher' && slot.teacherId !== principal.personId)) throw BookingErrors.slotNotFound();
    slot.blocked = blocked;
    await this.em.flush();
    this.board.forget(eveningId);
    return { id: slot.id, blocked: slot.blocked };
  }

  /** One page of the slots of one teacher (or all), with whether each is booked. */
  async slots(eveningId: string, teacherId: string | undefined, page: PageQuery) {
    const zone = await this.zone();
    const rows = await this.reads.slots(eveningId, teacherId, page);
    // A slot of the evening proves it is the school's; only an empty page costs the check.
    if (rows.length === 0) await this.assertExists(eveningId);
    const total = await totalOfPage(rows, page.offset, () => this.reads.slots(eveningId, teacherId, { limit: 1, offset: 0 }));
    const items = rows.map((s) => ({
      id: s.id,
      teacherId: s.teacherId,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      localStart: instantToLocal(s.startsAt, zone).iso,
      blocked: s.blocked,
      appointmentId: s.appointmentId,
    }));
    return { items, total };
  }

  /**
   * A parent's view of a published evening: for each of their students it is for, the
   * participating teachers linked to that student with their free slots, and the student's
   * appointments (whichever of the student's contacts booked them).
   */
  async forParent(principal: Principal, eveningId: string) {
    if (!principal.personId) throw BookingErrors.eveningNotFound();
    const zone = await this.zone();
    // Read side by side: in a rush each round trip waits for a pooled connection.
    const [board, wholeFamily] = await Promise.all([this.board.of(eveningId, zone), this.people.family(principal.personId)]);
    if (!board) throw BookingErrors.eveningNotFound();
    const { evening, teachers: eveningTeachers } = board;
    const yearLabels = evening.yearLabels?.length ? new Set(evening.yearLabels) : null;
    const family = wholeFamily.filter((member) => !yearLabels || yearLabels.has(member.student.yearLabel ?? ''));
    const appointmentRows = await this.reads.appointmentsOfStudents(eveningId, family.map((member) => member.student.id));
    // The board may be up to a second old; the family's own bookings, read now, are never offered.
    const ownSlots = new Set(appointmentRows.map((a) => a.slotId));
    const bookable = (teacherId: string) => {
      const teacher = eveningTeachers.get(teacherId)!;
      return { location: teacher.location ?? evening.location, online: meetsOnline(evening.online, teacher.online), freeSlots: ownSlots.size ? teacher.freeSlots.filter((slot) => !ownSlots.has(slot.id)) : teacher.freeSlots };
    };
    return {
      ...this.summary(evening, zone),
      jointMeetings: evening.jointMeetings,
      students: family.map(({ student, teachers }) => ({
        student,
        bookingOpensAt: opensAtFor(evening, student.yearLabel).toISOString(),
        teachers: teachers
          .filter((teacher) => eveningTeachers.has(teacher.id))
          .map((teacher) => ({ teacherId: teacher.id, name: teacher.name, ...bookable(teacher.id) })),
        // A joint meeting is listed under each of the children it is about.
        appointments: appointmentRows
          .filter((a) => a.studentId === student.id || a.jointStudentIds?.includes(student.id))
          .map((a) => ({ ...toAppointmentView(a, zone), cancellableUntil: parentCancellableUntil(evening, evening, a).toISOString() })),
      })),
    };
  }

  /** The evenings the calling teacher takes part in, with their own slot counts. */
  async listForTeacher(principal: Principal, page: PageQuery) {
    const teacherId = ownTeacherId(principal);
    const [zone, rows] = await Promise.all([this.zone(), this.reads.teacherEvenings(teacherId, page)]);
    const total = await totalOfPage(rows, page.offset, () => this.reads.teacherEvenings(teacherId, { limit: 1, offset: 0 }));
    return { items: rows.map((row) => this.teacherSummary(row, zone)), total };
  }

  /** One evening as the calling teacher sees it: its sessions, their own hours, and whether they may change them. */
  async forTeacher(principal: Principal, eveningId: string) {
    const teacherId = ownTeacherId(principal);
    const row = await this.reads.teacherEvening(teacherId, eveningId);
    if (!row) throw BookingErrors.eveningNotFound();
    // Only what this page shows: the evening's sessions and the teacher's own participation.
    const [sessions, participant, names, settings, zone] = await Promise.all([
      this.em.find(EveningSession, { evening: eveningId }, { orderBy: { startsAt: 'asc' } }),
      this.em.findOneOrFail(EveningTeacher, { evening: eveningId, teacherId }),
      this.people.adultsByIds('teacher', [teacherId]),
      this.settings.get(),
      this.zone(),
    ]);
    return {
      ...this.teacherSummary(row, zone),
      sessions: sessions.map((s) => sessionView(s, zone)),
      availability: participantView(participant, names.get(teacherId), row, row.slots),
      mayEditAvailability: settings.teachersSetAvailability,
    };
  }

  /** A teacher sets their own hours and breaks, when the school lets teachers do so. */
  async setOwnAvailability(principal: Principal, eveningId: string, dto: AvailabilityDto, cancelAffected: boolean) {
    const teacherId = ownTeacherId(principal);
    if (!(await this.reads.teacherEvening(teacherId, eveningId))) throw BookingErrors.eveningNotFound();
    if (!(await this.settings.get()).teachersSetAvailability) throw BookingErrors.availabilitySetByOffice();
    await this.setAvailability(principal, eveningId, teacherId, dto, cancelAffected);
    return this.forTeacher(principal, eveningId);
  }

  private teacherSummary({ slots, booked, blocked, total: _total, ...evening }: TeacherEveningRow, zone: string) {
    return { ...this.summary(evening, zone), slots, booked, blocked };
  }

  /** The family's appointments that have not ended, across evenings, for the parent's home page. */
  async upcomingForParent(principal: Principal) {
    if (!principal.personId) return [];
    const zone = await this.zone();
    const family = await this.people.family(principal.personId);
    const rows = await this.reads.upcomingOfStudents(family.map((member) => member.student.id), this.clock.now());
    const teacherName = new Map(family.flatMap((member) => member.teachers.map((teacher) => [teacher.id, teacher.name] as const)));
    const studentOf = new Map(family.map((member) => [member.student.id, member.student]));
    return rows.map((row) => ({
      ...toAppointmentView(row, zone),
      eveningName: row.eveningName,
      timezone: zone,
      teacherName: teacherName.get(row.teacherId) ?? null,
      studentFirstName: studentOf.get(row.studentId)?.firstName ?? null,
      cancellableUntil: parentCancellableUntil(row, row, row).toISOString(),
    }));
  }

  /** Every slot of the evening, teacher by teacher, with who booked it: the office's live grid. */
  async grid(eveningId: string) {
    const evening = await this.load(eveningId);
    const zone = await this.zone();
    const [rows, participants, families] = await Promise.all([
      this.reads.grid(eveningId),
      this.em.find(EveningTeacher, { evening }, { fields: ['teacherId'] }),
      this.people.familiesInYears(evening.yearLabels),
    ]);
    const teacherIds = participants.map((p) => p.teacherId);
    const studentIds = [...new Set(rows.flatMap((r) => (r.studentId ? [r.studentId] : [])))];
    const [teachers, students] = await Promise.all([this.people.adultsByIds('teacher', teacherIds), this.people.studentsByIds(studentIds)]);
    const counts = { booked: 0, free: 0, blocked: 0, familiesNotBooked: familiesNotBooked(families, new Set(studentIds)) };
    const slots = rows.map(({ blocked, ...r }) => {
      const state = r.appointmentId ? 'booked' : blocked ? 'blocked' : 'free';
      counts[state] += 1;
      const student = r.studentId ? students.get(r.studentId) : undefined;
      return {
        ...r,
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
        localStart: instantToLocal(r.startsAt, zone).iso,
        state,
        studentName: student ? `${student.firstName} ${student.lastName}` : null,
      };
    });
    return {
      eveningId,
      timezone: zone,
      teachers: teacherIds
        .map((teacherId) => {
          const teacher = teachers.get(teacherId);
          return { teacherId, name: teacher ? fullName(teacher) : null };
        })
        .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')),
      slots,
      counts,
    };
  }

  /** A teacher's active appointments with where they take place (their video meeting when online), for a calendar feed. */
  async appointmentsForFeed(eveningId: string, teacherId: string) {
    const evening = await this.load(eveningId);
    const participant = await this.em.findOne(EveningTeacher, { evening, teacherId });
    const appointments = await this.em.find(Appointment, { eveningId, teacherId, status: 'active' }, { orderBy: { startsAt: 'asc' } });
    return appointments.map((a) => ({
      id: a.id,
      sequence: a.sequence,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      location: a.meetingLink ?? participant?.location ?? evening.location,
      url: a.meetingLink,
    }));
  }

  /** 404 unless the evening is the school's; for reads that need nothing of it. */
  async assertExists(id: string): Promise<void> {
    if (!(await this.reads.eveningExists(id))) throw BookingErrors.eveningNotFound();
  }

  async load(id: string): Promise<Evening> {
    const evening = await this.em.findOne(Evening, { id });
    if (!evening) throw BookingErrors.eveningNotFound();
    return evening;
  }

  private summary(e: Omit<EveningRow, 'parentCancelCutoffHours'>, zone: string) {
    return {
      id: e.id,
      name: e.name,
      status: e.status,
      timezone: zone,
      slotMinutes: e.slotMinutes,
      gapMinutes: e.gapMinutes,
      opensAt: e.opensAt.toISOString(),
      closesAt: e.closesAt.toISOString(),
      location: e.location,
      online: e.online,
      yearLabels: e.yearLabels,
      openingStages: e.openingStages,
      capPerStudent: e.capPerStudent,
    };
  }
}

/** The news of a published evening, in the reader's language and the school's time. */
export function publishedNews(
  evening: { name: string; opensAt: Date; closesAt: Date; openingStages: { yearLabels: string[]; opensAt: string }[] | null },
  school: string,
  zone: string,
  language: MailLanguage,
): { subject: string; text: string } {
  const t = mailWords(language);
  const when = (at: Date) => mailMoment(at, language, zone);
  const zoneWords = zoneName(zone, language, evening.opensAt);
  const stages = evening.openingStages ?? [];
  if (stages.length === 0) {
    return {
      subject: t('publish.subject', { school, evening: evening.name, when: when(evening.opensAt) }),
      text: t('publish.text', { school, evening: evening.name, opens: when(evening.opensAt), closes: when(evening.closesAt), zone: zoneWords }),
    };
  }
  const byTime = [...stages].sort((a, b) => a.opensAt.localeCompare(b.opensAt));
  return {
    subject: t('publish.subjectStaged', { school, evening: evening.name, when: when(earliestOpening({ opensAt: evening.opensAt, openingStages: stages })) }),
    text: [
      t('publish.stagedIntro', { school, evening: evening.name, zone: zoneWords }),
      ...byTime.map((stage) => `  ${t('publish.stage', { years: stage.yearLabels.join(', '), when: when(new Date(stage.opensAt)) })}`),
      `  ${t('publish.everyone', { when: when(evening.opensAt) })}`,
      t('publish.until', { closes: when(evening.closesAt) }),
    ].join('\n'),
  };
}
