import { Injectable } from '@nestjs/common';
import { PreparedStatement, PreparedStatements, type Principal } from '@ptc/platform';

/** Every authenticated request asks this: prepared once per connection. */
const tokenHolder = new PreparedStatement<{
  id: string;
  school_id: string | null;
  person_id: string | null;
  role: Principal['role'];
  token_version: number;
  status: string;
  school_status: string | null;
  licence_active: boolean | null;
  timezone: string | null;
}>(
  'tenancy.token_holder',
  `select u.id, u.school_id, u.person_id, u.role, u.token_version, u.status, s.status as school_status, s.licence_active, s.timezone
     from app_user u left join school s on s.id = u.school_id where u.id = $1`,
);

/** Statements about logins beyond the ORM's. */
@Injectable()
export class UserQueries {
  constructor(private readonly statements: PreparedStatements) {}

  /** Before any school is known (operators have none): the login a token names, with its school's state. */
  async tokenHolder(userId: string) {
    return (await this.statements.rows(tokenHolder, [userId]))[0];
  }
}
