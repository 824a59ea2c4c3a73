import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventBus, RequestContext } from '@ptc/platform';
import { UsersService } from '@ptc/tenancy';
import { PeopleDeleted, type PersonKind } from '../events.js';
import { Invitation } from '../invitations/invitation.entity.js';

/**
 * What must happen when people leave the directory, whoever removes them (a sync or an admin):
 * their logins stop working at once, their open invitations die, and the other modules hear of it.
 * Runs inside the caller's transaction, so all of it happens together with the deletion or not at all.
 */
@Injectable()
export class PersonRemovalService {
  constructor(
    private readonly em: EntityManager,
    private readonly users: UsersService,
    private readonly events: EventBus,
  ) {}

  async removed(kind: PersonKind, personIds: string[]): Promise<void> {
    if (personIds.length === 0) return;
    const schoolId = RequestContext.schoolId()!;
    if (kind !== 'student') {
      await this.users.disableForPeople(personIds);
      await this.em.nativeDelete(Invitation, { personId: { $in: personIds } });
    }
    await this.events.publish(new PeopleDeleted(schoolId, kind, personIds));
  }
}
