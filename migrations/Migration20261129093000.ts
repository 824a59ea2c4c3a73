import { Migration } from '@mikro-orm/migrations';

export class Migration20261129093000 extends Migration {

  override name = 'Migration20261129093000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "booking_settings" add column "not_booked_reminder_days" smallint not null default 2;`);

    this.addSql(`create table "evening_family_notice" ("id" uuid not null, "school_id" uuid not null, "evening_id" uuid not null, "contact_id" uuid not null, "kind" text not null, "sent_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "evening_family_notice_school_id_index" on "evening_family_notice" ("school_id");`);
    this.addSql(`alter table "evening_family_notice" add constraint "evening_family_notice_evening_id_contact_id_kind_unique" unique ("evening_id", "contact_id", "kind");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "evening_family_notice" cascade;`);
    this.addSql(`alter table "booking_settings" drop column "not_booked_reminder_days";`);
  }

}
