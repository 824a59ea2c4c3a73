import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { API_PREFIX, NotFound, Operation, PageOf, PageQuery, Roles } from '@ptc/platform';
import { ApiCredentialsService, SchoolsService } from '@ptc/tenancy';
import { DeletionCertificateView, ProcessingRecordsView } from '../privacy.views.js';
import { RetentionPurgeService } from '../purge/retention-purge.service.js';
import { ProcessingRecordsService } from './processing-records.service.js';

class ProcessingRecordsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Adds that school's third parties" })
  @IsOptional()
  @IsUUID()
  schoolId?: string;
}

@ApiTags('operator: privacy')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator')
export class OperatorPrivacyController {
  constructor(
    private readonly records: ProcessingRecordsService,
    private readonly purges: RetentionPurgeService,
    private readonly credentials: ApiCredentialsService,
    private readonly schools: SchoolsService,
  ) {}

  /** Records of processing (Art. 30), generated from the classification declared on every entity. */
  @Get('processing-records')
  @Operation({ id: 'getProcessingRecords', summary: 'Records of processing (Art. 30), generated from the classification in code', type: ProcessingRecordsView })
  async processingRecords(@Query() { schoolId }: ProcessingRecordsQuery) {
    const { records, withoutPersonalData } = this.records.classification();
    if (schoolId && !(await this.schools.describe(schoolId))) throw NotFound('SCHOOL.NOT_FOUND', 'No such school');
    return {
      ...(schoolId ? { thirdParties: await this.credentials.activeThirdParties(schoolId) } : {}),
      processor: 'PTC (on behalf of each school, the controller)',
      controller: 'each school, for its own pupils, parents, carers, teachers and staff',
      purposes: this.records.purposes(),
      subProcessors: `${API_PREFIX}/privacy/sub-processors`,
      records,
      withoutPersonalData,
    };
  }

  /** Deletion certificates of retention purges (finished or in progress). */
  @Get('deletion-certificates')
  @Operation({ id: 'listDeletionCertificates', summary: 'Retention purges and their per-table counts, newest first', type: PageOf(DeletionCertificateView) })
  certificates(@Query() query: PageQuery) {
    return this.purges.certificates(query);
  }
}
