import { Migration } from '@mikro-orm/migrations';

export class Migration20261129090000 extends Migration {

  override name = 'Migration20261129090000';

  override up(): void | Promise<void> {
    this.addSql(`create table "schedule_proposal" ("id" uuid not null, "school_id" uuid not null, "evening_id" uuid not null, "user_id" uuid not null, "contact_id" uuid not null, "meetings" jsonb not null, "slots" jsonb not null, "earliest" timestamptz null, "latest" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "schedule_proposal_school_id_index" on "schedule_proposal" ("school_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "schedule_proposal" cascade;`);
  }

}
