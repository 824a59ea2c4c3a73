import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, Clock, Conflict, inSchoolScope, mailMoment, mailWords, NotFound, RequestContext, zoneName, type AppConfig, type Principal } from '@ptc/platform';
import { InvitationsService, PeopleService, fullName } from '@ptc/directory';
import { SchoolsService } from '@ptc/tenancy';
import { BookingErrors } from '../bookings.errors.js';
import { BookingSettingsService } from '../settings/booking-settings.service.js';
import { stageRuleBroken, windowRuleBroken } from '../appointments/booking-rules.js';
import { EveningBoard } from '../evenings/evening-board.js';
import { WaitingListQueries, type FreedSlot, type WaitingRow } from './waiting-list.queries.js';

export const WaitingErrors = {
  timesFree: (free: number) => Conflict('WAITING.TIMES_FREE', `This teacher still has ${free} free time(s): book one instead`, { free }),
  alreadyBooked: () => Conflict('WAITING.ALREADY_BOOKED', 'This child already has an appointment with this teacher'),
  placeNotFound: () => NotFound('WAITING.NOT_FOUND', 'No such place on a waiting list'),
};

/** A place as the family sees it: its position, and the time held for them when one is offered. */
export function toWaitingView(row: WaitingRow) {
  return {
    id: row.id,
    eventId: row.eveningId,
    teacherId: row.teacherId,
    studentId: row.studentId,
    state: row.state,
    position: row.position,
    joinedAt: row.joinedAt.toISOString(),
    offer:
      row.state === 'offered' && row.offeredSlotId && row.offerExpiresAt && row.offeredStartsAt && row.offeredEndsAt
        ? { slotId: row.offeredSlotId, startsAt: row.offeredStartsAt.toISOString(), endsAt: row.offeredEndsAt.toISOString(), heldUntil: row.offerExpiresAt.toISOString() }
        : null,
  };
}

/**
 * Teachers' waiting lists: a family whose child cannot get a time with a teacher (none free) joins
 * the teacher's list; a time freed by a cancellation or a move is held for the first family
 * waiting (the school's `waitingOfferMinutes`, default 30) and they are emailed; when the hold runs
 * out unanswered the time passes to the next family (the waiting-offers job). The family takes the
 * time by booking it as any other (the booking path lets only them book a held time).
 */
@Injectable()
export class WaitingListService {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: WaitingListQueries,
    private readonly people: PeopleService,
    private readonly invitations: InvitationsService,
    private readonly schools: SchoolsService,
    private readonly settings: BookingSettingsService,
    private readonly clock: Clock,
    private readonly board: EveningBoard,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async join(principal: Principal, eveningId: string, studentId: string, teacherId: string) {
    const contactId = principal.personId;
    if (!contactId) throw BookingErrors.notAParent();
    const [facts, links] = await Promise.all([this.queries.joinFacts(eveningId, teacherId, studentId), this.people.bookingLinks(contactId, teacherId, studentId)]);
    if (!facts || facts.status !== 'published') throw BookingErrors.eveningNotFound();
    if (!links.contactLinked) throw BookingErrors.notLinkedToStudent();
    if (facts.yearLabels?.length && !(links.yearLabel && facts.yearLabels.includes(links.yearLabel))) throw BookingErrors.studentNotInEvening();
    if (!facts.teacherInEvening) throw BookingErrors.teacherNotInEvening();
    if (!links.teacherLinked) throw BookingErrors.teacherNotLinked();
    const now = this.clock.now();
    const windowProblem = stageRuleBroken(facts, links.yearLabel, now) ?? windowRuleBroken(facts, now);
    if (windowProblem) throw windowProblem;
    if (facts.alreadyWithTeacher) throw WaitingErrors.alreadyBooked();
    if (facts.freeSlots > 0) throw WaitingErrors.timesFree(facts.freeSlots);
    // Joining twice keeps the first place.
    await this.queries.join({ id: randomUUID(), eveningId, teacherId, studentId, contactId, at: now });
    const place = (await this.queries.placesOf(eveningId, [studentId])).find((row) => row.teacherId === teacherId)!;
    return toWaitingView(place);
  }

  /** The family's places on the evening's waiting lists. */
  async placesOf(principal: Principal, eveningId: string) {
    if (!principal.personId) throw BookingErrors.notAParent();
    if (!(await this.queries.eveningShownToParents(eveningId))) throw BookingErrors.eveningNotFound();
    const studentIds = await this.people.studentIdsOfContact(principal.personId);
    return (await this.queries.placesOf(eveningId, studentIds)).map(toWaitingView);
  }

