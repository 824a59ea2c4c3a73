import { Migration } from '@mikro-orm/migrations';

export class Migration20261129032233 extends Migration {

  override name = 'Migration20261129032233';

  override up(): void | Promise<void> {
    this.addSql(`create table "family_calendar_feed" ("id" uuid not null, "school_id" uuid not null, "contact_id" uuid not null, "token_hash" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "family_calendar_feed_school_id_index" on "family_calendar_feed" ("school_id");`);
    this.addSql(`alter table "family_calendar_feed" add constraint "family_calendar_feed_contact_id_unique" unique ("contact_id");`);
    this.addSql(`alter table "family_calendar_feed" add constraint "family_calendar_feed_token_hash_unique" unique ("token_hash");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "family_calendar_feed" cascade;`);
  }

}
