import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, collect, csvDocument, Forbidden, inSchoolScope, RequestContext, UsageRecorder, type CsvColumn, type Principal, type UsageEntry } from '@ptc/platform';
import { UsersService } from '@ptc/tenancy';
import { PrivacyErrors } from '../privacy.errors.js';
import type { GrantSupportDto, InvestigateUsageDto } from './usage-access.dto.js';
import { SupportAccess, SupportGrant, UsageRelease } from './usage-access.entities.js';

const USAGE_COLUMNS: CsvColumn<UsageEntry>[] = [
  { key: 'occurredAt', header: 'occurred_at' },
  { key: 'method', header: 'method' },
  { key: 'route', header: 'route' },
  { key: 'status', header: 'status' },
  { key: 'ip', header: 'ip' },
  { key: 'userAgent', header: 'user_agent' },
  { key: 'userId', header: 'user_id' },
];

/**
 * Usage records (with IP addresses) are kept for misuse investigation only: they leave PTC one
 * user at a time, to that user's school, with a recorded reason; the vendor's support sees a
 * school's records only under a grant the school recorded, and every look is recorded too.
 */
@Injectable()
export class UsageAccessService {
  constructor(
    private readonly em: EntityManager,
    private readonly usage: UsageRecorder,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  /** Records the request and reason, then returns the user's records as CSV. */
  async investigate(principal: Principal, dto: InvestigateUsageDto): Promise<string> {
    const schoolId = RequestContext.schoolId()!;
    await this.users.get(dto.userId); // 404 unless the user belongs to the caller's school
    const rows = await collect(this.usage.recordsOf(schoolId, dto.userId));
    this.em.persist(this.em.create(UsageRelease, { schoolId, subjectUserId: dto.userId, requestedBy: principal.userId, reason: dto.reason, at: this.clock.now(), rows: rows.length }));
    await this.em.flush();
    return toCsv(rows);
  }

  async releases() {
    const releases = await this.em.find(UsageRelease, {}, { orderBy: { at: 'desc' } });
    return releases.map((r) => ({ id: r.id, userId: r.subjectUserId, requestedBy: r.requestedBy, reason: r.reason, at: r.at.toISOString(), rows: r.rows }));
  }

  async grantSupport(principal: Principal, dto: GrantSupportDto) {
    const now = this.clock.now();
    const grant = this.em.create(SupportGrant, { schoolId: RequestContext.schoolId()!, grantedBy: principal.userId, reason: dto.reason, grantedAt: now, expiresAt: new Date(now.getTime() + dto.hours * 3_600_000) });
    this.em.persist(grant);
    await this.em.flush();
    return this.grantView(grant, []);
  }

  async revokeSupport(id: string) {
    const grant = await this.em.findOne(SupportGrant, { id });
    if (!grant) throw PrivacyErrors.grantNotFound();
    grant.revokedAt ??= this.clock.now();
    await this.em.flush();
    return this.grantView(grant, await this.em.find(SupportAccess, { grantId: id }, { orderBy: { id: 'asc' } }));
  }

  async supportGrants() {
    const grants = await this.em.find(SupportGrant, {}, { orderBy: { grantedAt: 'desc' } });
    const accesses = await this.em.find(SupportAccess, { grantId: { $in: grants.map((g) => g.id) } }, { orderBy: { id: 'asc' } });
    return grants.map((g) => this.grantView(g, accesses.filter((a) => a.grantId === g.id)));
  }

  /** The operator's support reads one user's records of a school: only under a live grant, and recorded. */
  async usageForSupport(operator: Principal, schoolId: string, userId: string): Promise<string> {
    return inSchoolScope(this.em, schoolId, () =>
      this.em.transactional(async (em) => {
        const now = this.clock.now();
        const grant = await em.findOne(SupportGrant, { revokedAt: null, expiresAt: { $gt: now } }, { orderBy: { grantedAt: 'desc' } });
        if (!grant) throw Forbidden('PRIVACY.NO_SUPPORT_GRANT', "Support may look at a school's data only while the school has granted access");
        await this.users.get(userId);
        em.persist(em.create(SupportAccess, { schoolId, grantId: grant.id, operatorUserId: operator.userId, what: `usage records of user ${userId}`, at: now }));
        return toCsv(await collect(this.usage.recordsOf(schoolId, userId)));
      }),
    );
  }

  private grantView(g: SupportGrant, accesses: SupportAccess[]) {
    return {
      id: g.id,
      grantedBy: g.grantedBy,
      reason: g.reason,
      grantedAt: g.grantedAt.toISOString(),
      expiresAt: g.expiresAt.toISOString(),
      revokedAt: g.revokedAt?.toISOString() ?? null,
      accesses: accesses.map((a) => ({ operatorUserId: a.operatorUserId, what: a.what, at: a.at.toISOString() })),
    };
  }
}

function toCsv(rows: UsageEntry[]): string {
  return csvDocument(USAGE_COLUMNS, rows);
}
