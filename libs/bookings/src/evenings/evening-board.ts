import { Injectable } from '@nestjs/common';
import { PreparedStatement, PreparedStatements, RequestContext, ShortLivedCache } from '@ptc/platform';
import { instantToLocal } from '../slots/local-time.js';
import { parentEveningOf, type ParentEveningRow } from './evening-reads.js';

/**
 * How old what a parent's evening page shows of the evening may be. The page is read by every
 * family at the same minute and is the same for all of them but for which teachers it shows; a
 * slot taken on another instance shows as taken within this time (booking it meanwhile answers 409
 * as any race does), and so does a change to the evening (closed, its window moved).
 */
export const EVENING_BOARD_MAX_AGE_MS = 1000;

export interface FreeSlotView {
  id: string;
  startsAt: string;
  endsAt: string;
  localStart: string;
}

export interface TeacherFreeSlots {
  /** The teacher's own room, if set for the evening. */
  location: string | null;
  /** The teacher's own choice of video or in person; null: as the evening. */
  online: boolean | null;
  freeSlots: FreeSlotView[];
}

/**
 * Every teacher of the evening with their free (unbooked, unblocked, not held for a waiting family) slots; a teacher with none
 * has one row without a slot. The booked slots come from one scan of appointment's
 * (evening_id, teacher_id) index and are hashed: on bench:pages' evening (4,500 slots, 2,700
 * booked) this reads all 1,800 free slots in about 3 ms, once per second per instance.
 */
export const eveningFreeSlotsOf = new PreparedStatement<{ teacherId: string; location: string | null; online: boolean | null; slotId: string | null; startsAt: Date | null; endsAt: Date | null }>(
  'bookings.evening_free_slots',
  `with free as (
     select s.id, s.teacher_id, s.starts_at, s.ends_at
       from slot s
      where s.evening_id = $1 and s.school_id = $2 and not s.blocked
        and s.id not in (select a.slot_id from appointment a where a.evening_id = $1 and a.school_id = $2 and a.status = 'active')
        and s.id not in (select w.offered_slot_id from waiting_entry w where w.evening_id = $1 and w.school_id = $2 and w.state = 'offered' and w.offered_slot_id is not null))
   select et.teacher_id as "teacherId", et.location, et.online, f.id as "slotId", f.starts_at as "startsAt", f.ends_at as "endsAt"
     from evening_teacher et left join free f on f.teacher_id = et.teacher_id
    where et.evening_id = $1 and et.school_id = $2
    order by et.teacher_id, f.starts_at`,
  { dates: ['startsAt', 'endsAt'] },
);

/** A published or closed evening as parents see it, with its teachers' free slots; none for a draft or another school's evening. */
export interface EveningBoardView {
  evening: ParentEveningRow;
  teachers: Map<string, TeacherFreeSlots>;
}

/**
 * What every family's evening page shares: the evening and its teachers' free slots, read with two
 * statements, shaped once and shared by this instance's requests for at most a second.
 */
@Injectable()
export class EveningBoard {
  private readonly cache = new ShortLivedCache<EveningBoardView | null>(EVENING_BOARD_MAX_AGE_MS);

  constructor(private readonly statements: PreparedStatements) {}

  of(eveningId: string, zone: string): Promise<EveningBoardView | null> {
    const schoolId = RequestContext.schoolId()!;
    return this.cache.get(`${schoolId}:${eveningId}`, () => this.read(schoolId, eveningId, zone));
  }

  /** After this instance changed the evening or a slot's state: its own next page shows the change at once. */
  forget(eveningId: string): void {
    this.cache.forget(`${RequestContext.schoolId()!}:${eveningId}`);
  }

  private async read(schoolId: string, eveningId: string, zone: string): Promise<EveningBoardView | null> {
    const [[evening], rows] = await Promise.all([
      this.statements.rows(parentEveningOf, [eveningId, schoolId]),
      this.statements.rows(eveningFreeSlotsOf, [eveningId, schoolId]),
    ]);
    if (!evening) return null;
    const teachers = new Map<string, TeacherFreeSlots>();
    for (const row of rows) {
      const teacher = teachers.get(row.teacherId) ?? { location: row.location, online: row.online, freeSlots: [] };
      if (row.slotId) teacher.freeSlots.push({ id: row.slotId, startsAt: row.startsAt!.toISOString(), endsAt: row.endsAt!.toISOString(), localStart: instantToLocal(row.startsAt!, zone).iso });
      teachers.set(row.teacherId, teacher);
    }
    return { evening, teachers };
  }
}
