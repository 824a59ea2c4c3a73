import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobRunner } from '@ptc/platform';
import { TeacherNoticesService } from './teacher-notices.service.js';

/** Every minute: teachers' schedules the day before their evening, then each change to them. */
@Injectable()
export class TeacherSchedulesJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly notices: TeacherNoticesService,
  ) {}

  @Cron('45 * * * * *', { name: 'teacher-schedules', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.frequent('teacher-schedules', () => this.run());
  }

  run(): Promise<Record<string, number>> {
    return this.notices.run();
  }
}
