import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '@ptc/platform';

/** A place on a waiting list as the family sees it. */
export interface WaitingRow {
  id: string;
  eveningId: string;
  teacherId: string;
  studentId: string;
  contactId: string;
  state: 'waiting' | 'offered';
  joinedAt: Date;
  /** Families before this one on the teacher's list, plus one (offered entries stand at 1). */
  position: number;
  offeredSlotId: string | null;
  offerExpiresAt: Date | null;
  offeredStartsAt: Date | null;
  offeredEndsAt: Date | null;
}

/** What a join needs to know of the evening, the teacher and the student. */
export interface JoinFacts {
  status: string;
  opensAt: Date;
  closesAt: Date;
  openingStages: { yearLabels: string[]; opensAt: string }[] | null;
  yearLabels: string[] | null;
  teacherInEvening: boolean;
  freeSlots: number;
  alreadyWithTeacher: boolean;
}

/** The family a freed slot was just offered to, and the time held for them until when. */
export interface Offer {
  entryId: string;
  contactId: string;
  studentId: string;
  startsAt: Date;
  expiresAt: Date;
}

/** A freed slot, as an offer needs it. */
export interface FreedSlot {
  slotId: string;
  eveningId: string;
  teacherId: string;
}

const toDate = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/** The waiting lists' statements, in the current school unless a method says otherwise. */
@Injectable()
export class WaitingListQueries {
  constructor(private readonly em: EntityManager) {}

  private get schoolId(): string {
    return RequestContext.schoolId()!;
  }

  async joinFacts(eveningId: string, teacherId: string, studentId: string): Promise<JoinFacts | null> {
    const [row] = await this.em.execute<Record<string, unknown>[]>(
      `select e.status, e.opens_at, e.closes_at, e.opening_stages, e.year_labels,
              exists(select 1 from evening_teacher et where et.evening_id = e.id and et.teacher_id = ?) as teacher_in_evening,
              (select count(*)::int from slot s
                where s.evening_id = e.id and s.teacher_id = ? and not s.blocked
                  and not exists(select 1 from appointment a where a.slot_id = s.id and a.status = 'active')
                  and not exists(select 1 from waiting_entry w where w.offered_slot_id = s.id and w.state = 'offered')) as free_slots,
              exists(select 1 from appointment a where a.evening_id = e.id and a.teacher_id = ? and a.student_id = ? and a.status = 'active') as already_with_teacher
         from evening e where e.id = ? and e.school_id = ?`,
      [teacherId, teacherId, teacherId, studentId, eveningId, this.schoolId],
    );
    if (!row) return null;
    return {
      status: row.status as string,
      opensAt: toDate(row.opens_at as string)!,
      closesAt: toDate(row.closes_at as string)!,
      openingStages: row.opening_stages as JoinFacts['openingStages'],
      yearLabels: row.year_labels as string[] | null,
      teacherInEvening: row.teacher_in_evening as boolean,
      freeSlots: row.free_slots as number,
      alreadyWithTeacher: row.already_with_teacher as boolean,
    };
  }

  /** A new place at the end of the list; null when the student already has one on this teacher's list. */
  async join(entry: { id: string; eveningId: string; teacherId: string; studentId: string; contactId: string; at: Date }): Promise<boolean> {
    const inserted = await this.em.execute<{ id: string }[]>(
      `insert into waiting_entry (id, school_id, evening_id, teacher_id, student_id, contact_id, joined_at, state, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, 'waiting', ?)
       on conflict (evening_id, teacher_id, student_id) where state in ('waiting', 'offered') do nothing returning id`,
      [entry.id, this.schoolId, entry.eveningId, entry.teacherId, entry.studentId, entry.contactId, entry.at, entry.at],
    );
    return inserted.length > 0;
  }

  /** These students' places that last, with their positions and any offer. */
  /** Whether parents may see this evening: of this school, and published or closed. */
  async eveningShownToParents(eveningId: string): Promise<boolean> {
    const rows = await this.em.execute<unknown[]>("select 1 from evening where id = ? and school_id = ? and status <> 'draft'", [eveningId, this.schoolId]);
    return rows.length > 0;
  }

