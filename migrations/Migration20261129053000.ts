import { Migration } from '@mikro-orm/migrations';

export class Migration20261129053000 extends Migration {

  override name = 'Migration20261129053000';

  override up(): void | Promise<void> {
    this.addSql(`create table "directory_sync_settings" ("id" uuid not null, "school_id" uuid not null, "one_roster_org_ids" text[] not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "directory_sync_settings_school_id_index" on "directory_sync_settings" ("school_id");`);
    this.addSql(`alter table "directory_sync_settings" add constraint "directory_sync_settings_school_id_unique" unique ("school_id");`);

    this.addSql(`create table "roster_class_member" ("id" uuid not null, "school_id" uuid not null, "class_sis_id" text not null, "class_title" text not null, "teacher_id" uuid null, "student_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "roster_class_member_school_id_index" on "roster_class_member" ("school_id");`);
    this.addSql(`create index "roster_class_member_teacher_id_index" on "roster_class_member" ("teacher_id");`);
    this.addSql(`create index "roster_class_member_student_id_index" on "roster_class_member" ("student_id");`);
    this.addSql(`create index "roster_class_member_school_id_class_sis_id_index" on "roster_class_member" ("school_id", "class_sis_id");`);
    this.addSql(`alter table "roster_class_member" add constraint "roster_class_member_teacher_id_foreign" foreign key ("teacher_id") references "teacher" ("id") on delete cascade;`);
    this.addSql(`alter table "roster_class_member" add constraint "roster_class_member_student_id_foreign" foreign key ("student_id") references "student" ("id") on delete cascade;`);

    this.addSql(`alter table "sync_run" add column "outside_school" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "sync_run" drop column "outside_school";`);
    this.addSql(`drop table if exists "roster_class_member" cascade;`);
    this.addSql(`drop table if exists "directory_sync_settings" cascade;`);
  }

}