  /** Leaving the list (or saying no to the time held for the family): a held time passes to the next family at once. */
  async leave(principal: Principal, entryId: string): Promise<void> {
    if (!principal.personId) throw BookingErrors.notAParent();
    const studentIds = await this.people.studentIdsOfContact(principal.personId);
    const eveningId = await this.em.transactional(async () => {
      const place = await this.queries.lockPlace(entryId, studentIds);
      if (!place || (place.state !== 'waiting' && place.state !== 'offered')) throw WaitingErrors.placeNotFound();
      await this.queries.setState(place.id, 'left', this.clock.now());
      if (place.offeredSlotId) await this.offerFreedSlot({ slotId: place.offeredSlotId, eveningId: place.eveningId, teacherId: place.teacherId });
      return place.eveningId;
    });
    this.board.forget(eveningId);
  }

  /**
   * In the caller's transaction (the cancellation or move that freed the slot): the slot is held for
   * the first family waiting, who is emailed. Returns whether someone was offered it.
   */
  async offerFreedSlot(slot: FreedSlot): Promise<boolean> {
    const now = this.clock.now();
    const { waitingOfferMinutes } = await this.settings.get();
    const offer = await this.queries.offerSlot(slot, now, waitingOfferMinutes);
    if (!offer) return false;
    const schoolId = RequestContext.schoolId()!;
    const [teachers, students, zone, school] = await Promise.all([
      this.people.adultsByIds('teacher', [slot.teacherId]),
      this.people.studentsByIds([offer.studentId]),
      this.schools.timezone(schoolId),
      this.schools.describe(schoolId),
    ]);
    const teacher = teachers.get(slot.teacherId);
    const child = students.get(offer.studentId);
    const { startsAt: offeredStartsAt, expiresAt: offerExpiresAt } = offer;
    await this.invitations.tellContacts(null, [offer.contactId], (language) => {
      const t = mailWords(language);
      const who = { teacher: teacher ? fullName(teacher) : t('waiting.someTeacher'), child: child?.firstName ?? t('waiting.someChild') };
      return {
        subject: t('waiting.subject', { school: school?.name ?? '', ...who }),
        text: [
          t('waiting.free', { ...who, when: mailMoment(offeredStartsAt, language, zone), zone: zoneName(zone, language, offeredStartsAt) }),
          t('waiting.held', { until: mailMoment(offerExpiresAt, language, zone) }),
          t('waiting.book', { url: `${this.config.publicBaseUrl}/evenings/${slot.eveningId}` }),
        ].join('\n'),
      };
    });
    return true;
  }

  /**
   * The job's work: every offer that ran out is marked lapsed and its time passes to the next family
   * (or is free again), each in a transaction of its own. Offers another instance is passing on at
   * the same moment are skipped, so each lapses once.
   */
  async passOnLapsedOffers(): Promise<{ lapsed: number; offered: number }> {
    const now = this.clock.now();
    let lapsed = 0;
    let offered = 0;
    for (const { id, schoolId } of await this.queries.lapsedOffers(now, 500)) {
      await inSchoolScope(this.em, schoolId, async () => {
        const freed = await this.em.transactional(async () => {
          const slot = await this.queries.lapse(id, now);
          if (!slot) return null;
          lapsed += 1;
          if (await this.offerFreedSlot(slot)) offered += 1;
          return slot;
        });
        // This instance's evening pages show a time that became free at once (others within a second).
        if (freed) this.board.forget(freed.eveningId);
      });
    }
    return { lapsed, offered };
  }

  heldForAnother(slotId: string, studentId: string): Promise<boolean> {
    return this.queries.heldForAnother(slotId, studentId);
  }

  /** A teacher left an evening: their list goes with them. Joins the caller's transaction. */
  forgetTeacherInEvening(eveningId: string, teacherId: string): Promise<number> {
    return this.queries.deleteForTeacherInEvening(eveningId, teacherId);
  }

  /** People who left the directory or were erased leave the lists. Joins the caller's transaction. */
  forget(kind: 'student' | 'contact' | 'teacher', personIds: string[]): Promise<number> {
    return this.queries.deleteFor(`${kind}_id`, personIds);
  }
}
