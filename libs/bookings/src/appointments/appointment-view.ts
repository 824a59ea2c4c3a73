import type { AppointmentView } from '../dto/views.js';
import { instantToLocal } from '../slots/local-time.js';

/** What an appointment view is made of: the entity, or a row read for a page. */
export interface AppointmentFacts {
  id: string;
  eveningId: string;
  slotId: string;
  teacherId: string;
  studentId: string;
  contactId: string;
  startsAt: Date;
  endsAt: Date;
  status: 'active' | 'cancelled';
  sequence: number;
  cancelReason: string | null;
  meetingLink: string | null;
  jointStudentIds: string[] | null;
}

/** An appointment as the API shows it, its local start in the school's zone. */
export function toAppointmentView(a: AppointmentFacts, zone: string): AppointmentView {
  return {
    id: a.id,
    eventId: a.eveningId,
    slotId: a.slotId,
    teacherId: a.teacherId,
    studentId: a.studentId,
    contactId: a.contactId,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    localStart: instantToLocal(a.startsAt, zone).iso,
    status: a.status,
    sequence: a.sequence,
    cancelReason: a.cancelReason,
    meetingLink: a.status === 'active' ? a.meetingLink : null,
    jointStudentIds: a.jointStudentIds ?? [],
  };
}
