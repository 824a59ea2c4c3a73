import { Migration } from '@mikro-orm/migrations';

export class Migration20261128145456 extends Migration {

  override name = 'Migration20261128145456';

  override up(): void | Promise<void> {
    this.addSql(`create table "subject_request" ("id" uuid not null, "school_id" uuid not null, "kind" text not null, "details" text not null, "filed_by" text not null, "requester_user_id" uuid null, "subject_kind" text null, "subject_id" uuid null, "received_at" timestamptz not null, "due_on" date not null, "extended_months" smallint not null default 0, "status" text not null default 'received', "reminded_due_soon_for" date null, "reminded_overdue_for" date null, primary key ("id"));`);
    this.addSql(`create index "subject_request_school_id_index" on "subject_request" ("school_id");`);
    this.addSql(`create index "subject_request_status_due_on_index" on "subject_request" ("status", "due_on");`);

    this.addSql(`create table "subject_request_step" ("id" bigserial primary key, "school_id" uuid not null, "request_id" uuid not null, "action" text not null, "actor_user_id" uuid null, "note" text null, "at" timestamptz not null);`);
    this.addSql(`create index "subject_request_step_school_id_index" on "subject_request_step" ("school_id");`);
    this.addSql(`create index "subject_request_step_request_id_index" on "subject_request_step" ("request_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "subject_request" cascade;`);
    this.addSql(`drop table if exists "subject_request_step" cascade;`);
  }

}
