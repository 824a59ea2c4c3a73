import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, RequestContext } from '@ptc/platform';
import { DEFAULT_CANCELLATION_POLICY, type CancellationPolicy } from './cancellation-rule.js';
import { BookingSettings } from './booking-settings.entity.js';

export interface BookingSettingsValues extends CancellationPolicy {
  teachersSetAvailability: boolean;
}

const DEFAULTS: BookingSettingsValues = { ...DEFAULT_CANCELLATION_POLICY, teachersSetAvailability: false };

/** The current school's booking rules (the defaults until an admin changes them). */
@Injectable()
export class BookingSettingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async get(em: EntityManager = this.em): Promise<BookingSettingsValues> {
    const row = await em.findOne(BookingSettings, {});
    return row ? { parentCancelCutoffHours: row.parentCancelCutoffHours, teachersSetAvailability: row.teachersSetAvailability } : { ...DEFAULTS };
  }

  async update(values: BookingSettingsValues): Promise<BookingSettingsValues> {
    await this.em.execute(
      `insert into booking_settings (id, school_id, parent_cancel_cutoff_hours, teachers_set_availability, updated_at) values (?, ?, ?, ?, ?)
       on conflict (school_id) do update set parent_cancel_cutoff_hours = excluded.parent_cancel_cutoff_hours,
         teachers_set_availability = excluded.teachers_set_availability, updated_at = excluded.updated_at`,
      [randomUUID(), RequestContext.schoolId()!, values.parentCancelCutoffHours, values.teachersSetAvailability, this.clock.now()],
    );
    return { parentCancelCutoffHours: values.parentCancelCutoffHours, teachersSetAvailability: values.teachersSetAvailability };
  }
}
