import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120000 extends Migration {

  override name = 'Migration20261129120000';

  override up(): void | Promise<void> {
    this.addSql(`create table "teacher_schedule_notice" ("id" uuid not null, "school_id" uuid not null, "evening_id" uuid not null, "teacher_id" uuid not null, "sent_at" timestamptz not null, "told_up_to" bigint not null, primary key ("id"));`);
    this.addSql(`create index "teacher_schedule_notice_school_id_index" on "teacher_schedule_notice" ("school_id");`);
    this.addSql(`alter table "teacher_schedule_notice" add constraint "teacher_schedule_notice_evening_id_teacher_id_unique" unique ("evening_id", "teacher_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "teacher_schedule_notice" cascade;`);
  }

}
