import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { DirectoryModule } from '@ptc/directory';
import { TenancyModule } from '@ptc/tenancy';
import { Appointment, AppointmentHistory, AppointmentTally, BookingIdempotency } from './appointments/appointment.entities.js';
import { ParticipantDataService } from './appointments/participant-data.queries.js';
import { BookingStatisticsService } from './appointments/booking-statistics.queries.js';
import { BookingMailer } from './appointments/booking-mailer.service.js';
import { BookingService } from './appointments/booking.service.js';
import { AppointmentLinkController, BookingsController } from './appointments/bookings.controller.js';
import { DirectoryDeletionsHandler } from './appointments/directory-deletions.handler.js';
import { IdempotencySweepJob } from './appointments/idempotency-sweep.job.js';
import { AppointmentQueries } from './appointments/appointment.queries.js';
import { ScheduleProposalQueries } from './proposals/schedule-proposals.queries.js';
import { RemindersJob } from './appointments/reminders.job.js';
import { Evening, EveningSession, EveningTeacher, Slot } from './evenings/evening.entities.js';
import { AdminEveningsController, AdminSlotBlockingController, ParentAppointmentsController, ParentEveningsController, TeacherEveningsController, TeacherSlotBlockingController } from './evenings/evenings.controllers.js';
import { EveningsService } from './evenings/evenings.service.js';
import { EveningBoard } from './evenings/evening-board.js';
import { EveningReads } from './evenings/evening.queries.js';
import { AdminBookingExportsController, CalendarFeedController, ParentCalendarFeedController, TeacherScheduleController } from './exports/exports.controllers.js';
import { FamilyCalendarFeed } from './exports/family-calendar.entity.js';
import { TeacherFeedKey } from './exports/teacher-feed-key.entity.js';
import { FamilyCalendarService } from './exports/family-calendar.service.js';
import { BookingSettingsController } from './settings/booking-settings.controller.js';
import { BookingSettings } from './settings/booking-settings.entity.js';
import { BookingSettingsService } from './settings/booking-settings.service.js';
import { TeacherCalendarService } from './exports/teacher-calendar.service.js';
import { ScheduleRowsService } from './exports/schedule-rows.service.js';
import { ScheduleProposal } from './proposals/schedule-proposal.entity.js';
import { EveningFamilyNotice } from './evenings/evening-family-notice.entity.js';
import { FamilyNoticeQueries } from './evenings/family-notices.queries.js';
import { NotBookedRemindersJob } from './evenings/not-booked-reminders.job.js';
import { ScheduleProposalsController } from './proposals/schedule-proposals.controller.js';
import { ScheduleProposalsService } from './proposals/schedule-proposals.service.js';
import { WaitingEntry } from './waiting-list/waiting-entry.entity.js';
import { WaitingListQueries } from './waiting-list/waiting-list.queries.js';
import { WaitingListService } from './waiting-list/waiting-list.service.js';
import { ParentWaitingListController } from './waiting-list/waiting-list.controller.js';
import { WaitingOffersJob } from './waiting-list/waiting-offers.job.js';
import { TeacherScheduleNotice } from './teacher-notices/teacher-schedule-notice.entity.js';
import { TeacherNoticeQueries } from './teacher-notices/teacher-notices.queries.js';
import { TeacherNoticesService } from './teacher-notices/teacher-notices.service.js';
import { TeacherSchedulesJob } from './teacher-notices/teacher-schedules.job.js';
import { LateRequest } from './late-requests/late-request.entity.js';
import { LateRequestQueries } from './late-requests/late-requests.queries.js';
import { LateRequestsService } from './late-requests/late-requests.service.js';
import { ParentLateRequestsController, StaffLateRequestsController } from './late-requests/late-requests.controllers.js';

/** Parents' evenings, slots, appointments and their confirmations. */
@Module({
  imports: [
    MikroOrmModule.forFeature([Evening, EveningSession, EveningTeacher, Slot, Appointment, AppointmentHistory, BookingIdempotency, AppointmentTally, FamilyCalendarFeed, TeacherFeedKey, BookingSettings, ScheduleProposal, EveningFamilyNotice, WaitingEntry, TeacherScheduleNotice, LateRequest]),
    DirectoryModule,
    TenancyModule,
  ],
  controllers: [AdminEveningsController, TeacherEveningsController, AdminSlotBlockingController, TeacherSlotBlockingController, ParentEveningsController, ParentAppointmentsController, BookingsController, AppointmentLinkController, AdminBookingExportsController, TeacherScheduleController, CalendarFeedController, ParentCalendarFeedController, BookingSettingsController, ScheduleProposalsController, ParentWaitingListController, ParentLateRequestsController, StaffLateRequestsController],
  providers: [EveningsService, EveningReads, EveningBoard, AppointmentQueries, ScheduleProposalQueries, BookingService, BookingMailer, DirectoryDeletionsHandler, ScheduleRowsService, RemindersJob, TeacherCalendarService, IdempotencySweepJob, ParticipantDataService, BookingStatisticsService, FamilyCalendarService, BookingSettingsService, ScheduleProposalsService, FamilyNoticeQueries, NotBookedRemindersJob, WaitingListQueries, WaitingListService, WaitingOffersJob, TeacherNoticeQueries, TeacherNoticesService, TeacherSchedulesJob, LateRequestQueries, LateRequestsService],
  exports: [BookingService, RemindersJob, NotBookedRemindersJob, WaitingOffersJob, TeacherSchedulesJob, IdempotencySweepJob, ParticipantDataService, BookingStatisticsService],
})
export class BookingsModule {}
