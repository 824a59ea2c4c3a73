import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Operation, Roles } from '@ptc/platform';
import { StatisticsView } from '../privacy.views.js';
import { METRICS, StatisticsService } from './statistics.service.js';

@ApiTags('operator: privacy')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator/statistics')
export class OperatorStatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @ApiQuery({ name: 'from', example: '2027-01-01' })
  @ApiQuery({ name: 'to', example: '2027-01-31' })
  @ApiQuery({ name: 'metric', required: false, enum: METRICS })
  @Get()
  @Operation({ id: 'getStatistics', summary: 'Anonymous daily figures per region; cells under k people suppressed', type: StatisticsView })
  query(@Query('from') from = '', @Query('to') to = '', @Query('metric') metric?: string) {
    return this.statistics.query(from, to, metric);
  }
}
