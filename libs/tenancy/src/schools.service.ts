import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { APP_CONFIG, Clock, EventBus, MailService, RequestContext, runForSchool, type AppConfig, type MailSender, type Page, type PageQuery } from '@ptc/platform';
import { toSchoolView, type CreateSchoolDto, type SchoolContactsDto, type SchoolContactsView, type SchoolView } from './dto/school.dto.js';
import { SchoolCreated } from './events.js';
import { School, type CustomerContact } from './school.entity.js';
import { TenancyErrors } from './tenancy.errors.js';
import { UsersService } from './users.service.js';
import { PasswordResetService } from './password-reset/password-reset.service.js';

export function isIanaTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/** A password for a first login, to be changed; 18 characters from a 64-symbol alphabet (108 bits). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url').slice(0, 18);
}

/** How long the link in a new school's welcome email works: the school may not read it at once. */
const WELCOME_LINK_TTL_MINUTES = 7 * 24 * 60;

@Injectable()
export class SchoolsService {
  constructor(
    private readonly em: EntityManager,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly resets: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sets up a school and its first admin in one transaction, and tells the school's technical
   * contact (through the outbox) that the school is ready. The admin's password is returned once.
   */
  async create(dto: CreateSchoolDto): Promise<{ school: SchoolView; admin: { id: string; screenName: string; initialPassword?: string } }> {
    if (!isIanaTimezone(dto.timezone)) throw TenancyErrors.timezoneUnknown();
    const password = dto.admin.password ?? generatePassword();
    return this.em.transactional(async (em) => {
      if (await em.count(School, { slug: dto.slug })) throw TenancyErrors.slugTaken();
      const school = em.create(School, {
        name: dto.name,
        slug: dto.slug,
        timezone: dto.timezone,
        technicalContact: { name: dto.technicalContact.name, email: dto.technicalContact.email, phone: dto.technicalContact.phone ?? null },
        financeContact: { name: dto.financeContact.name, email: dto.financeContact.email, phone: dto.financeContact.phone ?? null },
        createdAt: this.clock.now(),
      });
      try {
        await em.flush();
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) throw TenancyErrors.slugTaken();
        throw error;
      }
      const admin = await runForSchool(school.id, () => this.users.createInSchool(school.id, 'school_admin', dto.admin.screenName, password));
      // The administrator sets their own password from the email; the operator never needs to pass one on.
      const { token } = await this.resets.issue({ userId: admin.id, schoolId: school.id }, WELCOME_LINK_TTL_MINUTES);
      this.mail.queue(
        {
          to: school.technicalContact.email,
          subject: `Your PTC school "${school.name}" is ready`,
          text:
            `Hello ${school.technicalContact.name},\n\n` +
            `PTC has been set up for ${school.name}. Your school's sign-in name is "${school.slug}"; ` +
            `the first administrator's screen name is "${admin.screenName}".\n\n` +
            `Set the administrator's password with this link (it works once, for 7 days):\n\n${this.config.publicBaseUrl}/reset-password/${token}\n\n` +
            `PTC`,
        },
        school.id,
      );
      await this.events.publish(new SchoolCreated(school.id, school.timezone));
      return {
        school: toSchoolView(school),
        admin: { id: admin.id, screenName: admin.screenName, ...(dto.admin.password ? {} : { initialPassword: password }) },
      };
    });
  }

  async list(): Promise<SchoolView[]> {
    const schools = await this.em.find(School, {}, { orderBy: { name: 'asc' } });
    return schools.map(toSchoolView);
  }

  /** One page of every school, by name. */
  async page(page: PageQuery): Promise<Page<SchoolView>> {
    const [schools, total] = await this.em.findAndCount(School, {}, { orderBy: { name: 'asc', id: 'asc' }, limit: page.limit, offset: page.offset });
    return { items: schools.map(toSchoolView), total };
  }

  async count(): Promise<number> {
    return this.em.count(School, {});
  }

