import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Invalid, Operation, Public, RateLimited, Roles } from '@ptc/platform';
import { SubProcessorListView, SubProcessorsPublishedView } from '../privacy.views.js';
import { PublishSubProcessorsDto } from './sub-processors.dto.js';
import { SubProcessorsService } from './sub-processors.service.js';

@ApiTags('privacy')
@Controller('privacy/sub-processors')
export class PublicSubProcessorsController {
  constructor(private readonly subProcessors: SubProcessorsService) {}

  /** Public: the list in force today, announced changes, and the history; `?version=N` for one version. */
  @Public()
  @ApiQuery({ name: 'version', required: false, type: Number })
  @Get()
  @RateLimited('links')
  @Operation({ id: 'listSubProcessors', summary: 'The sub-processors in force, announced changes and history', type: SubProcessorListView })
  list(@Query('version') version?: string) {
    if (version !== undefined && !/^\d{1,6}$/.test(version)) throw Invalid('VALIDATION.FAILED', 'The request is not valid', [{ field: 'version', problems: ['version must be a whole number'] }]);
    return this.subProcessors.publicView(version === undefined ? undefined : Number(version));
  }
}

@ApiTags('operator: privacy')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator/sub-processors')
export class OperatorSubProcessorsController {
  constructor(private readonly subProcessors: SubProcessorsService) {}

  /** Publishes a new version, effective at least 30 days ahead, and emails every school's administration. */
  @Post()
  @Operation({ id: 'publishSubProcessors', summary: 'Publish a new list (at least 30 days ahead); every school is emailed', status: 201, type: SubProcessorsPublishedView })
  publish(@Body() dto: PublishSubProcessorsDto) {
    return this.subProcessors.publish(dto);
  }
}
