import { DynamicModule, Global, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import type pg from 'pg';
import { ScheduleModule } from '@nestjs/schedule';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { Clock, SystemClock } from './clock/clock.js';
import { scopeConnectionsOf } from './database/connection-scope.js';
import { ormOptions } from './database/orm-options.js';
import { PreparedStatements } from './database/prepared-statements.js';
import { BackupJob, BackupWatch } from './backup/backup.jobs.js';
import { BackupService } from './backup/backup.service.js';
import { ErasureJournal } from './backup/erasure-journal.js';
import { OperationalAlert } from './backup/operational-alert.entity.js';
import { EnvelopeCipher } from './crypto/envelope-cipher.js';
import { EventBus } from './events/event-bus.js';
import { HealthController, OperatorHealthController, ReadinessCheck } from './health/health.controller.js';
import { LinkSigner } from './links/link-signer.service.js';
import { JobRun } from './jobs/job-run.entity.js';
import { JobRunner } from './jobs/job-runner.service.js';
import { JobsController } from './jobs/jobs.controller.js';
import { MailService } from './mail/mail.service.js';
import { OutboxMessage } from './outbox/outbox-message.entity.js';
import { OutboxService } from './outbox/outbox.service.js';
import { ThrottleBucket } from './throttle/throttle-bucket.entity.js';
import { ThrottleService } from './throttle/throttle.service.js';
import { ThrottleSweepJob } from './throttle/throttle-sweep.job.js';
import { UsageRecord } from './usage/usage-record.entity.js';
import { UsageRecorder } from './usage/usage-recorder.service.js';

/**
 * Registered once, when this file loads, like the feature modules' own forFeature calls: the
 * MikroORM Nest integration clears its entity list on the next registration after an app closes,
 * so a per-app call here would make a second app in one process (tests, CLI) lose the others.
 */
const platformEntities = MikroOrmModule.forFeature([OutboxMessage, UsageRecord, ThrottleBucket, JobRun, OperationalAlert]);

const services = [PreparedStatements, ReadinessCheck, EventBus, OutboxService, MailService, ThrottleService, UsageRecorder, LinkSigner, JobRunner, ThrottleSweepJob, EnvelopeCipher, BackupService, BackupJob, BackupWatch, ErasureJournal];

/** Cross-cutting machinery every module may inject: config, clock, database, events, outbox, mail, throttling, usage. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, clock: Clock = new SystemClock()): DynamicModule {
    if (!config.databaseUrl) throw new Error('PlatformModule needs a database URL (start the embedded database first)');
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        MikroOrmModule.forRoot({
          ...ormOptions(config.databaseUrl, { pool: { min: 0, max: config.databasePoolMax }, driverOptions: config.databaseRowSecurity ? { onPoolCreated: (pool: pg.Pool) => scopeConnectionsOf(pool, config.databaseTenantUrl) } : {} }),
          autoLoadEntities: true,
          // Each request gets its own entity manager from a Fastify hook (bootstrap): the same
          // fork this module's middleware would make, without a middleware layer on every request.
          registerRequestContext: false,
        }),
        platformEntities,
        ScheduleModule.forRoot(),
      ],
      controllers: [HealthController, OperatorHealthController, JobsController],
      providers: services,
      exports: [...services, ConfigModule],
    };
  }
}
