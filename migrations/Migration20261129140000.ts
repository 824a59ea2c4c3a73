import { Migration } from '@mikro-orm/migrations';

export class Migration20261129140000 extends Migration {

  override name = 'Migration20261129140000';

  override up(): void | Promise<void> {
    // Third parties a school authorises through the API (issue 21); the secret is kept as a hash.
    this.addSql(`create table "api_credential" ("id" uuid not null, "school_id" uuid not null, "name" text not null, "purpose" text not null, "scopes" text[] not null, "allowed_ranges" text[] not null, "expires_at" timestamptz not null, "secret_hash" text not null, "created_by" uuid not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "revoked_by" uuid null, primary key ("id"));`);
    this.addSql(`create index "api_credential_school_id_index" on "api_credential" ("school_id");`);
    this.addSql(`alter table "usage_record" add column "credential_name" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "usage_record" drop column "credential_name";`);
    this.addSql(`drop table if exists "api_credential" cascade;`);
  }

}
