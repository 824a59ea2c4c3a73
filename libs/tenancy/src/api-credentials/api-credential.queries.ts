import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { PreparedStatement, PreparedStatements, type ApiScope } from '@ptc/platform';

export interface CredentialHolder {
  id: string;
  school_id: string;
  name: string;
  scopes: ApiScope[];
  allowed_ranges: string[];
  expires_at: Date;
  revoked_at: Date | null;
  secret_hash: string;
  school_status: string;
  licence_active: boolean;
  timezone: string;
}

/** Asked by every request a third party makes, before any school is known: prepared once per connection. */
const credentialHolder = new PreparedStatement<CredentialHolder>(
  'tenancy.credential_holder',
  `select c.id, c.school_id, c.name, c.scopes, c.allowed_ranges, c.expires_at, c.revoked_at, c.secret_hash,
          s.status as school_status, s.licence_active, s.timezone
     from api_credential c join school s on s.id = c.school_id where c.id = $1`,
  { dates: ['expires_at', 'revoked_at'] },
);

/** API credentials' statements beyond the ORM's. */
@Injectable()
export class ApiCredentialQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly statements: PreparedStatements,
  ) {}

  /** By id across schools: a credential names its school, and nothing is in scope before it is checked. */
  async holder(credentialId: string): Promise<CredentialHolder | undefined> {
    return (await this.statements.rows(credentialHolder, [credentialId]))[0];
  }

  /** Notes the use, at most once a minute per credential (what the admin's list shows). */
  async noteUse(credentialId: string, schoolId: string, at: Date): Promise<void> {
    await this.em.getConnection().execute(
      `update api_credential set last_used_at = ? where id = ? and school_id = ? and (last_used_at is null or last_used_at < ?)`,
      [at, credentialId, schoolId, new Date(at.getTime() - 60_000)],
    );
  }
}
