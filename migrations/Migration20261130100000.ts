import { Migration } from '@mikro-orm/migrations';

export class Migration20261130100000 extends Migration {

  override name = 'Migration20261130100000';

  override up(): void | Promise<void> {
    this.addSql(`create table "sign_in_provider" ("id" uuid not null, "school_id" uuid not null, "display_name" text not null, "issuer" text not null, "client_id" text not null, "client_secret" bytea not null, "allowed_email_domains" text[] not null, "roles" text[] not null, "staff_password_sign_in" boolean not null default true, "updated_at" timestamptz not null, "updated_by" uuid not null, primary key ("id"));`);
    this.addSql(`create index "sign_in_provider_school_id_index" on "sign_in_provider" ("school_id");`);
    this.addSql(`alter table "sign_in_provider" add constraint "sign_in_provider_school_id_unique" unique ("school_id");`);

    this.addSql(`create table "sign_in_attempt" ("id" uuid not null, "school_id" uuid not null, "state_hash" text not null, "nonce" text not null, "code_verifier" text not null, "next" text null, "expires_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "sign_in_attempt_school_id_index" on "sign_in_attempt" ("school_id");`);
    this.addSql(`alter table "sign_in_attempt" add constraint "sign_in_attempt_state_hash_unique" unique ("state_hash");`);
    this.addSql(`create index "sign_in_attempt_expires_at_index" on "sign_in_attempt" ("expires_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sign_in_attempt" cascade;`);
    this.addSql(`drop table if exists "sign_in_provider" cascade;`);
  }

}
