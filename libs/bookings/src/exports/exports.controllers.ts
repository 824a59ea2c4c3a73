import { Readable } from 'node:stream';
import { Controller, Delete, Get, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { collect, CurrentPrincipal, Operation, ParseId, Public, RateLimited, Roles, Scopes, type Principal } from '@ptc/platform';
import { BookingRowView, CalendarFeedView, FamilyFeedCreatedView, FamilyFeedStatusView } from '../dto/views.js';
import { FamilyCalendarService } from './family-calendar.service.js';
import { ownTeacherId } from '../evenings/evenings.service.js';
import { EveningsService } from '../evenings/evenings.service.js';
import { ScheduleRowsService } from './schedule-rows.service.js';
import { TeacherCalendarService } from './teacher-calendar.service.js';

const calendarFile = (body: string) =>
  new StreamableFile(Buffer.from(body, 'utf8'), { type: 'text/calendar; charset=utf-8', disposition: 'attachment; filename="schedule.ics"' });

const csvFile = (rows: AsyncGenerator<string>, filename: string) =>
  new StreamableFile(Readable.from(rows), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${filename}"` });

@ApiTags('admin: parents’ evenings')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/events')
export class AdminBookingExportsController {
  constructor(
    private readonly evenings: EveningsService,
    private readonly rows: ScheduleRowsService,
  ) {}

  /** Every appointment of the evening, cancelled ones included; streamed, UTF-8 with BOM, formula-safe. */
  @Get(':id/bookings.csv')
  @Scopes('bookings:read')
  @Operation({ id: 'exportEveningBookingsCsv', summary: "Every appointment of the evening as CSV (UTF-8 with BOM, formula-safe)", produces: 'text/csv' })
  async csv(@Param('id', ParseId) id: string) {
    await this.evenings.assertExists(id);
    return csvFile(this.rows.eveningBookingsCsv(id), 'bookings.csv');
  }

  /** One teacher's active appointments, as the teacher's own schedule.csv: for the office to print or send. */
  @Get(':id/teachers/:teacherId/schedule.csv')
  @Scopes('schedules:read')
  @Operation({ id: 'exportTeacherScheduleCsv', summary: "One teacher's schedule of the evening as CSV (active appointments in time order)", produces: 'text/csv' })
  async teacherCsv(@Param('id', ParseId) id: string, @Param('teacherId', ParseId) teacherId: string) {
    return csvFile(await this.rows.teacherScheduleCsv(id, teacherId), 'schedule.csv');
  }

  @Get(':id/bookings.json')
  @Scopes('bookings:read')
  @Operation({ id: 'exportEveningBookings', summary: 'Every appointment of the evening', type: [BookingRowView] })
  async json(@Param('id', ParseId) id: string) {
    await this.evenings.assertExists(id);
    return collect(this.rows.eveningBookings(id));
  }
}

/** A teacher's own schedule for one evening, as JSON, CSV or a calendar file. */
@ApiTags('teacher: parents’ evenings')
@ApiBearerAuth()
@Roles('teacher')
@Controller('teacher/events')
export class TeacherScheduleController {
  constructor(
    private readonly evenings: EveningsService,
    private readonly rows: ScheduleRowsService,
    private readonly calendars: TeacherCalendarService,
  ) {}

  @Get(':id/schedule')
  @Operation({ id: 'getOwnSchedule', summary: "The caller's active appointments in an evening", type: [BookingRowView] })
  async json(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.rows.teacherSchedule(id, ownTeacherId(principal));
  }

  @Get(':id/schedule.csv')
  @Operation({ id: 'getOwnScheduleCsv', summary: "The caller's schedule as CSV", produces: 'text/csv' })
  async csv(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return csvFile(await this.rows.teacherScheduleCsv(id, ownTeacherId(principal)), 'schedule.csv');
  }

  @Get(':id/schedule.ics')
  @Operation({ id: 'getOwnScheduleCalendar', summary: "The caller's schedule as an iCalendar file", produces: 'text/calendar' })
  async ics(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return calendarFile(await this.calendars.teacherCalendar(id, ownTeacherId(principal)));
  }

  /** A private URL a calendar app can subscribe to (no login); it works until 30 days after the evening. */
  @Get(':id/schedule-feed')
  @Operation({ id: 'getOwnScheduleFeed', summary: 'A private calendar subscription address for the schedule (until 30 days after the evening)', type: CalendarFeedView })
  async feed(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return { url: await this.calendars.feedUrl(id, ownTeacherId(principal)) };
  }

  @Post(':id/schedule-feed/rotate')
  @Operation({ id: 'rotateOwnScheduleFeed', summary: 'A new subscription address; every earlier one stops working at once', status: 201, type: CalendarFeedView })
  async rotateFeed(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return { url: await this.calendars.rotateFeed(id, ownTeacherId(principal)) };
  }
}

@ApiTags('parent: parents’ evenings')
@ApiBearerAuth()
@Roles('parent')
@Controller('parent/calendar-feed')
export class ParentCalendarFeedController {
  constructor(private readonly family: FamilyCalendarService) {}

  @Get()
  @Operation({ id: 'getFamilyCalendarFeed', summary: 'Whether the family has a calendar subscription (its address is shown only when made)', type: FamilyFeedStatusView })
  status(@CurrentPrincipal() principal: Principal): Promise<FamilyFeedStatusView> {
    return this.family.status(principal);
  }

  @Post()
  @Operation({ id: 'createFamilyCalendarFeed', summary: "A private address for calendar apps with all the family's appointments; replaces any earlier one", status: 201, type: FamilyFeedCreatedView })
  create(@CurrentPrincipal() principal: Principal): Promise<FamilyFeedCreatedView> {
    return this.family.create(principal);
  }

  @Delete()
  @Operation({ id: 'revokeFamilyCalendarFeed', summary: 'Revoke the calendar subscription (the address stops working at once)', status: 204 })
  revoke(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.family.revoke(principal);
  }
}

@ApiTags('calendar feeds')
@Controller('calendar')
export class CalendarFeedController {
  constructor(
    private readonly calendars: TeacherCalendarService,
    private readonly family: FamilyCalendarService,
  ) {}

  @Public()
  @Get('family/:token/appointments.ics')
  @RateLimited('feeds')
  @Operation({ id: 'getFamilyCalendarFeedCalendar', summary: "A family's appointments for calendar apps, by its private address", produces: 'text/calendar' })
  async familyFeed(@Param('token') token: string) {
    return calendarFile(await this.family.calendarByToken(token));
  }

  @Public()
  @Get('teacher/:token/schedule.ics')
  @RateLimited('feeds')
  @Operation({ id: 'getScheduleFeedCalendar', summary: "A teacher's schedule for calendar apps, by its private address", produces: 'text/calendar' })
  async feed(@Param('token') token: string) {
    return calendarFile(await this.calendars.calendarByFeedToken(token));
  }
}
