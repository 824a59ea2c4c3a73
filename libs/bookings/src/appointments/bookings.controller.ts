import { Body, Controller, createParamDecorator, Get, Param, Post, StreamableFile, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Invalid, Operation, ParseId, Public, RateLimited, Roles, type Principal } from '@ptc/platform';
import { AppointmentDetailView, AppointmentView, LinkedAppointmentView } from '../dto/views.js';
import { BookDto, CancelDto, MoveDto } from '../dto/evening.dto.js';
import { BookingService } from './booking.service.js';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;

/** The optional Idempotency-Key header (documented by @ApiHeader; Nest's @Headers would document it as required). */
const IdempotencyKey = createParamDecorator((_data: unknown, ctx: ExecutionContext): string | undefined => {
  const value = ctx.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers['idempotency-key'];
  return Array.isArray(value) ? value[0] : value;
});

@ApiTags('bookings')
@ApiBearerAuth()
@Controller('bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingService) {}

  /** A parent books for a linked student; an admin books on a parent's behalf (contactId). */
  @Roles('parent', 'school_admin')
  @Post()
  @RateLimited('bookingWrites')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A replay returns the first answer' })
  @Operation({ id: 'bookAppointment', summary: 'Book a slot for a linked student (admins name the parent with contactId)', status: 201, type: AppointmentView })
  book(@CurrentPrincipal() principal: Principal, @Body() dto: BookDto, @IdempotencyKey() key?: string) {
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) throw Invalid('BOOKING.IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key has 1-128 letters, digits and . _ : -');
    return this.bookings.book(principal, dto, key);
  }

  @Roles('parent', 'teacher', 'school_admin')
  @Get(':id')
  @Operation({ id: 'getAppointment', summary: 'One appointment with its history', type: AppointmentDetailView })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.bookings.get(principal, id);
  }

  @Roles('parent', 'teacher', 'school_admin')
  @Get(':id/calendar.ics')
  @Operation({ id: 'getAppointmentCalendar', summary: 'The appointment as an iCalendar file (the same UID and SEQUENCE as its emails)', produces: 'text/calendar' })
  async calendar(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string): Promise<StreamableFile> {
    const file = await this.bookings.calendarFile(principal, id);
    return new StreamableFile(Buffer.from(file, 'utf8'), { type: 'text/calendar; charset=utf-8', disposition: 'attachment; filename="appointment.ics"' });
  }

  @Roles('parent', 'teacher', 'school_admin')
  @Post(':id/cancel')
  @RateLimited('bookingWrites')
  @Operation({ id: 'cancelAppointment', summary: 'Cancel an appointment (teachers give a reason); the parent is emailed', type: AppointmentView })
  cancel(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: CancelDto) {
    return this.bookings.cancel(principal, id, dto.reason);
  }

  @Roles('parent', 'school_admin')
  @Post(':id/move')
  @RateLimited('bookingWrites')
  @Operation({ id: 'moveAppointment', summary: 'Move an appointment to another free slot of the same teacher', type: AppointmentView })
  move(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: MoveDto) {
    return this.bookings.move(principal, id, dto.slotId);
  }
}

/** The signed link in confirmation emails: view or cancel one appointment without logging in. */
@ApiTags('bookings')
@Controller('appointments/link')
export class AppointmentLinkController {
  constructor(private readonly bookings: BookingService) {}

  @Public()
  @Get(':token')
  @RateLimited('links')
  @Operation({ id: 'viewLinkedAppointment', summary: 'The appointment of an emailed link, without a login (until the evening ends)', type: LinkedAppointmentView })
  view(@Param('token') token: string) {
    return this.bookings.viewByLink(token);
  }

  @Public()
  @Post(':token/cancel')
  @RateLimited('links')
  @Operation({ id: 'cancelLinkedAppointment', summary: 'Cancel the appointment of an emailed link, without a login', type: AppointmentView })
  cancel(@Param('token') token: string) {
    return this.bookings.cancelByLink(token);
  }
}
