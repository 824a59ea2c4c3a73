import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { BookingsModule } from '@ptc/bookings';
import { DirectoryModule } from '@ptc/directory';
import { TenancyModule } from '@ptc/tenancy';
import { ErasureController } from './erasure/erasure.controller.js';
import { ErasureLedgerEntry } from './erasure/erasure-ledger.entity.js';
import { ErasureService } from './erasure/erasure.service.js';
import { LedgerReplayService } from './erasure/ledger-replay.service.js';
import { PersonExportController, PrivacySchemasController } from './export/person-export.controller.js';
import { PersonExportService } from './export/person-export.service.js';
import { SchoolExportController } from './export/school-export.controller.js';
import { SchoolExport } from './export/school-export.entity.js';
import { SchoolExportExpiryJob } from './export/school-export-expiry.job.js';
import { SchoolExportService } from './export/school-export.service.js';
import { SchoolAdminMail } from './mail/school-admin-mail.service.js';
import { DailyStatistic } from './statistics/daily-statistic.entity.js';
import { OperatorStatisticsController } from './statistics/statistics.controller.js';
import { StatisticsJob } from './statistics/statistics.job.js';
import { StatisticsService } from './statistics/statistics.service.js';
import { RetentionPurgeJob } from './purge/retention-purge.job.js';
import { RetentionPurgeService } from './purge/retention-purge.service.js';
import { RetentionPurgeQueries } from './purge/retention-purge.queries.js';
import { SchoolExportQueries } from './export/school-export.queries.js';
import { SubjectRequestQueries } from './requests/subject-requests.queries.js';
import { StatisticsQueries } from './statistics/statistics.queries.js';
import { SubProcessorQueries } from './sub-processors/sub-processors.queries.js';
import { SchoolPurge } from './purge/school-purge.entity.js';
import { OperatorPrivacyController } from './records/processing-records.controller.js';
import { ProcessingRecordsService } from './records/processing-records.service.js';
import { RequestFulfilmentService } from './requests/request-fulfilment.service.js';
import { RequestRemindersJob } from './requests/request-reminders.job.js';
import { SubjectRequest, SubjectRequestStep } from './requests/subject-request.entities.js';
import { AdminRequestsController, FileRequestController, OperatorFileRequestController } from './requests/subject-requests.controllers.js';
import { SubjectRequestsService } from './requests/subject-requests.service.js';
import { SubProcessorList } from './sub-processors/sub-processor-list.entity.js';
import { OperatorSubProcessorsController, PublicSubProcessorsController } from './sub-processors/sub-processors.controllers.js';
import { SubProcessorsService } from './sub-processors/sub-processors.service.js';
import { DataRetentionJob } from './usage/data-retention.job.js';
import { AdminUsageController, OperatorSupportController } from './usage/usage-access.controllers.js';
import { SupportAccess, SupportGrant, UsageRelease } from './usage/usage-access.entities.js';
import { UsageAccessService } from './usage/usage-access.service.js';
import { Incident, IncidentSchool } from './breach/incident.entities.js';
import { BreachQueries } from './breach/breach.queries.js';
import { BreachReportService } from './breach/breach-report.service.js';
import { IncidentsService } from './breach/incidents.service.js';
import { AdminBreachController, OperatorIncidentsController } from './breach/incidents.controllers.js';

/** PTC as the schools' processor: rights requests passed to the school, sub-processors, records of processing, retention purge. */
@Module({
  imports: [MikroOrmModule.forFeature([SchoolPurge, SubjectRequest, SubjectRequestStep, SubProcessorList, UsageRelease, SupportGrant, SupportAccess, ErasureLedgerEntry, DailyStatistic, SchoolExport, Incident, IncidentSchool]), TenancyModule, DirectoryModule, BookingsModule],
  controllers: [OperatorPrivacyController, FileRequestController, OperatorFileRequestController, AdminRequestsController, PublicSubProcessorsController, OperatorSubProcessorsController, AdminUsageController, OperatorSupportController, ErasureController, OperatorStatisticsController, PersonExportController, PrivacySchemasController, SchoolExportController, OperatorIncidentsController, AdminBreachController],
  providers: [ProcessingRecordsService, RetentionPurgeService, RetentionPurgeQueries, SchoolExportQueries, SubjectRequestQueries, StatisticsQueries, SubProcessorQueries, RetentionPurgeJob, SchoolAdminMail, SubjectRequestsService, RequestRemindersJob, SubProcessorsService, UsageAccessService, DataRetentionJob, ErasureService, StatisticsService, StatisticsJob, PersonExportService, SchoolExportService, SchoolExportExpiryJob, RequestFulfilmentService, LedgerReplayService, BreachQueries, BreachReportService, IncidentsService],
  exports: [ProcessingRecordsService, LedgerReplayService],
})
export class PrivacyModule {}
