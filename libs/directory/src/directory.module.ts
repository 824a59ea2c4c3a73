import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { DirectoryPeople, TenancyModule } from '@ptc/tenancy';
import { DirectoryPeopleAdapter } from './accounts/directory-people.adapter.js';
import { AdminPasswordResetController, OperatorPasswordResetController, PasswordResetRequestController } from './accounts/password-reset.controllers.js';
import { PasswordResetMailService } from './accounts/password-reset-mail.service.js';
import { ContactExportService } from './export/contact-export.service.js';
import { ExportController } from './export/export.controller.js';
import { Invitation } from './invitations/invitation.entity.js';
import { AcceptInvitationController, InvitationsController } from './invitations/invitations.controller.js';
import { InvitationsService } from './invitations/invitations.service.js';
import { OwnDirectoryController, ContactsController, StudentsController, TeachersController } from './people/people.controllers.js';
import { PeopleService } from './people/people.service.js';
import { PersonRemovalService } from './people/person-removal.service.js';
import { Contact, ContactLink, Student, Teacher, TeacherLink } from './people/person.entities.js';
import { DirectorySyncService } from './sync/directory-sync.service.js';
import { DirectorySyncQueries } from './sync/directory-sync.queries.js';
import { PeopleQueries } from './people/people.queries.js';
import { ContactExportQueries } from './export/contact-export.queries.js';
import { SyncRun } from './sync/sync-run.entity.js';
import { OperatorSyncSettingsController, SyncController } from './sync/sync.controller.js';
import { DirectorySyncSettings, RosterClassMember } from './sync/roster.entities.js';
import { SyncSettingsService } from './sync/sync-settings.service.js';

/** Students, contacts, teachers and their links, mirrored from the school's information system. */
@Module({
  imports: [MikroOrmModule.forFeature([Student, Contact, Teacher, ContactLink, TeacherLink, SyncRun, Invitation, DirectorySyncSettings, RosterClassMember]), TenancyModule],
  controllers: [StudentsController, ContactsController, TeachersController, OwnDirectoryController, SyncController, OperatorSyncSettingsController, InvitationsController, AcceptInvitationController, ExportController, PasswordResetRequestController, AdminPasswordResetController, OperatorPasswordResetController],
  providers: [PeopleService, PeopleQueries, ContactExportQueries, PersonRemovalService, DirectorySyncService, DirectorySyncQueries, SyncSettingsService, InvitationsService, ContactExportService, PasswordResetMailService, { provide: DirectoryPeople, useClass: DirectoryPeopleAdapter }],
  exports: [PeopleService, DirectorySyncService, DirectoryPeople, InvitationsService],
})
export class DirectoryModule {}
