import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, RequestContext } from '@ptc/platform';
import { DEFAULT_CANCELLATION_POLICY, type CancellationPolicy } from './cancellation-rule.js';
import { BookingErrors } from '../bookings.errors.js';
import { videoTemplateProblem } from '../video/meeting-link.js';
import { BookingSettings } from './booking-settings.entity.js';

export interface BookingSettingsValues extends CancellationPolicy {
  teachersSetAvailability: boolean;
  notBookedReminderDays: number;
  waitingOfferMinutes: number;
  jointSiblingMeetings: boolean;
  videoLinkTemplate: string | null;
}

export const DEFAULT_NOT_BOOKED_REMINDER_DAYS = 2;
export const DEFAULT_WAITING_OFFER_MINUTES = 30;
const DEFAULTS: BookingSettingsValues = { ...DEFAULT_CANCELLATION_POLICY, teachersSetAvailability: false, notBookedReminderDays: DEFAULT_NOT_BOOKED_REMINDER_DAYS, waitingOfferMinutes: DEFAULT_WAITING_OFFER_MINUTES, jointSiblingMeetings: false, videoLinkTemplate: null };

/** The current school's booking rules (the defaults until an admin changes them). */
@Injectable()
export class BookingSettingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async get(em: EntityManager = this.em): Promise<BookingSettingsValues> {
    const row = await em.findOne(BookingSettings, {});
    return row
      ? {
          parentCancelCutoffHours: row.parentCancelCutoffHours,
          teachersSetAvailability: row.teachersSetAvailability,
          notBookedReminderDays: row.notBookedReminderDays,
          waitingOfferMinutes: row.waitingOfferMinutes,
          jointSiblingMeetings: row.jointSiblingMeetings,
          videoLinkTemplate: row.videoLinkTemplate,
        }
      : { ...DEFAULTS };
  }

  async update(values: BookingSettingsValues): Promise<BookingSettingsValues> {
    const templateProblem = values.videoLinkTemplate === null ? null : videoTemplateProblem(values.videoLinkTemplate);
    if (templateProblem) throw BookingErrors.invalidField('videoLinkTemplate', templateProblem);
    await this.em.upsert(
      BookingSettings,
      { id: randomUUID(), schoolId: RequestContext.schoolId()!, ...values, updatedAt: this.clock.now() },
      { onConflictFields: ['schoolId'], onConflictExcludeFields: ['id'] },
    );
    return { ...values };
  }
}
