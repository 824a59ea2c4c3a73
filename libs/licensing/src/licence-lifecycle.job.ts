import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { EntityManager } from '@mikro-orm/postgresql';
import { inSchoolScope, JobRunner } from '@ptc/platform';
import { Licence } from './licence.entities.js';
import { LicenceService } from './licence.service.js';

/**
 * Daily, 02:00 UTC: applies every licence's status for today (termination at renewal + 60 days,
 * trials past their end) and lifts terminations that a payment or extension ended. Everything
 * due up to today is handled, so a missed day is caught up.
 */
@Injectable()
export class LicenceLifecycleJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly em: EntityManager,
    private readonly licences: LicenceService,
  ) {}

  @Cron('0 0 2 * * *', { name: 'licence-lifecycle', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('licence-lifecycle', 'daily', () => this.run());
  }

  async run(): Promise<Record<string, number>> {
    const counts = { checked: 0, terminated: 0, reactivated: 0 };
    const schools = (await this.em.find(Licence, {}, { filters: { tenant: false }, fields: ['schoolId'] })).map((l) => l.schoolId);
    for (const schoolId of schools) {
      const outcome = await inSchoolScope(this.em, schoolId, () =>
        this.em.transactional(async (em) => {
          const licence = await em.findOneOrFail(Licence, { schoolId });
          const changed = await this.licences.applyStatus(em, licence);
          await em.flush();
          return changed;
        }),
      );
      counts.checked += 1;
      if (outcome) counts[outcome] += 1;
    }
    return counts;
  }
}
