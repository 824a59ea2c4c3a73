import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Operation, Roles } from '@ptc/platform';
import { BookingSettingsDto } from '../dto/evening.dto.js';
import { BookingSettingsView } from '../dto/views.js';
import { BookingSettingsService, DEFAULT_NOT_BOOKED_REMINDER_DAYS, DEFAULT_WAITING_OFFER_MINUTES } from './booking-settings.service.js';

@ApiTags('admin: parents’ evenings')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/booking-settings')
export class BookingSettingsController {
  constructor(private readonly settings: BookingSettingsService) {}

  @Get()
  @Operation({ id: 'getBookingSettings', summary: 'The school’s booking rules for all its evenings', type: BookingSettingsView })
  get() {
    return this.settings.get();
  }

  @Put()
  @Operation({ id: 'updateBookingSettings', summary: 'Change the school’s booking rules (how long parents may cancel; whether teachers set their own availability; when families who booked nothing are reminded; how long a freed time is held for a waiting family; the video meeting address of online evenings)', type: BookingSettingsView })
  update(@Body() dto: BookingSettingsDto) {
    return this.settings.update({
      parentCancelCutoffHours: dto.parentCancelCutoffHours ?? null,
      teachersSetAvailability: dto.teachersSetAvailability ?? false,
      notBookedReminderDays: dto.notBookedReminderDays ?? DEFAULT_NOT_BOOKED_REMINDER_DAYS,
      waitingOfferMinutes: dto.waitingOfferMinutes ?? DEFAULT_WAITING_OFFER_MINUTES,
      jointSiblingMeetings: dto.jointSiblingMeetings ?? false,
      videoLinkTemplate: dto.videoLinkTemplate ?? null,
    });
  }
}
