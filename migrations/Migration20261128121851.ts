import { Migration } from '@mikro-orm/migrations';

export class Migration20261128121851 extends Migration {

  override name = 'Migration20261128121851';

  override up(): void | Promise<void> {
    this.addSql(`create table "job_run" ("id" bigserial primary key, "job" text not null, "tick" text not null, "instance" text not null, "attempt" int not null default 1, "started_at" timestamptz not null, "finished_at" timestamptz null, "outcome" text not null default 'running', "counts" jsonb null, "error" text null);`);
    this.addSql(`create index "job_run_started_at_index" on "job_run" ("started_at");`);
    this.addSql(`alter table "job_run" add constraint "job_run_job_tick_unique" unique ("job", "tick");`);
    this.addSql(`alter table "job_run" add constraint "job_run_outcome_check" check ("outcome" in ('running', 'succeeded', 'failed'));`);

    this.addSql(`alter table "appointment" add "reminder_sent_at" timestamptz null;`);
    this.addSql(`create index "appointment_reminder_due_idx" on "appointment" ("starts_at") where "status" = 'active' and "reminder_sent_at" is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "appointment_reminder_due_idx";`);
    this.addSql(`alter table "appointment" drop column "reminder_sent_at";`);
    this.addSql(`drop table if exists "job_run" cascade;`);
  }

}
