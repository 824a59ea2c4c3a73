import { Migration } from '@mikro-orm/migrations';

export class Migration20261128121053 extends Migration {

  override name = 'Migration20261128121053';

  override up(): void | Promise<void> {
    this.addSql(`create table "appointment" ("id" uuid not null, "school_id" uuid not null, "evening_id" uuid not null, "slot_id" uuid not null, "teacher_id" uuid not null, "student_id" uuid not null, "contact_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" text not null default 'active', "sequence" int not null default 0, "booked_by" uuid not null, "created_at" timestamptz not null, "cancelled_at" timestamptz null, "cancelled_by" uuid null, "cancel_reason" text null, primary key ("id"));`);
    this.addSql(`create index "appointment_school_id_index" on "appointment" ("school_id");`);
    this.addSql(`create index "appointment_student_id_index" on "appointment" ("student_id");`);
    this.addSql(`create index "appointment_contact_id_index" on "appointment" ("contact_id");`);
    this.addSql(`create index "appointment_evening_id_teacher_id_index" on "appointment" ("evening_id", "teacher_id");`);

    this.addSql(`create table "appointment_history" ("id" bigserial primary key, "school_id" uuid not null, "appointment_id" uuid not null, "action" text not null, "actor_user_id" uuid null, "at" timestamptz not null, "detail" jsonb null);`);
    this.addSql(`create index "appointment_history_school_id_index" on "appointment_history" ("school_id");`);
    this.addSql(`create index "appointment_history_appointment_id_at_index" on "appointment_history" ("appointment_id", "at");`);

    this.addSql(`create table "booking_idempotency" ("key" text not null, "school_id" uuid not null, "user_id" uuid not null, "request_hash" text not null, "status" smallint not null, "response" jsonb not null, "created_at" timestamptz not null, primary key ("key"));`);
    this.addSql(`create index "booking_idempotency_school_id_index" on "booking_idempotency" ("school_id");`);

    this.addSql(`create table "evening" ("id" uuid not null, "school_id" uuid not null, "name" text not null, "status" text not null default 'draft', "slot_minutes" smallint not null, "gap_minutes" smallint not null default 0, "opens_at" timestamptz not null, "closes_at" timestamptz not null, "location" text null, "year_labels" jsonb null, "cap_per_student" smallint null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "evening_school_id_index" on "evening" ("school_id");`);

    this.addSql(`create table "evening_session" ("id" uuid not null, "school_id" uuid not null, "evening_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "evening_session_school_id_index" on "evening_session" ("school_id");`);
    this.addSql(`create index "evening_session_evening_id_index" on "evening_session" ("evening_id");`);

    this.addSql(`create table "evening_teacher" ("id" uuid not null, "school_id" uuid not null, "evening_id" uuid not null, "teacher_id" uuid not null, "arrive_at" text null, "leave_at" text null, "break_every_slots" smallint null, "break_minutes" smallint null, "breaks" jsonb null, "location" text null, primary key ("id"));`);
    this.addSql(`create index "evening_teacher_school_id_index" on "evening_teacher" ("school_id");`);
    this.addSql(`create index "evening_teacher_evening_id_index" on "evening_teacher" ("evening_id");`);
    this.addSql(`alter table "evening_teacher" add constraint "evening_teacher_evening_id_teacher_id_unique" unique ("evening_id", "teacher_id");`);

    this.addSql(`create table "slot" ("id" uuid not null, "school_id" uuid not null, "evening_id" uuid not null, "teacher_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "blocked" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "slot_school_id_index" on "slot" ("school_id");`);
    this.addSql(`create index "slot_evening_id_teacher_id_starts_at_index" on "slot" ("evening_id", "teacher_id", "starts_at");`);

    this.addSql(`alter table "evening_session" add constraint "evening_session_evening_id_foreign" foreign key ("evening_id") references "evening" ("id") on delete cascade;`);

    this.addSql(`alter table "evening_teacher" add constraint "evening_teacher_evening_id_foreign" foreign key ("evening_id") references "evening" ("id") on delete cascade;`);

    this.addSql(`alter table "slot" add constraint "slot_evening_id_foreign" foreign key ("evening_id") references "evening" ("id") on delete cascade;`);

    // Written by hand: the booking invariants live in the database, so a race can never break them.
    // (A generated migration that proposes to drop any of these must be corrected by hand.)
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`alter table "appointment" add column "parent_busy" tstzrange null;`);
    this.addSql(`create unique index "appointment_slot_active_unique" on "appointment" ("slot_id") where "status" = 'active';`);
    this.addSql(`create unique index "appointment_once_per_teacher_unique" on "appointment" ("evening_id", "teacher_id", "student_id") where "status" = 'active';`);
    this.addSql(`alter table "appointment" add constraint "appointment_parent_no_overlap" exclude using gist ("contact_id" with =, "parent_busy" with &&) where ("status" = 'active');`);
    this.addSql(`alter table "appointment" add constraint "appointment_status_check" check ("status" in ('active', 'cancelled'));`);
    this.addSql(`alter table "appointment" add constraint "appointment_times_check" check ("ends_at" > "starts_at");`);
    this.addSql(`alter table "evening" add constraint "evening_status_check" check ("status" in ('draft', 'published', 'closed'));`);
    this.addSql(`alter table "evening" add constraint "evening_window_check" check ("closes_at" > "opens_at");`);
    this.addSql(`alter table "slot" add constraint "slot_times_check" check ("ends_at" > "starts_at");`);
    this.addSql(`create unique index "slot_teacher_start_unique" on "slot" ("evening_id", "teacher_id", "starts_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "evening_session" drop constraint "evening_session_evening_id_foreign";`);
    this.addSql(`alter table "evening_teacher" drop constraint "evening_teacher_evening_id_foreign";`);
    this.addSql(`alter table "slot" drop constraint "slot_evening_id_foreign";`);

    this.addSql(`drop table if exists "appointment" cascade;`);
    this.addSql(`drop table if exists "appointment_history" cascade;`);
    this.addSql(`drop table if exists "booking_idempotency" cascade;`);
    this.addSql(`drop table if exists "evening" cascade;`);
    this.addSql(`drop table if exists "evening_session" cascade;`);
    this.addSql(`drop table if exists "evening_teacher" cascade;`);
    this.addSql(`drop table if exists "slot" cascade;`);
  }

}
