import { Injectable } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, RequestContext, type PageQuery, type Principal } from '@ptc/platform';
import { PeopleService } from '@ptc/directory';
import { SchoolsService } from '@ptc/tenancy';
import { parentCancellableUntil } from '../settings/cancellation-rule.js';
import { BookingErrors } from '../bookings.errors.js';
import type { AvailabilityDto, CreateEveningDto } from '../dto/evening.dto.js';
import { instantToLocal, localToInstant } from '../slots/local-time.js';
import { generateSlots, type Interval } from '../slots/slot-generation.js';
import { Appointment } from '../appointments/appointment.entities.js';
import { BookingService } from '../appointments/booking.service.js';
import { Evening, EveningSession, EveningTeacher, Slot, type EveningStatus } from './evening.entities.js';
import { EveningReads, type AppointmentRow, type EveningRow } from './evening-reads.js';

const NEXT_STATUS: Record<EveningStatus, EveningStatus[]> = { draft: ['published'], published: ['closed'], closed: [] };

/** Parents' evenings as the school sets them up: sessions, teachers, availability, slots. */
@Injectable()
export class EveningsService {
  constructor(
    private readonly em: EntityManager,
    private readonly people: PeopleService,
    private readonly schools: SchoolsService,
    private readonly bookings: BookingService,
    private readonly clock: Clock,
    private readonly reads: EveningReads,
  ) {}

  /** The school's timezone: from the caller's token when it carries it, saving a query per page. */
  private async zone(): Promise<string> {
    const schoolId = RequestContext.schoolId()!;
    const principal = RequestContext.principal();
    if (principal?.schoolId === schoolId && principal.schoolTimezone) return principal.schoolTimezone;
    return (await this.schools.describe(schoolId))!.timezone;
  }

