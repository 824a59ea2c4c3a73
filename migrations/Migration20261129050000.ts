import { Migration } from '@mikro-orm/migrations';

export class Migration20261129050000 extends Migration {

  override name = 'Migration20261129050000';

  override up(): void | Promise<void> {
    this.addSql(`create table "booking_settings" ("id" uuid not null, "school_id" uuid not null, "parent_cancel_cutoff_hours" int null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "booking_settings" add constraint "booking_settings_school_id_unique" unique ("school_id");`);
    this.addSql(`create index "booking_settings_school_id_index" on "booking_settings" ("school_id");`);
    // The gap between a parent's appointments is for walking between teachers: siblings may see
    // one teacher back to back, so only appointments with different teachers are compared.
    this.addSql(`alter table "appointment" drop constraint "appointment_parent_no_overlap";`);
    this.addSql(`alter table "appointment" add constraint "appointment_parent_no_overlap" exclude using gist ("contact_id" with =, "parent_busy" with &&, "teacher_id" with <>) where ("status" = 'active');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "appointment" drop constraint "appointment_parent_no_overlap";`);
    this.addSql(`alter table "appointment" add constraint "appointment_parent_no_overlap" exclude using gist ("contact_id" with =, "parent_busy" with &&) where ("status" = 'active');`);
    this.addSql(`drop table if exists "booking_settings" cascade;`);
  }

}
