import { Controller, Get, Injectable, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyReply } from 'fastify';
import { Public, Roles } from '../auth/auth.decorators.js';
import { BackupWatch } from '../backup/backup.jobs.js';
import { ApiMapProperty, Operation } from '../http/openapi.js';

export class HealthIndicatorView {
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';

  @ApiPropertyOptional()
  message?: string;
}

/** @nestjs/terminus' shape, which orchestrators and dashboards already read. */
export class HealthCheckView {
  @ApiProperty({ enum: ['ok', 'error'] })
  status: 'ok' | 'error';

  @ApiMapProperty(HealthIndicatorView, { description: 'Indicators that are up' })
  info: Record<string, HealthIndicatorView>;

  @ApiMapProperty(HealthIndicatorView, { description: 'Indicators that are down' })
  error: Record<string, HealthIndicatorView>;

  @ApiMapProperty(HealthIndicatorView, { description: 'Every indicator' })
  details: Record<string, HealthIndicatorView>;
}

export class BackupFreshnessView {
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastSucceededAt: string | null;

  @ApiProperty({ type: Number, nullable: true })
  ageHours: number | null;

  @ApiProperty({ description: 'Older than BACKUP_MAX_AGE_HOURS, or none yet' })
  stale: boolean;
}

export class OperatorHealthView {
  @ApiProperty({ type: HealthCheckView })
  readiness: HealthCheckView;

  @ApiProperty({ type: BackupFreshnessView })
  backup: BackupFreshnessView;
}

function healthCheck(indicators: Record<string, HealthIndicatorView>): HealthCheckView {
  const entries = Object.entries(indicators);
  const up = Object.fromEntries(entries.filter(([, i]) => i.status === 'up'));
  const down = Object.fromEntries(entries.filter(([, i]) => i.status === 'down'));
  return { status: entries.length === Object.keys(up).length ? 'ok' : 'error', info: up, error: down, details: indicators };
}

/** What readiness means: the database answers and the schema is the one this code expects. */
@Injectable()
export class ReadinessCheck {
  /** Once every migration this code knows is applied, it stays so for the life of the process. */
  private migrationsKnownApplied = false;

  constructor(private readonly orm: MikroORM) {}

  async check(): Promise<HealthCheckView> {
    const database = await this.database();
    const migrations: HealthIndicatorView = database.status === 'up' ? await this.migrations() : { status: 'down', message: 'database unavailable' };
    return healthCheck({ database, migrations });
  }

  private async database(): Promise<HealthIndicatorView> {
    try {
      await this.orm.em.getConnection().execute('select 1');
      return { status: 'up' };
    } catch {
      return { status: 'down', message: 'no answer' };
    }
  }

  private async migrations(): Promise<HealthIndicatorView> {
    if (this.migrationsKnownApplied) return { status: 'up' };
    try {
      const pending = await this.orm.migrator.getPending();
      if (pending.length) return { status: 'down', message: `${pending.length} pending` };
      this.migrationsKnownApplied = true;
      return { status: 'up' };
    } catch {
      return { status: 'down', message: 'could not read the applied migrations' };
    }
  }
}

/** For orchestrators: public, and says nothing about backups or data. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessCheck) {}

  @Public()
  @Get('live')
  @Operation({ id: 'checkLiveness', summary: 'The process is up (restart it when this fails)', type: HealthCheckView })
  live(): HealthCheckView {
    return healthCheck({ process: { status: 'up' } });
  }

  @Public()
  @Get('ready')
  @Operation({ id: 'checkReadiness', summary: 'The database answers and every migration is applied (503 otherwise: send no traffic)', type: HealthCheckView })
  @ApiResponse({ status: 503, description: 'Not ready: which indicator is down', type: HealthCheckView })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckView> {
    const check = await this.readiness.check();
    if (check.status !== 'ok') void reply.status(503);
    return check;
  }
}

/** For the vendor's operators: readiness plus the age of the last good backup. */
@ApiTags('operator: jobs')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator/health')
export class OperatorHealthController {
  constructor(
    private readonly readiness: ReadinessCheck,
    private readonly backups: BackupWatch,
  ) {}

  @Get()
  @Operation({ id: 'getOperatorHealth', summary: 'Readiness and the age of the last good backup', type: OperatorHealthView })
  async check(): Promise<OperatorHealthView> {
    return { readiness: await this.readiness.check(), backup: await this.backups.freshness() };
  }
}
