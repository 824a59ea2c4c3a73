import { DomainEvent } from '@ptc/platform';

/** A licence ended: renewal + 60 days passed without payment, or a trial ran out. */
export class LicenceTerminated extends DomainEvent {
  constructor(
    readonly schoolId: string,
    readonly terminatedOn: string,
  ) {
    super();
  }
}

/** A trial school had no login or booking for a year: its data is due for deletion (SchoolDeletionDue follows). */
export class TrialInactive extends DomainEvent {
  constructor(
    readonly schoolId: string,
    readonly lastActivityOn: string,
  ) {
    super();
  }
}

/**
 * The school's personal data is due for deletion: 1 year after termination, or after 1 year of
 * inactivity on a trial (`reason`). The privacy module performs the deletion.
 */
export class SchoolDeletionDue extends DomainEvent {
  constructor(
    readonly schoolId: string,
    readonly reason: 'terminated' | 'trial_inactive',
    readonly dueOn: string,
  ) {
    super();
  }
}
