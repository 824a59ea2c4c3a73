import { Migration } from '@mikro-orm/migrations';

export class Migration20261128130258 extends Migration {

  override name = 'Migration20261128130258';

  override up(): void | Promise<void> {
    this.addSql(`create table "licence_notice" ("id" uuid not null, "school_id" uuid not null, "kind" text not null, "about" date not null, "sent_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "licence_notice_school_id_index" on "licence_notice" ("school_id");`);
    this.addSql(`alter table "licence_notice" add constraint "licence_notice_school_id_kind_about_unique" unique ("school_id", "kind", "about");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "licence_notice" cascade;`);
  }

}
