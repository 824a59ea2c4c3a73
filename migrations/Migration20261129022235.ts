import { Migration } from '@mikro-orm/migrations';

export class Migration20261129022235 extends Migration {

  override name = 'Migration20261129022235';

  override up(): void | Promise<void> {
    this.addSql(`create table "password_reset" ("id" uuid not null, "school_id" uuid not null, "user_id" uuid not null, "token_hash" text not null, "expires_at" timestamptz not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "password_reset_school_id_index" on "password_reset" ("school_id");`);
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id");`);
    this.addSql(`alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`);
    // Hand-written: a login's reset links go with the login (erasure deletes logins).
    this.addSql(`alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "password_reset" cascade;`);
  }

}
