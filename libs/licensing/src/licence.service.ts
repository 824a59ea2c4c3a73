import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { acrossSchools, APP_CONFIG, Clock, EventBus, RequestContext, type AppConfig, type Page, type PageQuery } from '@ptc/platform';
import { AppointmentBooked } from '@ptc/bookings';
import { SchoolCreated, SchoolsService, UserLoggedIn } from '@ptc/tenancy';
import type { ExtendTrialDto, RecordPaymentDto } from './dto/licence.dto.js';
import { LicenceTerminated } from './events.js';
import { Licence, LicencePayment, type PaymentSource } from './licence.entities.js';
import { addDays, afterPayment, deletionDueOn, licenceStatus, mayUse, terminationDay, type LicenceFacts } from './licence-rules.js';
import { LicensingErrors } from './licensing.errors.js';
import type { LicenceView } from './dto/licence.views.js';
import { LicenceQueries } from './licence.queries.js';

export type { LicenceView } from './dto/licence.views.js';

/** Trial and paid licences: what they say today, payments, and keeping the school's access in step. */
@Injectable()
export class LicenceService implements OnModuleInit {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: LicenceQueries,
    private readonly schools: SchoolsService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private readonly logger = new Logger(LicenceService.name);
  /**
   * School ids whose activity this instance already wrote today. Only an optimisation that spares
   * the booking rush a statement per request; another instance without it just writes once itself.
   */
  private activityNoted = { day: '', schools: new Set<string>() };

  onModuleInit(): void {
    // A new school starts on a trial, in the transaction that creates it.
    this.events.subscribe(SchoolCreated, (event) => this.startTrial(event.schoolId));
    this.events.subscribe(UserLoggedIn, (event) => (event.schoolId ? this.noteActivity(event.schoolId) : undefined));
    this.events.subscribe(AppointmentBooked, (event) => this.noteActivity(event.schoolId));
  }

  today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  private async startTrial(schoolId: string): Promise<void> {
    const today = this.today();
    this.em.persist(
      this.em.create(Licence, { schoolId, kind: 'trial', startsOn: today, trialEndsOn: addDays(today, this.config.licensing.trialDays - 1), lastActivityOn: today }),
    );
    await this.em.flush();
  }

  /**
   * The school's most recent login or booking, by the day (trial inactivity is judged in days): at
   * most one write per school and day. It runs after the login or booking succeeded, so a failure
   * here is logged and retried on the next one rather than failing the user's request.
   */
  async noteActivity(schoolId: string): Promise<void> {
    const today = this.today();
    if (this.activityNoted.day !== today) this.activityNoted = { day: today, schools: new Set() };
    if (this.activityNoted.schools.has(schoolId)) return;
    try {
      await this.queries.noteActivity(schoolId, today);
      this.activityNoted.schools.add(schoolId);
    } catch (error) {
      this.logger.warn(`could not note activity of school ${schoolId}: ${(error as Error).message}`);
    }
  }

  view(l: Licence): LicenceView {
    const today = this.today();
    const facts = l as LicenceFacts;
    return {
      schoolId: l.schoolId,
      kind: l.kind,
      status: licenceStatus(facts, today),
      mayUse: mayUse(facts, today),
      startsOn: l.startsOn,
      trialEndsOn: l.trialEndsOn,
      renewalOn: l.renewalOn,
      terminatesOn: l.kind === 'paid' && l.renewalOn && !l.terminatedOn ? terminationDay(l.renewalOn) : null,
      terminatedOn: l.terminatedOn,
      lastActivityOn: l.lastActivityOn,
      deletionDueOn: deletionDueOn(facts),
    };
  }

  /** The caller's school's licence (readable even while terminated). */
  async own(): Promise<LicenceView> {
    const licence = await this.em.findOne(Licence, { schoolId: RequestContext.schoolId()! });
    if (!licence) throw LicensingErrors.notFound();
    return this.view(licence);
  }

