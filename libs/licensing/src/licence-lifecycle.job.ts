import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { EntityManager } from '@mikro-orm/postgresql';
import { acrossSchools, inSchoolScope, JobRunner } from '@ptc/platform';
import { Licence } from './licence.entities.js';
import { LicenceNoticesService } from './licence-notices.service.js';
import { LicenceService } from './licence.service.js';

/**
 * Daily, 02:00 UTC: applies every licence's status for today (termination at renewal + 60 days,
 * trials past their end), lifts terminations that a payment or extension ended, sends the
 * licence notices and announces deletions due. Everything due up to today is handled, so a missed
 * day is caught up.
 */
@Injectable()
export class LicenceLifecycleJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly em: EntityManager,
    private readonly licences: LicenceService,
    private readonly notices: LicenceNoticesService,
  ) {}

  @Cron('0 0 2 * * *', { name: 'licence-lifecycle', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('licence-lifecycle', 'daily', () => this.run());
  }

  async run(): Promise<Record<string, number>> {
    const counts = { checked: 0, terminated: 0, reactivated: 0, notices: 0, deletionsDue: 0 };
    const schools = (await this.em.find(Licence, {}, { filters: acrossSchools('the daily licence check over every school'), fields: ['schoolId'] })).map((l) => l.schoolId);
    for (const schoolId of schools) {
      const outcome = await inSchoolScope(this.em, schoolId, () =>
        this.em.transactional(async (em) => {
          const licence = await em.findOneOrFail(Licence, { schoolId });
          const changed = await this.licences.applyStatus(em, licence);
          await em.flush();
          const sent = await this.notices.sendDue(licence, this.licences.today());
          await em.flush();
          return { changed, ...sent };
        }),
      );
      counts.checked += 1;
      if (outcome.changed) counts[outcome.changed] += 1;
      counts.notices += outcome.notices;
      counts.deletionsDue += outcome.deletionsDue;
    }
    return counts;
  }
}
