import { Migration } from '@mikro-orm/migrations';

export class Migration20261128151622 extends Migration {

  override name = 'Migration20261128151622';

  override up(): void | Promise<void> {
    this.addSql(`create table "school_export" ("id" uuid not null, "school_id" uuid not null, "requested_by" uuid not null, "requested_at" timestamptz not null, "status" text not null default 'queued', "progress" smallint not null default 0, "content" bytea null, "bytes" int null, "ready_at" timestamptz null, "expires_at" timestamptz null, "error" text null, primary key ("id"));`);
    this.addSql(`create index "school_export_school_id_index" on "school_export" ("school_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "school_export" cascade;`);
  }

}
