import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, Conflict, DomainError, Invalid, NotFound, RequestContext, type Principal } from '@ptc/platform';
import { BookingService } from '../appointments/booking.service.js';
import { BookingErrors } from '../bookings.errors.js';
import { EveningBoard } from '../evenings/evening-board.js';
import { EveningsService } from '../evenings/evenings.service.js';
import { MAX_TEACHERS_PER_PROPOSAL, type ScheduleProposalView, type ScheduleRequestDto } from './schedule-proposal.dto.js';
import { ScheduleProposal } from './schedule-proposal.entity.js';
import { proposeSchedule, type TimeSlot } from './schedule-search.js';

/** A proposal can be booked for this long; then the parent asks again (the sweep forgets it after a day). */
const PROPOSAL_MINUTES = 60;

const ScheduleErrors = {
  noFit: (teachersWithoutTime: string[]) =>
    Conflict(
      'SCHEDULE.NO_FIT',
      teachersWithoutTime.length ? 'Some of these teachers have no free time that fits' : 'No set of free times fits every teacher asked for without overlapping',
      { teachersWithoutTime },
    ),
  tooManyTeachers: () => Invalid('VALIDATION.FAILED', 'The request is not valid', [{ field: 'meetings', problems: [`at most ${MAX_TEACHERS_PER_PROPOSAL} different teachers`] }]),
  repeated: () => Invalid('VALIDATION.FAILED', 'The request is not valid', [{ field: 'meetings', problems: ['each child and teacher at most once'] }]),
  badWindow: () => Invalid('VALIDATION.FAILED', 'The request is not valid', [{ field: 'latest', problems: ['latest must be after earliest'] }]),
  notFound: () => NotFound('SCHEDULE.PROPOSAL_NOT_FOUND', 'No such proposal: it may have expired or been booked; ask for a new one'),
  takenMeanwhile: (proposal: ScheduleProposalView | null) =>
    Conflict('SCHEDULE.TAKEN_MEANWHILE', 'A time in this proposal was taken meanwhile: nothing was booked. Here is a new proposal.', { proposal }),
};

/**
 * The automatic schedule (issue 17): proposes the most compact set of free slots for the meetings
 * a parent wants (schedule-search.ts), keeps it so it can be booked as shown, and books all of it
 * or nothing.
 */
@Injectable()
export class ScheduleProposalsService {
  constructor(
    private readonly em: EntityManager,
    private readonly evenings: EveningsService,
    private readonly bookings: BookingService,
    private readonly board: EveningBoard,
    private readonly clock: Clock,
  ) {}

  async propose(principal: Principal, eveningId: string, dto: ScheduleRequestDto): Promise<ScheduleProposalView> {
    const earliest = dto.earliest ? new Date(dto.earliest) : null;
    const latest = dto.latest ? new Date(dto.latest) : null;
    if (earliest && latest && latest <= earliest) throw ScheduleErrors.badWindow();
    return this.proposeFor(principal, eveningId, dto.meetings, earliest, latest);
  }

