import { Migration } from '@mikro-orm/migrations';

export class Migration20261129113000 extends Migration {

  override name = 'Migration20261129113000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "booking_settings" add column "waiting_offer_minutes" smallint not null default 30;`);

    this.addSql(`create table "waiting_entry" ("id" uuid not null, "school_id" uuid not null, "evening_id" uuid not null, "teacher_id" uuid not null, "student_id" uuid not null, "contact_id" uuid not null, "joined_at" timestamptz not null, "state" text not null default 'waiting', "offered_slot_id" uuid null, "offer_expires_at" timestamptz null, "appointment_id" uuid null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "waiting_entry_school_id_index" on "waiting_entry" ("school_id");`);
    this.addSql(`create index "waiting_entry_evening_id_teacher_id_state_joined_at_index" on "waiting_entry" ("evening_id", "teacher_id", "state", "joined_at");`);
    this.addSql(`create index "waiting_entry_student_id_index" on "waiting_entry" ("student_id");`);
    this.addSql(`create index "waiting_entry_contact_id_index" on "waiting_entry" ("contact_id");`);
    // One place on a teacher's list per student while it lasts; a freed slot is held for one family at a time.
    this.addSql(`create unique index "waiting_entry_active_unique" on "waiting_entry" ("evening_id", "teacher_id", "student_id") where state in ('waiting', 'offered');`);
    this.addSql(`create unique index "waiting_entry_offered_slot_unique" on "waiting_entry" ("offered_slot_id") where state = 'offered';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "waiting_entry" cascade;`);
    this.addSql(`alter table "booking_settings" drop column "waiting_offer_minutes";`);
  }

}
