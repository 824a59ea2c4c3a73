import { Migration } from '@mikro-orm/migrations';

export class Migration20261129130000 extends Migration {

  override name = 'Migration20261129130000';

  override up(): void | Promise<void> {
    this.addSql(`create table "support_case" ("id" uuid not null, "school_id" uuid not null, "subject" text not null, "status" text not null default 'open', "opened_at" timestamptz not null, "opened_by" uuid not null, "closed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "support_case_school_id_index" on "support_case" ("school_id");`);
    this.addSql(`create table "support_entry" ("id" uuid not null, "school_id" uuid not null, "case_id" uuid not null, "at" timestamptz not null, "direction" text not null, "channel" text not null, "counterpart" text not null, "summary" text not null, "message" text null, "logged_by" uuid not null, primary key ("id"));`);
    this.addSql(`create index "support_entry_school_id_index" on "support_entry" ("school_id");`);
    this.addSql(`create index "support_entry_case_id_at_index" on "support_entry" ("case_id", "at");`);
    this.addSql(`create table "support_attachment" ("id" uuid not null, "school_id" uuid not null, "entry_id" uuid not null, "filename" text not null, "content_type" text not null, "size" int not null, "sha256" text not null, "content" bytea not null, primary key ("id"));`);
    this.addSql(`create index "support_attachment_school_id_index" on "support_attachment" ("school_id");`);
    this.addSql(`create index "support_attachment_entry_id_index" on "support_attachment" ("entry_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "support_attachment" cascade;`);
    this.addSql(`drop table if exists "support_entry" cascade;`);
    this.addSql(`drop table if exists "support_case" cascade;`);
  }

}