  private async proposeFor(principal: Principal, eveningId: string, meetings: { studentId: string; teacherId: string }[], earliest: Date | null, latest: Date | null): Promise<ScheduleProposalView> {
    if (new Set(meetings.map((m) => `${m.studentId}:${m.teacherId}`)).size !== meetings.length) throw ScheduleErrors.repeated();
    const teacherIds = [...new Set(meetings.map((m) => m.teacherId))];
    if (teacherIds.length > MAX_TEACHERS_PER_PROPOSAL) throw ScheduleErrors.tooManyTeachers();

    const evening = await this.evenings.forParent(principal, eveningId);
    const now = this.clock.now();
    if (now >= new Date(evening.closesAt)) throw BookingErrors.windowClosed();
    const children = new Map(evening.students.map((s) => [s.student.id, s]));
    // Each child's own opening (staged opening by year group); before everyone's, only theirs counts.
    for (const meeting of meetings) {
      const opens = children.get(meeting.studentId)?.bookingOpensAt;
      if (opens && now < new Date(opens)) throw BookingErrors.notOpenForStudent(new Date(opens));
    }
    const teachers = new Map<string, { name: string; location: string | null; freeSlots: TimeSlot[] }>();
    for (const meeting of meetings) {
      const child = children.get(meeting.studentId);
      if (!child) throw BookingErrors.notLinkedToStudent();
      const teacher = child.teachers.find((t) => t.teacherId === meeting.teacherId);
      if (!teacher) throw BookingErrors.teacherNotLinked();
      if (child.appointments.some((a) => a.teacherId === meeting.teacherId && a.status === 'active')) throw BookingErrors.alreadyWithTeacher();
      teachers.set(teacher.teacherId, {
        name: teacher.name,
        location: teacher.location,
        freeSlots: teacher.freeSlots.map((s) => ({ id: s.id, start: Date.parse(s.startsAt), end: Date.parse(s.endsAt) })),
      });
    }
    const busy = evening.students.flatMap((s) => s.appointments.filter((a) => a.status === 'active').map((a) => ({ start: Date.parse(a.startsAt), end: Date.parse(a.endsAt) })));
    const wanted = teacherIds.map((teacherId) => ({ teacherId, studentIds: meetings.filter((m) => m.teacherId === teacherId).map((m) => m.studentId) }));
    const result = proposeSchedule({
      meetings: wanted,
      freeSlots: new Map([...teachers].map(([id, t]) => [id, t.freeSlots])),
      busy,
      gapMs: evening.gapMinutes * 60_000,
      earliest: earliest?.getTime(),
      latest: latest?.getTime(),
    });
    if (!result.found) throw ScheduleErrors.noFit(result.teachersWithoutTime);

    const localStarts = new Map(evening.students.flatMap((s) => s.teachers.flatMap((t) => t.freeSlots.map((slot) => [slot.id, slot.localStart] as const))));
    const slots = result.meetings.flatMap((m) => m.studentIds.map((studentId, i) => ({ studentId, teacherId: m.teacherId, slot: m.slots[i] })));
    const proposal = this.em.create(ScheduleProposal, {
      schoolId: RequestContext.schoolId()!,
      eveningId,
      userId: principal.userId,
      contactId: principal.personId!,
      meetings,
      slots: slots.map((s) => ({ studentId: s.studentId, teacherId: s.teacherId, slotId: s.slot.id })),
      earliest,
      latest,
      createdAt: now,
    });
    await this.em.persist(proposal).flush();
    return {
      id: proposal.id,
      eventId: eveningId,
      startsAt: new Date(result.start).toISOString(),
      endsAt: new Date(result.end).toISOString(),
      minutes: Math.round((result.end - result.start) / 60_000),
      appointments: slots.map(({ studentId, teacherId, slot }) => {
        const student = children.get(studentId)!.student;
        const teacher = teachers.get(teacherId)!;
        return {
          studentId,
          student: `${student.firstName} ${student.lastName}`,
          teacherId,
          teacher: teacher.name,
          location: teacher.location,
          slotId: slot.id,
          startsAt: new Date(slot.start).toISOString(),
          endsAt: new Date(slot.end).toISOString(),
          localStart: localStarts.get(slot.id)!,
        };
      }),
    };
  }

  /** Books the whole proposal in one transaction; when any of it went meanwhile, nothing is booked and a fresh proposal comes with the 409. */
  async book(principal: Principal, eveningId: string, proposalId: string) {
    const proposal = await this.em.findOne(ScheduleProposal, { id: proposalId, eveningId, userId: principal.userId });
    if (!proposal || this.clock.now().getTime() - proposal.createdAt.getTime() > PROPOSAL_MINUTES * 60_000) throw ScheduleErrors.notFound();
    try {
      const appointments = await this.bookings.bookAll(principal, eveningId, proposal.slots);
      await this.em.nativeDelete(ScheduleProposal, { id: proposal.id });
      return { appointments };
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'conflict') throw error;
      await this.em.nativeDelete(ScheduleProposal, { id: proposal.id });
      // The shared read of free slots may be a second old: read it again for the new proposal.
      this.board.forget(eveningId);
      const fresh = await this.proposeFor(principal, eveningId, proposal.meetings, proposal.earliest, proposal.latest).catch((again: unknown) => {
        if (again instanceof DomainError && again.kind === 'conflict') return null;
        throw again;
      });
      throw ScheduleErrors.takenMeanwhile(fresh);
    }
  }
}
