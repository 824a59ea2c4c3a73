import { DomainEvent } from '@ptc/platform';

/** A school was set up by the platform operator. */
export class SchoolCreated extends DomainEvent {
  constructor(
    readonly schoolId: string,
    readonly timezone: string,
  ) {
    super();
  }
}

/** A user lost access (disabled by an admin); their tokens are already revoked. */
export class UserDisabled extends DomainEvent {
  constructor(
    readonly schoolId: string | null,
    readonly userId: string,
  ) {
    super();
  }
}

/** A user logged in; licensing uses it to judge a school's activity. */
export class UserLoggedIn extends DomainEvent {
  constructor(
    readonly schoolId: string | null,
    readonly userId: string,
  ) {
    super();
  }
}
