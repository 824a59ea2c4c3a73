import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { Clock, Invalid, inSchoolScope, NotFound } from '@ptc/platform';
import { SchoolsService } from '@ptc/tenancy';
import { SchoolAdminMail } from '../mail/school-admin-mail.service.js';
import type { PublishSubProcessorsDto } from './sub-processors.dto.js';
import { SubProcessorList } from './sub-processor-list.entity.js';
import { SubProcessorQueries } from './sub-processors.queries.js';

export const NOTICE_DAYS = 30;

/**
 * The public, versioned list of PTC's sub-processors. A change is published ahead of time (at
 * least 30 days) and every school's administration is told by email in the same transaction;
 * all versions stay readable.
 */
@Injectable()
export class SubProcessorsService {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: SubProcessorQueries,
    private readonly schools: SchoolsService,
    private readonly adminMail: SchoolAdminMail,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  async publicView(version?: number) {
    const lists = await this.em.fork().find(SubProcessorList, {}, { orderBy: { version: 'asc' } });
    const today = this.today();
    const history = lists.map((l) => ({ version: l.version, effectiveFrom: l.effectiveFrom, publishedAt: l.publishedAt.toISOString(), summary: l.summary }));
    const show = (l: SubProcessorList) => ({ version: l.version, effectiveFrom: l.effectiveFrom, summary: l.summary, subProcessors: l.entries });
    if (version !== undefined) {
      const list = lists.find((l) => l.version === version);
      if (!list) throw NotFound('PRIVACY.SUB_PROCESSORS_VERSION', 'No such version of the sub-processor list');
      return { ...show(list), history };
    }
    const current = lists.filter((l) => l.effectiveFrom <= today).at(-1);
    return {
      ...(current ? show(current) : { version: 0, effectiveFrom: null, summary: 'No sub-processors published yet', subProcessors: [] }),
      upcoming: lists.filter((l) => l.effectiveFrom > today).map(show),
      history,
    };
  }

  async publish(dto: PublishSubProcessorsDto) {
    const today = this.today();
    return this.em.transactional(async (em) => {
      // One publisher at a time: versions follow each other without gaps.
      await this.queries.waitForOtherPublishers();
      const latest = await this.queries.latestVersion();
      const earliest = DateTime.fromISO(today, { zone: 'utc' }).plus({ days: NOTICE_DAYS }).toISODate()!;
      if (latest !== null && dto.effectiveFrom < earliest) {
        throw Invalid('PRIVACY.SUB_PROCESSORS_NOTICE', `A change takes effect at least ${NOTICE_DAYS} days after it is announced: effectiveFrom must be ${earliest} or later`);
      }
      const list = em.create(SubProcessorList, { version: (latest ?? 0) + 1, effectiveFrom: dto.effectiveFrom, publishedAt: this.clock.now(), summary: dto.summary, entries: dto.subProcessors.map((s) => ({ ...s })) });
      em.persist(list);
      await em.flush();
      let notified = 0;
      const schools = await this.schools.list();
      for (const school of schools) {
        notified += await inSchoolScope(em, school.id, () =>
          this.adminMail.send(
            school.id,
            `PTC's sub-processors change on ${dto.effectiveFrom}`,
            `PTC will change its list of sub-processors, effective ${dto.effectiveFrom}: ${dto.summary}\n\nThe new list (version ${list.version}) and every earlier one are published at /privacy/sub-processors. If your school objects to the change, please tell us before ${dto.effectiveFrom}.`,
          ),
        );
      }
      return { version: list.version, effectiveFrom: list.effectiveFrom, schoolsNotified: schools.length, emails: notified };
    });
  }
}
