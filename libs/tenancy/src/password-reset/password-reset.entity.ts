import { randomUUID } from 'node:crypto';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

/**
 * A single-use link to set a new password. Only the SHA-256 of the token is stored; the token
 * exists only in the email. One live link per login: a new one replaces it, and setting the
 * password (by link or by hand) ends it.
 */
@PersonalData<PasswordReset>({
  subjects: 'users of PTC who asked for a new password',
  source: 'PTC, when a user or their admin asks for a password reset',
  retention: 'short',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    userId: { category: 'person reference', purpose: 'whose password the link sets' },
    tokenHash: { category: 'account', purpose: 'checking the reset link (hash only)', secret: true },
    expiresAt: NOT_PERSONAL,
    createdAt: { category: 'account', purpose: 'account security' },
  },
})
@Entity({ tableName: 'password_reset' })
@Filter(tenantFilter)
export class PasswordReset extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', index: true })
  userId!: string;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
