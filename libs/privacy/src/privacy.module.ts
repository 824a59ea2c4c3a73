import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { TenancyModule } from '@ptc/tenancy';
import { RetentionPurgeJob } from './purge/retention-purge.job.js';
import { RetentionPurgeService } from './purge/retention-purge.service.js';
import { SchoolPurge } from './purge/school-purge.entity.js';
import { OperatorPrivacyController } from './records/processing-records.controller.js';
import { ProcessingRecordsService } from './records/processing-records.service.js';

/** PTC as the schools' processor: records of processing, retention purge, (and, in progress) requests, exports, erasure. */
@Module({
  imports: [MikroOrmModule.forFeature([SchoolPurge]), TenancyModule],
  controllers: [OperatorPrivacyController],
  providers: [ProcessingRecordsService, RetentionPurgeService, RetentionPurgeJob],
  exports: [ProcessingRecordsService],
})
export class PrivacyModule {}
