import { Migration } from '@mikro-orm/migrations';

export class Migration20261129060000 extends Migration {

  override name = 'Migration20261129060000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "booking_settings" add column "teachers_set_availability" boolean not null default false;`);

    this.addSql(`create table "teacher_feed_key" ("id" uuid not null, "school_id" uuid not null, "teacher_id" uuid not null, "current_key" uuid not null, "rotated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "teacher_feed_key_school_id_index" on "teacher_feed_key" ("school_id");`);
    this.addSql(`alter table "teacher_feed_key" add constraint "teacher_feed_key_teacher_id_unique" unique ("teacher_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "teacher_feed_key" cascade;`);
    this.addSql(`alter table "booking_settings" drop column "teachers_set_availability";`);
  }

}
