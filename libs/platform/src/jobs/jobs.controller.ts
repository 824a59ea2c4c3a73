import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { JobRunner } from './job-runner.service.js';

@ApiTags('operator: jobs')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator/jobs')
export class JobsController {
  constructor(private readonly jobs: JobRunner) {}

  @Get()
  recent() {
    return this.jobs.recent();
  }
}
