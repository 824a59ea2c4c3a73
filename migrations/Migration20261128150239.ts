import { Migration } from '@mikro-orm/migrations';

export class Migration20261128150239 extends Migration {

  override name = 'Migration20261128150239';

  override up(): void | Promise<void> {
    this.addSql(`create table "appointment_tally" ("id" uuid not null, "school_id" uuid not null, "evening_id" uuid not null, "status" text not null, "appointments" int not null, primary key ("id"));`);
    this.addSql(`create index "appointment_tally_school_id_index" on "appointment_tally" ("school_id");`);
    this.addSql(`alter table "appointment_tally" add constraint "appointment_tally_evening_id_status_unique" unique ("evening_id", "status");`);

    this.addSql(`create table "erasure_ledger" ("id" bigserial primary key, "school_id" uuid not null, "person_kind" text not null, "person_id" uuid not null, "user_ids" jsonb not null, "erased_by" uuid not null, "request_id" uuid null, "erased_at" timestamptz not null);`);
    this.addSql(`create index "erasure_ledger_school_id_index" on "erasure_ledger" ("school_id");`);
    this.addSql(`create index "erasure_ledger_person_id_index" on "erasure_ledger" ("person_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "appointment_tally" cascade;`);
    this.addSql(`drop table if exists "erasure_ledger" cascade;`);
  }

}
