import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { BackupWatch, type BackupFreshness } from '../backup/backup.jobs.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly em: EntityManager,
    private readonly backups: BackupWatch,
  ) {}

  /**
   * For load balancers: 200 when the database answers, 503 when it does not. The backup detail
   * (age of the last successful backup; `stale` past BACKUP_MAX_AGE_HOURS) is for operators: a
   * stale backup does not take the instance out of service.
   */
  @Public()
  @Get()
  @HttpCode(200)
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<{ status: string; database: string; backup?: BackupFreshness }> {
    try {
      await this.em.getConnection().execute('select 1');
      return { status: 'ok', database: 'up', backup: await this.backups.freshness() };
    } catch {
      void reply.status(503);
      return { status: 'unavailable', database: 'down' };
    }
  }
}
