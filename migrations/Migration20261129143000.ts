import { Migration } from '@mikro-orm/migrations';

export class Migration20261129143000 extends Migration {

  override name = 'Migration20261129143000';

  override up(): void | Promise<void> {
    // The operator's incident records (issue 21): the 72-hour clock and each school's notice.
    this.addSql(`create table "incident" ("id" uuid not null, "title" text not null, "description" text not null, "detected_at" timestamptz not null, "window_from" timestamptz not null, "window_to" timestamptz not null, "opened_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create table "incident_school" ("id" uuid not null, "school_id" uuid not null, "incident_id" uuid not null, "affected" jsonb not null, "notified_at" timestamptz null, "acknowledged_at" timestamptz null, "acknowledged_by" uuid null, primary key ("id"));`);
    this.addSql(`create index "incident_school_school_id_index" on "incident_school" ("school_id");`);
    this.addSql(`create index "incident_school_incident_id_index" on "incident_school" ("incident_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "incident_school" cascade;`);
    this.addSql(`drop table if exists "incident" cascade;`);
  }

}
