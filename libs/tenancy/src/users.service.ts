import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Clock, EventBus, RequestContext, type Principal, type Role } from '@ptc/platform';
import { toUserView, type CreateUserDto, type ListUsersQuery, type UserView } from './dto/user.dto.js';
import { DirectoryPeople, PERSON_KIND_OF_ROLE } from './directory-people.port.js';
import { UserDisabled } from './events.js';
import { PasswordService } from './password.service.js';
import { assertValidScreenName, normaliseScreenName } from './screen-name.js';
import { TenancyErrors } from './tenancy.errors.js';
import { User } from './user.entity.js';

/** A school admin's view of their school's accounts. The tenant filter scopes every query to that school. */
@Injectable()
export class UsersService {
  constructor(
    private readonly em: EntityManager,
    private readonly passwords: PasswordService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly modules: ModuleRef,
  ) {}

  async list(query: ListUsersQuery): Promise<{ items: UserView[]; total: number }> {
    const [users, total] = await this.em.findAndCount(User, query.role ? { role: query.role } : {}, {
      orderBy: { screenName: 'asc' },
      limit: query.limit,
      offset: query.offset,
    });
    return { items: users.map(toUserView), total };
  }

  async get(id: string): Promise<UserView> {
    return toUserView(await this.load(id));
  }

  /** Creates an account in the caller's school (in the school scope of the current context). */
  async create(dto: CreateUserDto): Promise<UserView> {
    const schoolId = RequestContext.schoolId();
    if (!schoolId) throw new Error('UsersService.create needs a school in scope');
    if (dto.personId) await this.assertLinkable(dto.role, dto.personId);
    const user = await this.createInSchool(schoolId, dto.role, dto.screenName, dto.password, dto.personId ?? null);
    return toUserView(user);
  }

  /** A login may belong to a directory record of the right kind, in this school, that has no login yet. */
  private async assertLinkable(role: CreateUserDto['role'], personId: string): Promise<void> {
    const kind = await this.modules.get(DirectoryPeople, { strict: false }).kindOf(personId);
    if (!kind) throw TenancyErrors.personNotFound();
    const expected = PERSON_KIND_OF_ROLE[role];
    if (kind !== expected) throw TenancyErrors.personWrongKind(role, expected);
    if ((await this.personIdsWithAccounts([personId])).size) throw TenancyErrors.personHasLogin();
  }

  /** Used by school set-up and the demo seed as well as by admins. */
  async createInSchool(
    schoolId: string | null,
    role: User['role'],
    rawScreenName: string,
    password: string,
    personId: string | null = null,
  ): Promise<User> {
    const screenName = normaliseScreenName(rawScreenName);
    assertValidScreenName(screenName);
    await this.passwords.assertAcceptable(password, { screenName, schoolId });
    const user = this.em.create(User, {
      schoolId,
      role,
      personId,
      screenName,
      passwordHash: await this.passwords.hash(password),
      createdAt: this.clock.now(),
    });
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        this.em.getUnitOfWork().unsetIdentity(user);
        throw TenancyErrors.screenNameTaken();
      }
      throw error;
    }
    return user;
  }

  async disable(caller: Principal, id: string): Promise<UserView> {
    const user = await this.load(id);
    if (user.id === caller.userId) throw TenancyErrors.cannotDisableSelf();
    if (user.status !== 'disabled') {
      await this.em.transactional(async () => {
        user.status = 'disabled';
        user.tokenVersion += 1;
        await this.events.publish(new UserDisabled(user.schoolId, user.id));
      });
    }
    return toUserView(user);
  }

  /**
   * Ends the access of everyone who logs in as one of these directory records (they were deleted
   * or erased): disabled, and their tokens revoked by the version bump. Joins the caller's transaction.
   */
  async disableForPeople(personIds: string[]): Promise<number> {
    if (personIds.length === 0) return 0;
    const users = await this.em.find(User, { personId: { $in: personIds }, status: 'active' });
    for (const user of users) {
      user.status = 'disabled';
      user.tokenVersion += 1;
      await this.events.publish(new UserDisabled(user.schoolId, user.id));
    }
    await this.em.flush();
    return users.length;
  }

  /** The directory records behind the current school's active logins of one role (e.g. admins who are also teachers). */
  async activePersonIdsOfRole(role: Role): Promise<string[]> {
    const users = await this.em.find(User, { role, status: 'active', personId: { $ne: null } }, { fields: ['personId'] });
    return users.map((u) => u.personId!);
  }

  /** Who these logins of the current school are: role and directory record (a breach report's callers). */
  async rolesOfUsers(userIds: string[]): Promise<Map<string, { role: Role; personId: string | null }>> {
    if (userIds.length === 0) return new Map();
    const users = await this.em.find(User, { id: { $in: userIds } }, { fields: ['id', 'role', 'personId'] });
    return new Map(users.map((u) => [u.id, { role: u.role, personId: u.personId }]));
  }

  /** The logins of these directory records, for a data export (never the password hash). */
  async accountsOfPeople(personIds: string[]) {
    if (personIds.length === 0) return [];
    const users = await this.em.find(User, { personId: { $in: personIds } }, { orderBy: { createdAt: 'asc' } });
    return users.map((u) => ({ id: u.id, screenName: u.screenName, role: u.role, status: u.status, createdAt: u.createdAt.toISOString(), lastLoginAt: u.lastLoginAt?.toISOString() ?? null }));
  }

  /** Erasure: deletes the logins of these directory records (their tokens die with them); returns the user ids. Joins the caller's transaction. */
  async deleteAccountsOfPeople(personIds: string[]): Promise<string[]> {
    if (personIds.length === 0) return [];
    const users = await this.em.find(User, { personId: { $in: personIds } }, { fields: ['id'] });
    if (users.length) await this.em.nativeDelete(User, { id: { $in: users.map((u) => u.id) } });
    return users.map((u) => u.id);
  }

  /** The status of the login of each of these directory records that has one, in the current school. */
  async loginStatusOfPeople(personIds: string[]): Promise<Map<string, User['status']>> {
    if (personIds.length === 0) return new Map();
    const users = await this.em.find(User, { personId: { $in: personIds } }, { fields: ['personId', 'status'] });
    return new Map(users.map((u) => [u.personId!, u.status]));
  }

  /** Which of these directory records already have a login in the current school. */
  async personIdsWithAccounts(personIds?: string[]): Promise<Set<string>> {
    const users = await this.em.find(User, personIds ? { personId: { $in: personIds } } : { personId: { $ne: null } }, { fields: ['personId'] });
    return new Set(users.map((u) => u.personId!));
  }

  /** Development tooling (the demo's password): one new password for these logins of the current school, revoking their tokens. */
  async setPasswords(screenNames: string[], password: string): Promise<number> {
    const users = await this.em.find(User, { screenName: { $in: screenNames.map(normaliseScreenName) } });
    const passwordHash = await this.passwords.hash(password);
    for (const user of users) Object.assign(user, { passwordHash, passwordChangedAt: this.clock.now(), tokenVersion: user.tokenVersion + 1 });
    await this.em.flush();
    return users.length;
  }

  async enable(id: string): Promise<UserView> {
    const user = await this.load(id);
    user.status = 'active';
    await this.em.flush();
    return toUserView(user);
  }

  private async load(id: string): Promise<User> {
    const user = await this.em.findOne(User, { id });
    if (!user) throw TenancyErrors.userNotFound();
    return user;
  }
}
