import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, EventBus } from '@ptc/platform';
import { PeopleDeleted } from '@ptc/directory';
import { FamilyCalendarFeed } from '../exports/family-calendar.entity.js';
import { Appointment } from './appointment.entities.js';
import { BookingService } from './booking.service.js';
import { WaitingListService } from '../waiting-list/waiting-list.service.js';
import { LateRequestsService } from '../late-requests/late-requests.service.js';
import { ParticipantDataService } from './participant-data.queries.js';

const REASON = { student: 'The student is no longer at the school', teacher: 'The teacher is no longer available', contact: 'The parent record was removed by the school' };

/** When people leave the directory, their future appointments are cancelled and the parents told; a removed parent's calendar subscription ends. */
@Injectable()
export class DirectoryDeletionsHandler implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly em: EntityManager,
    private readonly bookings: BookingService,
    private readonly clock: Clock,
    private readonly waitingList: WaitingListService,
    private readonly lateRequests: LateRequestsService,
    private readonly participants: ParticipantDataService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(PeopleDeleted, (event) => this.cancelFutureAppointments(event));
  }

  private async cancelFutureAppointments(event: PeopleDeleted): Promise<void> {
    const column = { student: 'studentId', teacher: 'teacherId', contact: 'contactId' }[event.kind] as 'studentId';
    const appointments = await this.em.find(Appointment, { [column]: { $in: event.personIds }, status: 'active', startsAt: { $gt: this.clock.now() } });
    // A departed teacher's times are not offered to their waiting list; the people who left leave the lists.
    for (const appointment of appointments) await this.bookings.cancelInTransaction(this.em, appointment.id, null, REASON[event.kind], {}, { offerFreedSlot: event.kind !== 'teacher' });
    if (event.kind === 'student') await this.participants.forgetJointStudents(event.personIds);
    await this.waitingList.forget(event.kind, event.personIds);
    await this.lateRequests.forget(event.kind, event.personIds);
    // A removed parent's calendar subscription ends with them.
    if (event.kind === 'contact') await this.em.nativeDelete(FamilyCalendarFeed, { contactId: { $in: event.personIds } });
  }
}
