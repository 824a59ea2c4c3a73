import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, ErasureJournal, inSchoolScope, OutboxService, type PageQuery, type Principal, RequestContext, UsageRecorder } from '@ptc/platform';
import { ParticipantDataService } from '@ptc/bookings';
import { PeopleService, type PersonKind } from '@ptc/directory';
import { UsersService } from '@ptc/tenancy';
import { PrivacyErrors } from '../privacy.errors.js';
import { SubjectRequestsService } from '../requests/subject-requests.service.js';
import { ErasureLedgerEntry } from './erasure-ledger.entity.js';

export interface ErasureResult {
  personKind: PersonKind;
  personId: string;
  erasedAt: string;
  deleted: Record<string, number>;
}

/**
 * Erases a contact, teacher or student of the admin's school in one transaction: the directory
 * record with its links and invitations, their logins, their appointments (kept only as
 * anonymous counts), their usage records, every queued or sent email about them, and the words
 * of their privacy requests. Writes an ids-only ledger entry, and the same ids to the erasure journal beside the backups, so a
 * restore re-applies it.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly em: EntityManager,
    private readonly people: PeopleService,
    private readonly users: UsersService,
    private readonly participants: ParticipantDataService,
    private readonly usage: UsageRecorder,
    private readonly outbox: OutboxService,
    private readonly requests: SubjectRequestsService,
    private readonly journal: ErasureJournal,
    private readonly clock: Clock,
  ) {}

  async erase(principal: Principal, kind: PersonKind, personId: string, requestId?: string): Promise<ErasureResult> {
    const schoolId = RequestContext.schoolId()!;
    const email = await this.emailOf(kind, personId); // 404 for someone not in this school
    await this.participants.refuseIfFutureAppointments(kind, personId);
    return this.perform({ schoolId, kind, personId, email, erasedBy: principal.userId, requestId: requestId ?? null, erasedAt: this.clock.now() });
  }

  /**
   * After a restore from a backup older than an erasure: erases the person again (and writes the
   * same ledger entry), as the ledger of the database the backup replaces says. Returns false when
   * the restored data holds no such person (they came after the backup too).
   */
  async replay(entry: { schoolId: string; personKind: PersonKind; personId: string; erasedBy: string; requestId: string | null; erasedAt: Date }): Promise<boolean> {
    return inSchoolScope(this.em, entry.schoolId, async () => {
      let email: string | null;
      try {
        email = await this.emailOf(entry.personKind, entry.personId);
      } catch {
        return false;
      }
      await this.perform({ schoolId: entry.schoolId, kind: entry.personKind, personId: entry.personId, email, erasedBy: entry.erasedBy, requestId: entry.requestId, erasedAt: entry.erasedAt });
      return true;
    });
  }

  private async perform(e: { schoolId: string; kind: PersonKind; personId: string; email: string | null; erasedBy: string; requestId: string | null; erasedAt: Date }): Promise<ErasureResult> {
    const { schoolId, kind, personId, email } = e;
    return this.em.transactional(async (em) => {
      if (kind === 'student') await this.people.removeStudent(personId);
      else await this.people.removeAdult(kind, personId);
      const userIds = await this.users.deleteAccountsOfPeople([personId]);
      const bookings = await this.participants.erase(kind, personId, userIds);
      const usageRecords = await this.usage.deleteForUsers(userIds);
      const emails = await this.outbox.deleteMentioning(schoolId, [personId, ...userIds, ...(email ? [email] : [])]);
      const privacyRequests = await this.requests.eraseWordsOf(personId, userIds);
      em.persist(em.create(ErasureLedgerEntry, { schoolId, personKind: kind, personId, userIds, erasedBy: e.erasedBy, requestId: e.requestId, erasedAt: e.erasedAt }));
      // After deleteMentioning, so the journal's own message is not taken for one about the person.
      this.journal.record({ kind: 'erasure', at: e.erasedAt.toISOString(), schoolId, personKind: kind, personId, erasedBy: e.erasedBy, requestId: e.requestId });
      await em.flush();
      return { personKind: kind, personId, erasedAt: e.erasedAt.toISOString(), deleted: { person: 1, logins: userIds.length, ...bookings, usageRecords, emails, privacyRequests } };
    });
  }

  async ledger(page: PageQuery) {
    const [entries, total] = await this.em.findAndCount(ErasureLedgerEntry, {}, { orderBy: { id: 'asc' }, limit: page.limit, offset: page.offset });
    const items = entries.map((e) => ({ personKind: e.personKind, personId: e.personId, userIds: e.userIds, erasedBy: e.erasedBy, requestId: e.requestId, erasedAt: e.erasedAt.toISOString() }));
    return { items, total };
  }

  private async emailOf(kind: PersonKind, personId: string): Promise<string | null> {
    if (kind === 'student') {
      if (!(await this.people.studentsByIds([personId])).has(personId)) throw PrivacyErrors.personNotFound();
      return null;
    }
    const adult = (await this.people.adultsByIds(kind, [personId])).get(personId);
    if (!adult) throw PrivacyErrors.personNotFound();
    return adult.email;
  }
}
