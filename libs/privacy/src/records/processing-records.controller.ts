import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_PREFIX, Operation, PageOf, PageQuery, Roles } from '@ptc/platform';
import { DeletionCertificateView, ProcessingRecordsView } from '../privacy.views.js';
import { RetentionPurgeService } from '../purge/retention-purge.service.js';
import { ProcessingRecordsService } from './processing-records.service.js';

@ApiTags('operator: privacy')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator')
export class OperatorPrivacyController {
  constructor(
    private readonly records: ProcessingRecordsService,
    private readonly purges: RetentionPurgeService,
  ) {}

  /** Records of processing (Art. 30), generated from the classification declared on every entity. */
  @Get('processing-records')
  @Operation({ id: 'getProcessingRecords', summary: 'Records of processing (Art. 30), generated from the classification in code', type: ProcessingRecordsView })
  processingRecords() {
    const { records, withoutPersonalData } = this.records.classification();
    return {
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
