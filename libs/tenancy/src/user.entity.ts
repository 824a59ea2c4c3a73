import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, type Role } from '@ptc/platform';

export type UserStatus = 'active' | 'disabled';

/**
 * A login. School users belong to exactly one school; platform operators (vendor staff) to none.
 * Screen names are unique per school, case-insensitively (a unique expression index in the migration).
 */
@PersonalData<User>({
  subjects: 'users of PTC: parents, teachers, school admins, operators',
  source: 'the school (accounts and invitations)',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: { category: 'person reference', purpose: 'identifying the account' },
    schoolId: NOT_PERSONAL,
    role: { category: 'account', purpose: 'deciding what the user may do' },
    personId: { category: 'person reference', purpose: "linking the login to the person's directory record" },
    screenName: { category: 'account', purpose: 'logging in' },
    passwordHash: { category: 'account', purpose: 'logging in (argon2id hash, never the password)', secret: true },
    tokenVersion: NOT_PERSONAL,
    status: { category: 'account', purpose: 'disabling access' },
    createdAt: { category: 'account', purpose: 'account history' },
    lastLoginAt: { category: 'account', purpose: 'account security and licence activity' },
    passwordChangedAt: { category: 'account', purpose: 'account security' },
    language: { category: 'account', purpose: 'the language of the emails and pages the user reads' },
  },
})
@Entity({ tableName: 'app_user' })
@Filter(tenantFilter)
@Index({ properties: ['schoolId', 'role'] })
@Unique({
  name: 'app_user_school_screen_name_unique',
  expression: 'create unique index "app_user_school_screen_name_unique" on "app_user" ("school_id", "screen_name") nulls not distinct',
})
export class User {
  [OptionalProps]?: 'schoolId' | 'personId' | 'tokenVersion' | 'status' | 'createdAt' | 'lastLoginAt' | 'passwordChangedAt' | 'language';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', nullable: true })
  schoolId: string | null = null;

  @Property({ type: 'text' })
  role!: Role;

  /**
   * The directory record this login belongs to (a contact for parents, a teacher for teachers).
   * An opaque id: tenancy does not read the directory's tables.
   */
  @Property({ type: 'uuid', nullable: true, index: true })
  personId: string | null = null;

  @Property({ type: 'text' })
  screenName!: string;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  /** Bumped when the user is disabled or changes password; tokens carrying an older version are refused. */
  @Property({ type: 'integer' })
  tokenVersion: number = 0;

  @Property({ type: 'text' })
  status: UserStatus = 'active';

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null = null;

  /** The language the user chose for PTC ('en' or 'es'); null: the school's. */
  @Property({ type: 'text', nullable: true })
  language: string | null = null;
}