  async placesOf(eveningId: string, studentIds: string[]): Promise<WaitingRow[]> {
    if (studentIds.length === 0) return [];
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select w.id, w.evening_id, w.teacher_id, w.student_id, w.contact_id, w.state, w.joined_at, w.offered_slot_id, w.offer_expires_at,
              s.starts_at as offered_starts_at, s.ends_at as offered_ends_at,
              case when w.state = 'offered' then 1 else
                (select count(*)::int from waiting_entry o
                  where o.evening_id = w.evening_id and o.teacher_id = w.teacher_id and o.state in ('waiting', 'offered')
                    and (o.state = 'offered' or (o.joined_at, o.id) < (w.joined_at, w.id))) + 1 end as position
         from waiting_entry w left join slot s on s.id = w.offered_slot_id
        where w.school_id = ? and w.evening_id = ? and w.student_id in (select unnest(?::uuid[])) and w.state in ('waiting', 'offered')
        order by w.joined_at, w.id`,
      [this.schoolId, eveningId, `{${studentIds.join(',')}}`],
    );
    return rows.map((r) => ({
      id: r.id as string,
      eveningId: r.evening_id as string,
      teacherId: r.teacher_id as string,
      studentId: r.student_id as string,
      contactId: r.contact_id as string,
      state: r.state as WaitingRow['state'],
      joinedAt: toDate(r.joined_at as string)!,
      position: r.position as number,
      offeredSlotId: r.offered_slot_id as string | null,
      offerExpiresAt: toDate(r.offer_expires_at as string | null),
      offeredStartsAt: toDate(r.offered_starts_at as string | null),
      offeredEndsAt: toDate(r.offered_ends_at as string | null),
    }));
  }

  /** Locks a place of these students (for leaving it). */
  async lockPlace(entryId: string, studentIds: string[]): Promise<{ id: string; state: string; offeredSlotId: string | null; eveningId: string; teacherId: string } | null> {
    if (studentIds.length === 0) return null;
    const [row] = await this.em.execute<{ id: string; state: string; offered_slot_id: string | null; evening_id: string; teacher_id: string }[]>(
      `select id, state, offered_slot_id, evening_id, teacher_id from waiting_entry
        where id = ? and school_id = ? and student_id in (select unnest(?::uuid[])) for update`,
      [entryId, this.schoolId, `{${studentIds.join(',')}}`],
    );
    return row ? { id: row.id, state: row.state, offeredSlotId: row.offered_slot_id, eveningId: row.evening_id, teacherId: row.teacher_id } : null;
  }

  async setState(entryId: string, state: 'left' | 'lapsed', at: Date): Promise<void> {
    await this.em.execute(`update waiting_entry set state = ?, offered_slot_id = null, offer_expires_at = null, updated_at = ? where id = ? and school_id = ?`, [state, at, entryId, this.schoolId]);
  }

  /**
   * Holds a freed slot for the first family waiting for its teacher, in the caller's transaction:
   * the earliest place still waiting whose student has no appointment with the teacher. Places
   * locked by a concurrent offer are skipped, and the offered-slot index admits one offer per slot,
   * so concurrent cancellations on any instance each reach a different family. Nothing happens when
   * the slot is not free, is past or its evening no longer takes bookings.
   */
  async offerSlot(slot: FreedSlot, now: Date, holdMinutes: number): Promise<Offer | null> {
    const [row] = await this.em.execute<{ id: string; contact_id: string; student_id: string; starts_at: Date | string; offer_expires_at: Date | string }[]>(
      `with bookable as (
         select s.id, s.starts_at from slot s join evening e on e.id = s.evening_id
          where s.id = ? and s.school_id = ? and not s.blocked and s.starts_at > ? and e.status = 'published' and e.closes_at > ?
            and not exists(select 1 from appointment a where a.slot_id = s.id and a.status = 'active')
            and not exists(select 1 from waiting_entry o where o.offered_slot_id = s.id and o.state = 'offered')),
       next as (
         select w.id from waiting_entry w
          where w.school_id = ? and w.evening_id = ? and w.teacher_id = ? and w.state = 'waiting' and exists(select 1 from bookable)
            and not exists(select 1 from appointment a where a.evening_id = w.evening_id and a.teacher_id = w.teacher_id and a.student_id = w.student_id and a.status = 'active')
          order by w.joined_at, w.id
          limit 1
          for update skip locked)
       update waiting_entry w set state = 'offered', offered_slot_id = ?, offer_expires_at = ?::timestamptz, updated_at = ?
         from next, bookable where w.id = next.id
       returning w.id, w.contact_id, w.student_id, bookable.starts_at, w.offer_expires_at`,
      [slot.slotId, this.schoolId, now, now, this.schoolId, slot.eveningId, slot.teacherId, slot.slotId, new Date(now.getTime() + holdMinutes * 60_000), now],
    );
    return row ? { entryId: row.id, contactId: row.contact_id, studentId: row.student_id, startsAt: new Date(row.starts_at), expiresAt: new Date(row.offer_expires_at) } : null;
  }

  /** Whether the slot is held for a family other than this student's. */
  async heldForAnother(slotId: string, studentId: string): Promise<boolean> {
    const rows = await this.em.execute(`select 1 from waiting_entry where offered_slot_id = ? and state = 'offered' and student_id <> ? and school_id = ?`, [slotId, studentId, this.schoolId]);
    return rows.length > 0;
  }

  /** Across schools (the job's own question): offers that ran out, oldest first. */
  async lapsedOffers(now: Date, limit: number): Promise<{ id: string; schoolId: string }[]> {
    const rows = await this.em.getConnection().execute<{ id: string; school_id: string }[]>(
      `select id, school_id from waiting_entry where state = 'offered' and offer_expires_at <= ? order by offer_expires_at, id limit ?`,
      [now, limit],
    );
    return rows.map((r) => ({ id: r.id, schoolId: r.school_id }));
  }

  /** Claims one lapsed offer (skipping one another instance is handling) and marks it lapsed; the freed slot it held. */
  async lapse(entryId: string, now: Date): Promise<FreedSlot | null> {
    const [row] = await this.em.execute<{ slot_id: string; evening_id: string; teacher_id: string }[]>(
      `with claimed as (
         select id, offered_slot_id from waiting_entry
          where id = ? and school_id = ? and state = 'offered' and offer_expires_at <= ? for update skip locked)
       update waiting_entry w set state = 'lapsed', offered_slot_id = null, offer_expires_at = null, updated_at = ?
         from claimed where w.id = claimed.id
       returning claimed.offered_slot_id as slot_id, w.evening_id, w.teacher_id`,
      [entryId, this.schoolId, now, now],
    );
    return row ? { slotId: row.slot_id, eveningId: row.evening_id, teacherId: row.teacher_id } : null;
  }

  async deleteForTeacherInEvening(eveningId: string, teacherId: string): Promise<number> {
    const [{ n }] = await this.em.execute<{ n: number }[]>(
      `with deleted as (delete from waiting_entry where school_id = ? and evening_id = ? and teacher_id = ? returning 1) select count(*)::int as n from deleted`,
      [this.schoolId, eveningId, teacherId],
    );
    return n;
  }

  /** Erasure: a person's places go with them (an offer they held is released). Joins the caller's transaction. */
  async deleteFor(column: 'student_id' | 'contact_id' | 'teacher_id', personIds: string[]): Promise<number> {
    if (personIds.length === 0) return 0;
    const [{ n }] = await this.em.execute<{ n: number }[]>(
      `with deleted as (delete from waiting_entry where school_id = ? and ${column} in (select unnest(?::uuid[])) returning 1) select count(*)::int as n from deleted`,
      [this.schoolId, `{${personIds.join(',')}}`],
    );
    return n;
  }
}
