import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

export interface DailyBookingCounts {
  schoolId: string;
  /** Appointments booked that day, and the distinct parents who booked them. */
  bookings: number;
  bookingParents: number;
  /** Evenings held that day, and the distinct teachers taking part. */
  events: number;
  eventTeachers: number;
}

/** Counts for the anonymous statistics, per school and day, across schools. Counts only; no id leaves these queries. */
@Injectable()
export class BookingStatisticsService {
  constructor(private readonly em: EntityManager) {}

  async dailyCounts(from: Date, to: Date): Promise<DailyBookingCounts[]> {
    const connection = this.em.getConnection();
    const [booked, held] = await Promise.all([
      connection.execute<{ schoolId: string; bookings: number; bookingParents: number }[]>(
        `select school_id as "schoolId", count(*)::int as bookings, count(distinct contact_id)::int as "bookingParents"
           from appointment where created_at >= ? and created_at < ? group by school_id`,
        [from, to],
      ),
      connection.execute<{ schoolId: string; events: number; eventTeachers: number }[]>(
        `select e.school_id as "schoolId", count(distinct e.id)::int as events, count(distinct et.teacher_id)::int as "eventTeachers"
           from evening e join evening_session s on s.evening_id = e.id left join evening_teacher et on et.evening_id = e.id
          where e.status <> 'draft' and s.starts_at >= ? and s.starts_at < ? group by e.school_id`,
        [from, to],
      ),
    ]);
    const bySchool = new Map<string, DailyBookingCounts>();
    const entry = (schoolId: string) => bySchool.get(schoolId) ?? bySchool.set(schoolId, { schoolId, bookings: 0, bookingParents: 0, events: 0, eventTeachers: 0 }).get(schoolId)!;
    for (const row of booked) Object.assign(entry(row.schoolId), { bookings: row.bookings, bookingParents: row.bookingParents });
    for (const row of held) Object.assign(entry(row.schoolId), { events: row.events, eventTeachers: row.eventTeachers });
    return [...bySchool.values()];
  }
}
