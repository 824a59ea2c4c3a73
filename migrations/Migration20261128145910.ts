import { Migration } from '@mikro-orm/migrations';

export class Migration20261128145910 extends Migration {

  override name = 'Migration20261128145910';

  override up(): void | Promise<void> {
    this.addSql(`create table "support_access" ("id" bigserial primary key, "school_id" uuid not null, "grant_id" uuid not null, "operator_user_id" uuid not null, "what" text not null, "at" timestamptz not null);`);
    this.addSql(`create index "support_access_school_id_index" on "support_access" ("school_id");`);
    this.addSql(`create index "support_access_grant_id_index" on "support_access" ("grant_id");`);

    this.addSql(`create table "support_grant" ("id" uuid not null, "school_id" uuid not null, "granted_by" uuid not null, "reason" text not null, "granted_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "support_grant_school_id_index" on "support_grant" ("school_id");`);

    this.addSql(`create table "usage_release" ("id" uuid not null, "school_id" uuid not null, "subject_user_id" uuid not null, "requested_by" uuid not null, "reason" text not null, "at" timestamptz not null, "rows" int not null, primary key ("id"));`);
    this.addSql(`create index "usage_release_school_id_index" on "usage_release" ("school_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "support_access" cascade;`);
    this.addSql(`drop table if exists "support_grant" cascade;`);
    this.addSql(`drop table if exists "usage_release" cascade;`);
  }

}
