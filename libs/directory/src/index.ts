export { DirectoryModule } from './directory.module.js';
export { PeopleService } from './people/people.service.js';
export { appointmentPeopleKey, type AppointmentPeople } from './people/appointment-people.js';
export { InvitationsService, type NewsIn } from './invitations/invitations.service.js';
export { StudentView, AdultView, fullName } from './dto/people.views.js';
export { DirectorySyncService, type SyncResult } from './sync/directory-sync.service.js';
export { PeopleDeleted, type PersonKind } from './events.js';
export type { DirectorySnapshot } from './sync/directory-snapshot.js';
