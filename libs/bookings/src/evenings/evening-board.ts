import { Injectable } from '@nestjs/common';
import { RequestContext, ShortLivedCache } from '@ptc/platform';
import { instantToLocal } from '../slots/local-time.js';
import { EveningReads, type ParentEveningRow } from './evening.queries.js';

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

  constructor(private readonly reads: EveningReads) {}

  of(eveningId: string, zone: string): Promise<EveningBoardView | null> {
    const schoolId = RequestContext.schoolId()!;
    return this.cache.get(`${schoolId}:${eveningId}`, () => this.read(eveningId, zone));
  }

  /** After this instance changed the evening or a slot's state: its own next page shows the change at once. */
  forget(eveningId: string): void {
    this.cache.forget(`${RequestContext.schoolId()!}:${eveningId}`);
  }

  private async read(eveningId: string, zone: string): Promise<EveningBoardView | null> {
    const [evening, rows] = await Promise.all([this.reads.parentEvening(eveningId), this.reads.freeSlots(eveningId)]);
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
