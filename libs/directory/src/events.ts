import { DomainEvent } from '@ptc/platform';

export type PersonKind = 'student' | 'contact' | 'teacher';

/**
 * People were removed from a school's directory (by a sync or by an admin). Their logins are
 * already disabled; other modules clean up what refers to them (bookings cancel their future
 * appointments). Published inside the deleting transaction, just before the rows are deleted, so
 * handlers can still read the people's names.
 */
export class PeopleDeleted extends DomainEvent {
  constructor(
    readonly schoolId: string,
    readonly kind: PersonKind,
    readonly personIds: string[],
  ) {
    super();
  }
}
