import { DomainEvent } from '@ptc/platform';

/**
 * A parent (or an admin for them) booked an appointment; announced after it is stored.
 * Licensing counts it as the school's activity; it carries ids only.
 */
export class AppointmentBooked extends DomainEvent {
  constructor(
    readonly schoolId: string,
    readonly appointmentId: string,
    readonly eveningId: string,
  ) {
    super();
  }
}
