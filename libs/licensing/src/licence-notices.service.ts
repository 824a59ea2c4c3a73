import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { acrossSchools, Clock, EventBus, MailService } from '@ptc/platform';
import { SchoolsService } from '@ptc/tenancy';
import { SchoolDeletionDue, TrialInactive } from './events.js';
import { Licence, LicenceNotice } from './licence.entities.js';
import { addYears, deletionDueOn, noticesDue, type DueNotice, type LicenceFacts } from './licence-rules.js';
import { LicenceQueries } from './licence.queries.js';

const SUBJECTS: Record<DueNotice['kind'], string> = {
  renewal_due: 'Your PTC licence is due for renewal',
  termination_in_30_days: 'Your PTC licence ends in 30 days',
  termination_in_7_days: 'Your PTC licence ends in 7 days',
  terminated: 'Your PTC licence has ended',
  deletion_in_30_days: "Your school's PTC data will be deleted in 30 days",
};

function body(notice: DueNotice, school: string): string {
  switch (notice.kind) {
    case 'renewal_due':
      return `The PTC licence of ${school} was due for renewal on ${notice.about}. We terminate a licence 60 days after the renewal date if no payment has been received for the renewal.`;
    case 'termination_in_30_days':
    case 'termination_in_7_days':
      return `No payment has been received for the renewal of ${school}'s PTC licence. Unless it arrives, the licence ends on ${notice.about}; your users will then no longer be able to use PTC.`;
    case 'terminated':
      return `${school}'s PTC licence ended on ${notice.about}. Your users can no longer use PTC; a payment before the data is deleted restores access. Personal data is deleted within 1 year of termination.`;
    case 'deletion_in_30_days':
      return `${school}'s personal data in PTC will be deleted on ${notice.about}, as our terms promise for a terminated licence or an inactive trial. Export what you need before then, if your licence allows.`;
  }
}

/**
 * Licence notices to the school's finance and technical contacts, and the deletion announcement
 * to the privacy module, each exactly once: the notice row is claimed first (unique per school,
 * kind and day), and only the claim's winner writes the emails, in the same transaction.
 */
@Injectable()
export class LicenceNoticesService {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: LicenceQueries,
    private readonly schools: SchoolsService,
    private readonly mail: MailService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** Returns how many notices this call sent. Runs inside the caller's transaction and school scope. */
  async sendDue(licence: Licence, today: string): Promise<{ notices: number; deletionsDue: number }> {
    const facts = licence as LicenceFacts;
    let notices = 0;
    let deletionsDue = 0;
    for (const notice of noticesDue(facts, today)) {
      if (!(await this.claim(licence.schoolId, notice.kind, notice.about))) continue;
      const school = await this.schools.describe(licence.schoolId);
      for (const contact of await this.schools.customerContacts(licence.schoolId)) {
        this.mail.queue({ to: contact.email, subject: SUBJECTS[notice.kind], text: `Dear ${contact.name},\n\n${body(notice, school?.name ?? 'your school')}\n\nPTC` }, licence.schoolId);
      }
      notices += 1;
    }
    const deletion = deletionDueOn(facts);
    if (deletion && today >= deletion && (await this.claim(licence.schoolId, 'deletion_due', deletion))) {
      const reason = licence.kind === 'trial' && addYears(licence.lastActivityOn, 1) === deletion ? 'trial_inactive' : 'terminated';
      if (reason === 'trial_inactive') await this.events.publish(new TrialInactive(licence.schoolId, licence.lastActivityOn));
      await this.events.publish(new SchoolDeletionDue(licence.schoolId, reason, deletion));
      deletionsDue += 1;
    }
    return { notices, deletionsDue };
  }

  private async claim(schoolId: string, kind: string, about: string): Promise<boolean> {
    return this.queries.claimNotice(schoolId, kind, about, this.clock.now());
  }

  async sent(schoolId: string) {
    const rows = await this.em.find(LicenceNotice, { schoolId }, { filters: acrossSchools('the operator’s view of one school’s licence notices'), orderBy: { sentAt: 'asc', kind: 'asc' } });
    return rows.map((n) => ({ kind: n.kind, about: n.about, sentAt: n.sentAt.toISOString() }));
  }
}
