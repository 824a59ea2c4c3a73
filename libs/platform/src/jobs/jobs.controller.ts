import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { Operation } from '../http/openapi.js';
import { JobRunner } from './job-runner.service.js';

export class JobRunView {
  @ApiProperty()
  job: string;

  @ApiProperty({ description: 'The hour or day the run is for' })
  tick: string;

  @ApiProperty({ description: 'Which instance ran it' })
  instance: string;

  @ApiProperty()
  attempt: number;

  @ApiProperty({ format: 'date-time' })
  startedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt: string | null;

  @ApiProperty({ enum: ['running', 'succeeded', 'failed'] })
  outcome: string;

  @ApiProperty({ type: 'object', nullable: true, additionalProperties: { type: 'number' }, description: 'What the run handled' })
  counts: Record<string, number> | null;

  @ApiProperty({ type: String, nullable: true })
  error: string | null;
}

@ApiTags('operator: jobs')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator/jobs')
export class JobsController {
  constructor(private readonly jobs: JobRunner) {}

  @Get()
  @Operation({ id: 'listJobRuns', summary: 'Recent scheduled-job runs', type: [JobRunView] })
  recent() {
    return this.jobs.recent();
  }
}
