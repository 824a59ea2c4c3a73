import { Migration } from '@mikro-orm/migrations';

export class Migration20261128115427 extends Migration {

  override name = 'Migration20261128115427';

  override up(): void | Promise<void> {
    this.addSql(`create table "contact" ("id" uuid not null, "school_id" uuid not null, "sis_id" text null, "first_name" text not null, "last_name" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" text null, "email" text null, "phone" text null, primary key ("id"));`);
    this.addSql(`create index "contact_school_id_index" on "contact" ("school_id");`);
    this.addSql(`alter table "contact" add constraint "contact_school_id_sis_id_unique" unique ("school_id", "sis_id");`);

    this.addSql(`create table "invitation" ("id" uuid not null, "school_id" uuid not null, "person_kind" text not null, "person_id" uuid not null, "token_hash" text not null, "expires_at" timestamptz not null, "invited_by" uuid not null, "created_at" timestamptz not null, "accepted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "invitation_school_id_index" on "invitation" ("school_id");`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "invitation" add constraint "invitation_person_id_unique" unique ("person_id");`);

    this.addSql(`create table "student" ("id" uuid not null, "school_id" uuid not null, "sis_id" text null, "first_name" text not null, "last_name" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "year_label" text null, primary key ("id"));`);
    this.addSql(`create index "student_school_id_index" on "student" ("school_id");`);
    this.addSql(`alter table "student" add constraint "student_school_id_sis_id_unique" unique ("school_id", "sis_id");`);

    this.addSql(`create table "contact_link" ("id" uuid not null, "school_id" uuid not null, "contact_id" uuid not null, "student_id" uuid not null, "relationship" text not null, primary key ("id"));`);
    this.addSql(`create index "contact_link_school_id_index" on "contact_link" ("school_id");`);
    this.addSql(`create index "contact_link_contact_id_index" on "contact_link" ("contact_id");`);
    this.addSql(`create index "contact_link_student_id_index" on "contact_link" ("student_id");`);
    this.addSql(`alter table "contact_link" add constraint "contact_link_contact_id_student_id_unique" unique ("contact_id", "student_id");`);

    this.addSql(`create table "sync_run" ("id" uuid not null, "school_id" uuid not null, "started_by" uuid not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "source" text not null, "dry_run" boolean not null, "outcome" text not null, "counts" jsonb null, "problems" jsonb null, primary key ("id"));`);
    this.addSql(`create index "sync_run_school_id_index" on "sync_run" ("school_id");`);
    this.addSql(`create index "sync_run_school_id_started_at_index" on "sync_run" ("school_id", "started_at");`);

    this.addSql(`create table "teacher" ("id" uuid not null, "school_id" uuid not null, "sis_id" text null, "first_name" text not null, "last_name" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" text null, "email" text null, "phone" text null, primary key ("id"));`);
    this.addSql(`create index "teacher_school_id_index" on "teacher" ("school_id");`);
    this.addSql(`alter table "teacher" add constraint "teacher_school_id_sis_id_unique" unique ("school_id", "sis_id");`);

    this.addSql(`create table "teacher_link" ("id" uuid not null, "school_id" uuid not null, "teacher_id" uuid not null, "student_id" uuid not null, "label" text null, primary key ("id"));`);
    this.addSql(`create index "teacher_link_school_id_index" on "teacher_link" ("school_id");`);
    this.addSql(`create index "teacher_link_teacher_id_index" on "teacher_link" ("teacher_id");`);
    this.addSql(`create index "teacher_link_student_id_index" on "teacher_link" ("student_id");`);
    this.addSql(`alter table "teacher_link" add constraint "teacher_link_teacher_id_student_id_unique" unique ("teacher_id", "student_id");`);

    this.addSql(`alter table "app_user" add "person_id" uuid null;`);
    this.addSql(`create index "app_user_person_id_index" on "app_user" ("person_id");`);

    this.addSql(`alter table "contact_link" add constraint "contact_link_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on delete cascade;`);
    this.addSql(`alter table "contact_link" add constraint "contact_link_student_id_foreign" foreign key ("student_id") references "student" ("id") on delete cascade;`);

    this.addSql(`alter table "teacher_link" add constraint "teacher_link_teacher_id_foreign" foreign key ("teacher_id") references "teacher" ("id") on delete cascade;`);
    this.addSql(`alter table "teacher_link" add constraint "teacher_link_student_id_foreign" foreign key ("student_id") references "student" ("id") on delete cascade;`);

    // Written by hand: rules the entities cannot express.
    this.addSql(`alter table "contact_link" add constraint "contact_link_relationship_check" check ("relationship" in ('mother', 'father', 'guardian', 'carer', 'other'));`);
    this.addSql(`alter table "invitation" add constraint "invitation_person_kind_check" check ("person_kind" in ('contact', 'teacher'));`);
    this.addSql(`alter table "sync_run" add constraint "sync_run_outcome_check" check ("outcome" in ('applied', 'dry_run', 'invalid', 'refused', 'failed'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "contact_link" drop constraint "contact_link_contact_id_foreign";`);
    this.addSql(`alter table "contact_link" drop constraint "contact_link_student_id_foreign";`);
    this.addSql(`alter table "teacher_link" drop constraint "teacher_link_student_id_foreign";`);
    this.addSql(`alter table "teacher_link" drop constraint "teacher_link_teacher_id_foreign";`);

    this.addSql(`drop table if exists "contact" cascade;`);
    this.addSql(`drop table if exists "invitation" cascade;`);
    this.addSql(`drop table if exists "student" cascade;`);
    this.addSql(`drop table if exists "contact_link" cascade;`);
    this.addSql(`drop table if exists "sync_run" cascade;`);
    this.addSql(`drop table if exists "teacher" cascade;`);
    this.addSql(`drop table if exists "teacher_link" cascade;`);

    this.addSql(`drop index "app_user_person_id_index";`);
    this.addSql(`alter table "app_user" drop column "person_id";`);
  }

}