  /** One page of the schools, by name, each with its licence. */
  async list(page: PageQuery): Promise<Page<LicenceView & { school: string }>> {
    const schools = await this.schools.page(page);
    const licences = await this.em.find(Licence, { schoolId: { $in: schools.items.map((s) => s.id) } }, { filters: acrossSchools('the operator’s list of every school’s licence') });
    const bySchool = new Map(licences.map((l) => [l.schoolId, l]));
    const items = schools.items.filter((s) => bySchool.has(s.id)).map((s) => ({ ...this.view(bySchool.get(s.id)!), school: s.name }));
    return { items, total: schools.total };
  }

  private async load(schoolId: string, em = this.em): Promise<Licence> {
    const licence = await em.findOne(Licence, { schoolId }, { filters: acrossSchools('the operator’s work on one school’s licence') });
    if (!licence) throw LicensingErrors.notFound();
    return licence;
  }

  /**
   * A payment for the next period makes the licence paid and moves the renewal date on; a late
   * one reactivates. A payment reference counts once: the operator is told of a repeat (409); the
   * provider's webhook, which redelivers, gets the first answer again when the payment is the same.
   */
  async recordPayment(schoolId: string, dto: RecordPaymentDto, by: { source: PaymentSource; userId: string | null }): Promise<LicenceView & { duplicate?: true }> {
    if (dto.periodEnd <= dto.periodStart) throw LicensingErrors.badPeriod();
    try {
      return await this.em.transactional(async (em) => {
        const licence = await this.load(schoolId, em);
        em.persist(em.create(LicencePayment, { schoolId, ...dto, receivedAt: this.clock.now(), recordedBy: by.userId, source: by.source }));
        const paid = afterPayment(licence, dto.periodEnd);
        Object.assign(licence, { kind: paid.kind, renewalOn: paid.renewalOn, trialEndsOn: paid.trialEndsOn });
        await this.applyStatus(em, licence);
        await em.flush();
        return this.view(licence);
      });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      if (by.source === 'webhook' && (await this.isSamePayment(schoolId, dto))) return { ...this.view(await this.load(schoolId, this.em.fork())), duplicate: true };
      throw LicensingErrors.duplicatePayment();
    }
  }

  private async isSamePayment(schoolId: string, dto: RecordPaymentDto): Promise<boolean> {
    const first = await this.em.fork().findOne(LicencePayment, { reference: dto.reference }, { filters: acrossSchools('a payment reference counts once across every school') });
    return (
      first !== null &&
      first.schoolId === schoolId &&
      first.amountMinor === dto.amountMinor &&
      first.currency === dto.currency &&
      first.periodStart === dto.periodStart &&
      first.periodEnd === dto.periodEnd
    );
  }

  async extendTrial(schoolId: string, dto: ExtendTrialDto): Promise<LicenceView> {
    return this.em.transactional(async (em) => {
      const licence = await this.load(schoolId, em);
      if (licence.kind !== 'trial') throw LicensingErrors.notATrial();
      licence.trialEndsOn = dto.endsOn;
      await this.applyStatus(em, licence);
      await em.flush();
      return this.view(licence);
    });
  }

  /**
   * Brings the stored state and the school's access in line with today's status: records a
   * termination (once, announced), or lifts it when a late payment or an extension arrived.
   * Returns whether anything changed.
   */
  async applyStatus(em: EntityManager, licence: Licence): Promise<'terminated' | 'reactivated' | null> {
    const today = this.today();
    const usable = mayUse({ ...licence, terminatedOn: null } as LicenceFacts, today);
    if (!usable && !licence.terminatedOn) {
      licence.terminatedOn = licence.kind === 'paid' && licence.renewalOn ? terminationDay(licence.renewalOn) : addDays(licence.trialEndsOn ?? today, 1);
      await this.schools.setLicenceActive(licence.schoolId, false);
      await this.events.publish(new LicenceTerminated(licence.schoolId, licence.terminatedOn));
      return 'terminated';
    }
    if (usable && licence.terminatedOn) {
      licence.terminatedOn = null;
      await this.schools.setLicenceActive(licence.schoolId, true);
      return 'reactivated';
    }
    return null;
  }
}
