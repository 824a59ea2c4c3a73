import { Readable } from 'node:stream';
import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParseId, Roles, type Principal } from '@ptc/platform';
import { EveningsService } from '../evenings/evenings.service.js';
import { scheduleCalendar } from '../mail/icalendar.js';
import { ScheduleRowsService } from './schedule-rows.service.js';

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
  @ApiProduces('text/csv')
  async csv(@Param('id', ParseId) id: string) {
    await this.evenings.load(id);
    return csvFile(this.rows.csv(id), 'bookings.csv');
  }

  @Get(':id/bookings.json')
  async json(@Param('id', ParseId) id: string) {
    await this.evenings.load(id);
    return this.rows.json(id);
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
  ) {}

  @Get(':id/schedule')
  async json(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    await this.evenings.load(id);
    return this.rows.json(id, principal.personId ?? undefined, true);
  }

  @Get(':id/schedule.csv')
  @ApiProduces('text/csv')
  async csv(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    await this.evenings.load(id);
    return csvFile(this.rows.csv(id, principal.personId ?? undefined, true), 'schedule.csv');
  }

  @Get(':id/schedule.ics')
  @ApiProduces('text/calendar')
  async ics(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    const evening = await this.evenings.load(id);
    const rows = await this.rows.json(id, principal.personId ?? undefined, true);
    const entries = await this.evenings.appointmentsForFeed(id, principal.personId ?? '');
    const byId = new Map(rows.map((r) => [r.appointmentId, r]));
    const body = scheduleCalendar(
      evening.name,
      entries.map((a) => {
        const row = byId.get(a.id);
        return {
          uid: `${a.id}@ptc`,
          sequence: a.sequence,
          startsAt: a.startsAt,
          endsAt: a.endsAt,
          summary: `${row?.studentFirstName ?? ''} ${row?.studentLastName ?? ''}`.trim(),
          description: `${evening.name}: ${row?.contactFirstName ?? ''} ${row?.contactLastName ?? ''} (${row?.relationship ?? 'contact'})`,
          location: a.location,
          stamp: new Date(),
        };
      }),
    );
    return new StreamableFile(Buffer.from(body, 'utf8'), { type: 'text/calendar; charset=utf-8', disposition: 'attachment; filename="schedule.ics"' });
  }
}