  async create(dto: CreateEveningDto) {
    const zone = await this.zone();
    const sessions = dto.sessions.map((s, i) => {
      const startsAt = localToInstant(s.date, s.start, zone);
      const endsAt = localToInstant(s.date, s.end, zone);
      if (!startsAt || !endsAt) throw BookingErrors.invalidTime(`sessions.${i}`, `this local time does not exist in ${zone} (a clock change)`);
      if (endsAt <= startsAt) throw BookingErrors.invalidTime(`sessions.${i}`, 'end must be after start');
      return { startsAt, endsAt };
    });
    const opensAt = new Date(dto.opensAt);
    const closesAt = new Date(dto.closesAt);
    if (closesAt <= opensAt) throw BookingErrors.invalidTime('closesAt', 'closesAt must be after opensAt');

    let teacherIds = dto.teacherIds;
    if (teacherIds?.length) {
      const known = await this.people.adultsByIds('teacher', teacherIds);
      const unknown = teacherIds.filter((id) => !known.has(id));
      if (unknown.length) throw BookingErrors.invalidTime('teacherIds', `unknown teacher(s): ${unknown.join(', ')}`);
    } else {
      teacherIds = await this.people.teacherIdsLinkedTo(await this.people.studentIdsInYears(dto.yearLabels ?? null));
    }

    const id = await this.em.transactional(async (em) => {
      const evening = em.create(Evening, {
        schoolId: RequestContext.schoolId()!,
        name: dto.name,
        slotMinutes: dto.slotMinutes,
        gapMinutes: dto.gapMinutes ?? 0,
        opensAt,
        closesAt,
        location: dto.location ?? null,
        yearLabels: dto.yearLabels?.length ? dto.yearLabels : null,
        capPerStudent: dto.capPerStudent ?? null,
        createdAt: this.clock.now(),
      });
      for (const s of sessions) em.persist(em.create(EveningSession, { schoolId: evening.schoolId, evening, ...s }));
      for (const teacherId of teacherIds!) {
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

  /** The school's evenings, latest opening first. */
  list(page: PageQuery) {
    return this.page({}, { opensAt: 'desc' }, page);
  }

  /** Evenings a parent may book: published ones, soonest first. */
  listPublished(page: PageQuery) {
    return this.page({ status: 'published' }, { opensAt: 'asc' }, page);
  }

  private async page(where: FilterQuery<Evening>, order: { opensAt: 'asc' | 'desc' }, page: PageQuery) {
    const [evenings, total] = await this.em.findAndCount(Evening, where, { orderBy: { ...order, id: 'asc' }, limit: page.limit, offset: page.offset });
    const zone = await this.zone();
    return { items: evenings.map((e) => this.summary(e, zone)), total };
  }

  async get(id: string) {
    const evening = await this.load(id);
    const zone = await this.zone();
    const [sessions, participants, slotCounts] = await Promise.all([
      this.em.find(EveningSession, { evening }, { orderBy: { startsAt: 'asc' } }),
      this.em.find(EveningTeacher, { evening }),
      this.em.getConnection().execute<{ teacher_id: string; n: string }[]>(
        'select teacher_id, count(*) as n from slot where evening_id = ? and school_id = ? group by teacher_id',
        [evening.id, evening.schoolId],
      ),
    ]);
    const names = await this.people.adultsByIds('teacher', participants.map((p) => p.teacherId));
    const counts = new Map(slotCounts.map((r) => [r.teacher_id, Number(r.n)]));
    return {
      ...this.summary(evening, zone),
      sessions: sessions.map((s) => ({
        date: instantToLocal(s.startsAt, zone).date,
        start: instantToLocal(s.startsAt, zone).time,
        end: instantToLocal(s.endsAt, zone).time,
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
      })),
      teachers: participants.map((p) => ({
        teacherId: p.teacherId,
        name: names.get(p.teacherId) ? [names.get(p.teacherId)!.title, names.get(p.teacherId)!.firstName, names.get(p.teacherId)!.lastName].filter(Boolean).join(' ') : null,
        location: p.location ?? evening.location,
        arriveAt: p.arriveAt,
        leaveAt: p.leaveAt,
        breakEverySlots: p.breakEverySlots,
        breakMinutes: p.breakMinutes,
        breaks: p.breaks,
        slots: counts.get(p.teacherId) ?? 0,
      })),
    };
  }

  async changeStatus(id: string, to: EveningStatus) {
    const evening = await this.load(id);
    if (!NEXT_STATUS[evening.status].includes(to)) throw BookingErrors.wrongStatus(evening.status, to);
    evening.status = to;
    await this.em.flush();
    return this.summary(evening, await this.zone());
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
      em.assign(participant, {
        arriveAt: dto.arriveAt ?? null,
        leaveAt: dto.leaveAt ?? null,
        breakEverySlots: dto.breakEverySlots ?? null,
        breakMinutes: dto.breakMinutes ?? null,
        breaks: dto.breaks?.length ? dto.breaks.map((b) => ({ start: b.start, end: b.end })) : null,
        location: dto.location ?? null,
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
        await this.bookings.cancelInTransaction(em, appointment, principal.userId, 'The teacher’s availability for this evening changed');
      }
      if (dropped.length) await em.nativeDelete(Slot, { id: { $in: dropped.map((s) => s.id) } });
      for (const slot of wanted.filter((s) => !existingKeys.has(key(s)))) {
        em.persist(em.create(Slot, { schoolId: evening.schoolId, evening, teacherId, ...slot }));
      }
      await em.flush();
    });
    return this.get(eveningId);
  }

  /** Admins block any slot; teachers only their own. */
  async setBlocked(principal: Principal, eveningId: string, slotId: string, blocked: boolean) {
    const slot = await this.em.findOne(Slot, { id: slotId, evening: eveningId });
    if (!slot || (principal.role === 'teacher' && slot.teacherId !== principal.personId)) throw BookingErrors.slotNotFound();
    slot.blocked = blocked;
    await this.em.flush();
    return { id: slot.id, blocked: slot.blocked };
  }

  /** One page of the slots of one teacher (or all), with whether each is booked. */
  async slots(eveningId: string, teacherId: string | undefined, page: PageQuery) {
    const evening = await this.load(eveningId);
    const zone = await this.zone();
    const [slots, total] = await this.em.findAndCount(Slot, teacherId ? { evening, teacherId } : { evening }, {
      orderBy: { teacherId: 'asc', startsAt: 'asc' },
      limit: page.limit,
      offset: page.offset,
    });
    const booked = new Map(
      (await this.em.find(Appointment, { eveningId: evening.id, slotId: { $in: slots.map((s) => s.id) }, status: 'active' }, { fields: ['id', 'slotId'] })).map((a) => [a.slotId, a.id]),
    );
    const items = slots.map((s) => ({
      id: s.id,
      teacherId: s.teacherId,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      localStart: instantToLocal(s.startsAt, zone).iso,
      blocked: s.blocked,
      appointmentId: booked.get(s.id) ?? null,
    }));
    return { items, total };
  }

  /**
   * A parent's view of a published evening: for each of their students it is for, the
   * participating teachers linked to that student with their free slots, and the student's
   * appointments (whichever of the student's contacts booked them).
   */
  async forParent(principal: Principal, eveningId: string) {
    const evening = await this.reads.parentEvening(eveningId);
    if (!evening || !principal.personId) throw BookingErrors.eveningNotFound();
    const zone = principal.schoolTimezone ?? (await this.zone());
    const yearLabels = evening.year_labels?.length ? new Set(evening.year_labels) : null;
    const family = (await this.people.family(principal.personId)).filter((member) => !yearLabels || yearLabels.has(member.student.yearLabel ?? ''));
    const teacherIds = [...new Set(family.flatMap((member) => member.teachers.map((teacher) => teacher.id)))];
    const [slotRows, appointmentRows] = await Promise.all([
      this.reads.freeSlots(eveningId, teacherIds),
      this.reads.appointmentsOfStudents(eveningId, family.map((member) => member.student.id)),
    ]);
    // Each teacher's free slots are shaped once, then shared by every child they teach.
    const bookable = new Map<string, { location: string | null; freeSlots: { id: string; startsAt: string; endsAt: string; localStart: string }[] }>();
    for (const row of slotRows) {
      const entry = bookable.get(row.teacher_id) ?? { location: row.location ?? evening.location, freeSlots: [] };
      if (row.slot_id) entry.freeSlots.push({ id: row.slot_id, startsAt: row.starts_at!.toISOString(), endsAt: row.ends_at!.toISOString(), localStart: instantToLocal(row.starts_at!, zone).iso });
      bookable.set(row.teacher_id, entry);
    }
    const policy = { parentCancelCutoffHours: evening.parent_cancel_cutoff_hours };
    const closesAt = evening.closes_at;
    return {
      ...this.summaryOfRow(evening, zone),
      students: family.map(({ student, teachers }) => ({
        student,
        teachers: teachers
          .filter((teacher) => bookable.has(teacher.id))
          .map((teacher) => ({ teacherId: teacher.id, name: teacher.name, ...bookable.get(teacher.id)! })),
        appointments: appointmentRows
          .filter((a) => a.student_id === student.id)
          .map((a) => ({ ...appointmentView(a, zone), cancellableUntil: parentCancellableUntil(policy, { closesAt }, { startsAt: a.starts_at }).toISOString() })),
      })),
    };
  }

  /** The family's appointments that have not ended, across evenings, for the parent's home page. */
  async upcomingForParent(principal: Principal) {
    if (!principal.personId) return [];
    const zone = principal.schoolTimezone ?? (await this.zone());
    const family = await this.people.family(principal.personId);
    const rows = await this.reads.upcomingOfStudents(family.map((member) => member.student.id), this.clock.now());
    const teacherName = new Map(family.flatMap((member) => member.teachers.map((teacher) => [teacher.id, teacher.name] as const)));
    const studentOf = new Map(family.map((member) => [member.student.id, member.student]));
    return rows.map((row) => ({
      ...appointmentView(row, zone),
      eveningName: row.evening_name,
      timezone: zone,
      teacherName: teacherName.get(row.teacher_id) ?? null,
      studentFirstName: studentOf.get(row.student_id)?.firstName ?? null,
      cancellableUntil: parentCancellableUntil({ parentCancelCutoffHours: row.parent_cancel_cutoff_hours }, { closesAt: row.closes_at }, { startsAt: row.starts_at }).toISOString(),
    }));
  }

  /** Every slot of the evening, teacher by teacher, with who booked it: the office's live grid. */
  async grid(eveningId: string) {
    const evening = await this.load(eveningId);
    const zone = await this.zone();
    const [rows, participants] = await Promise.all([this.reads.grid(eveningId), this.em.find(EveningTeacher, { evening }, { fields: ['teacherId'] })]);
    const teacherIds = participants.map((p) => p.teacherId);
    const studentIds = [...new Set(rows.flatMap((r) => (r.student_id ? [r.student_id] : [])))];
    const [teachers, students] = await Promise.all([this.people.adultsByIds('teacher', teacherIds), this.people.studentsByIds(studentIds)]);
    const counts = { booked: 0, free: 0, blocked: 0 };
    const slots = rows.map((r) => {
      const state = r.appointment_id ? 'booked' : r.blocked ? 'blocked' : 'free';
      counts[state] += 1;
      const student = r.student_id ? students.get(r.student_id) : undefined;
      return {
        id: r.id,
        teacherId: r.teacher_id,
        startsAt: r.starts_at.toISOString(),
        endsAt: r.ends_at.toISOString(),
        localStart: instantToLocal(r.starts_at, zone).iso,
        state,
        appointmentId: r.appointment_id,
        studentId: r.student_id,
        studentName: student ? `${student.firstName} ${student.lastName}` : null,
        contactId: r.contact_id,
      };
    });
    return {
      eveningId,
      timezone: zone,
      teachers: teacherIds
        .map((teacherId) => {
          const teacher = teachers.get(teacherId);
          return { teacherId, name: teacher ? [teacher.title, teacher.firstName, teacher.lastName].filter(Boolean).join(' ') : null };
        })
        .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')),
      slots,
      counts,
    };
  }

  /** A teacher's active appointments with where they take place, for a calendar feed. */
  async appointmentsForFeed(eveningId: string, teacherId: string) {
    const evening = await this.load(eveningId);
    const participant = await this.em.findOne(EveningTeacher, { evening, teacherId });
    const appointments = await this.em.find(Appointment, { eveningId, teacherId, status: 'active' }, { orderBy: { startsAt: 'asc' } });
    return appointments.map((a) => ({ id: a.id, sequence: a.sequence, startsAt: a.startsAt, endsAt: a.endsAt, location: participant?.location ?? evening.location }));
  }

  async load(id: string): Promise<Evening> {
    const evening = await this.em.findOne(Evening, { id });
    if (!evening) throw BookingErrors.eveningNotFound();
    return evening;
  }

  private summaryOfRow(e: EveningRow, zone: string) {
    return {
      id: e.id,
      name: e.name,
      status: e.status,
      timezone: zone,
      slotMinutes: e.slot_minutes,
      gapMinutes: e.gap_minutes,
      opensAt: e.opens_at.toISOString(),
      closesAt: e.closes_at.toISOString(),
      location: e.location,
      yearLabels: e.year_labels,
      capPerStudent: e.cap_per_student,
    };
  }

  private summary(e: Evening, zone: string) {
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
      yearLabels: e.yearLabels,
      capPerStudent: e.capPerStudent,
    };
  }
}

/** An appointment row as the API shows it. */
export function appointmentView(a: AppointmentRow, zone: string) {
  return {
    id: a.id,
    eventId: a.evening_id,
    slotId: a.slot_id,
    teacherId: a.teacher_id,
    studentId: a.student_id,
    contactId: a.contact_id,
    startsAt: a.starts_at.toISOString(),
    endsAt: a.ends_at.toISOString(),
    localStart: instantToLocal(a.starts_at, zone).iso,
    status: a.status,
    sequence: a.sequence,
    cancelReason: a.cancel_reason,
  };
}
