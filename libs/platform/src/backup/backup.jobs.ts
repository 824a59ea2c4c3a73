import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '../clock/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JobRunner } from '../jobs/job-runner.service.js';
import { MailService } from '../mail/mail.service.js';
import { BackupService } from './backup.service.js';

export interface BackupFreshness {
  lastSucceededAt: string | null;
  ageHours: number | null;
  stale: boolean;
}

/** Daily, 01:00 UTC, once across instances: the encrypted backup, then the retention of older ones. */
@Injectable()
export class BackupJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly backups: BackupService,
  ) {}

  @Cron('0 0 1 * * *', { name: 'backup', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('backup', 'daily', () => this.run());
  }

  async run(): Promise<Record<string, number>> {
    const manifest = await this.backups.backup();
    const pruned = await this.backups.prune();
    return { tables: manifest.tables.length, rows: manifest.tables.reduce((n, t) => n + t.rows, 0), bytes: manifest.bytes, pruned };
  }
}

/**
 * How old the last good backup is (from the backup job's run records, so every instance agrees),
 * and hourly: an email to OPERATOR_EMAIL when it is older than BACKUP_MAX_AGE_HOURS, once per
 * stale backup.
 */
@Injectable()
export class BackupWatch {
  private readonly logger = new Logger('Backup');

  constructor(
    private readonly em: EntityManager,
    private readonly jobs: JobRunner,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async freshness(): Promise<BackupFreshness> {
    const rows = await this.em.getConnection().execute<{ finished_at: Date | string }[]>(
      `select finished_at from job_run where job = 'backup' and outcome = 'succeeded' order by finished_at desc limit 1`,
    );
    if (!rows.length) {
      // None yet: stale only once the first one was due, counted from the installation (its first migration).
      const [installed] = await this.em.getConnection().execute<{ at: Date | string | null }[]>('select min(executed_at) as at from mikro_orm_migrations');
      const sinceInstall = installed?.at ? (this.clock.now().getTime() - new Date(installed.at).getTime()) / 3_600_000 : Infinity;
      return { lastSucceededAt: null, ageHours: null, stale: sinceInstall > this.config.backup.maxAgeHours };
    }
    const last = new Date(rows[0].finished_at);
    const ageHours = (this.clock.now().getTime() - last.getTime()) / 3_600_000;
    return { lastSucceededAt: last.toISOString(), ageHours: Math.round(ageHours * 10) / 10, stale: ageHours > this.config.backup.maxAgeHours };
  }

  @Cron('0 20 * * * *', { name: 'backup-watch', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('backup-watch', 'hourly', () => this.run());
  }

  async run(): Promise<Record<string, number>> {
    const fresh = await this.freshness();
    if (!fresh.stale) return { alerted: 0 };
    this.logger.warn(`the last successful backup is ${fresh.lastSucceededAt ? `${fresh.ageHours} hours old` : 'missing'}`);
    if (!this.config.operatorEmail) return { alerted: 0 };
    return this.em.fork().transactional(async (em) => {
      const claimed = await em.execute<{ key: string }[]>(
        `insert into operational_alert (key, sent_at) values (?, ?) on conflict (key) do nothing returning key`,
        [`backup-stale:${fresh.lastSucceededAt ?? 'none'}`, this.clock.now()],
      );
      if (!claimed.length) return { alerted: 0 };
      this.mail.queue({
        to: this.config.operatorEmail!,
        subject: 'PTC: no recent backup',
        text: fresh.lastSucceededAt
          ? `The last successful PTC backup finished at ${fresh.lastSucceededAt}, ${fresh.ageHours} hours ago (limit ${this.config.backup.maxAgeHours} h). See GET /operator/jobs for the backup job's runs.`
          : `PTC has no successful backup yet. See GET /operator/jobs for the backup job's runs.`,
      });
      return { alerted: 1 };
    });
  }
}
