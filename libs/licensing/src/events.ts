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