  /** The caller's own school. */
  async current(): Promise<SchoolView> {
    const schoolId = RequestContext.schoolId();
    const school = schoolId ? await this.em.findOne(School, { id: schoolId }) : null;
    if (!school) throw TenancyErrors.schoolNotFound();
    return toSchoolView(school);
  }

  /** The licensing module's switch: whether the school's users may use PTC now. */
  async setLicenceActive(schoolId: string, active: boolean): Promise<void> {
    await this.em.nativeUpdate(School, { id: schoolId }, { licenceActive: active });
  }

  /** The school's customer record: its technical and finance contacts. 404 for no such school. */
  async contacts(schoolId: string): Promise<SchoolContactsView> {
    const school = await this.em.findOne(School, { id: schoolId });
    if (!school) throw TenancyErrors.schoolNotFound();
    const view = (c: CustomerContact) => ({ name: c.name, email: c.email, phone: c.phone ?? null });
    return { technicalContact: view(school.technicalContact), financeContact: view(school.financeContact), familiesReplyTo: school.familiesReplyTo };
  }

  async settings(schoolId: string): Promise<{ language: string }> {
    const school = await this.em.findOne(School, { id: schoolId });
    if (!school) throw TenancyErrors.schoolNotFound();
    return { language: school.language };
  }

  async updateSettings(schoolId: string, language: 'en' | 'es'): Promise<{ language: string }> {
    await this.em.nativeUpdate(School, { id: schoolId }, { language });
    return this.settings(schoolId);
  }

  /** Who families' emails for this school come from: the school's name, replies to its address when it gave one. */
  async senderOf(schoolId: string): Promise<MailSender> {
    const school = await this.em.findOne(School, { id: schoolId });
    return { name: school?.name ?? 'PTC', replyTo: school?.familiesReplyTo ?? null };
  }

  async updateContacts(schoolId: string, dto: SchoolContactsDto): Promise<SchoolContactsView> {
    const school = await this.em.findOne(School, { id: schoolId });
    if (!school) throw TenancyErrors.schoolNotFound();
    const contact = (c: SchoolContactsDto['technicalContact']) => ({ name: c.name.trim(), email: c.email.trim(), phone: c.phone?.trim() || null });
    school.technicalContact = contact(dto.technicalContact);
    school.financeContact = contact(dto.financeContact);
    school.familiesReplyTo = dto.familiesReplyTo?.trim() || null;
    await this.em.flush();
    return this.contacts(schoolId);
  }

  /** The school's customer contacts (the vendor's own correspondents), for licence notices. */
  async customerContacts(schoolId: string): Promise<{ name: string; email: string; role: 'technical' | 'finance' }[]> {
    const school = await this.em.findOne(School, { id: schoolId });
    if (!school) return [];
    return [
      { ...school.technicalContact, role: 'technical' as const },
      { ...school.financeContact, role: 'finance' as const },
    ].map(({ name, email, role }) => ({ name, email, role }));
  }

  /** An active school by its sign-in name (before login, when nothing is in scope yet). */
  async findActiveBySlug(slug: string): Promise<SchoolView | null> {
    const school = await this.em.findOne(School, { slug: slug.trim().toLowerCase() });
    return school && school.status === 'active' ? toSchoolView(school) : null;
  }

  /** What other modules may know of a school (timezone for local times, name for emails). */
  /** A school's IANA timezone: the caller's token carries its own school's (read with the token check), others are looked up. */
  async timezone(schoolId: string): Promise<string> {
    const principal = RequestContext.principal();
    if (principal?.schoolId === schoolId && principal.schoolTimezone) return principal.schoolTimezone;
    return (await this.describe(schoolId))?.timezone ?? 'UTC';
  }

  async describe(schoolId: string): Promise<SchoolView | null> {
    const school = await this.em.findOne(School, { id: schoolId });
    return school ? toSchoolView(school) : null;
  }
}
