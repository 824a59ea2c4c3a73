import { Migration } from '@mikro-orm/migrations';

export class Migration20261128145707 extends Migration {

  override name = 'Migration20261128145707';

  override up(): void | Promise<void> {
    this.addSql(`create table "sub_processor_list" ("version" int not null, "effective_from" date not null, "published_at" timestamptz not null, "summary" text not null, "entries" jsonb not null, primary key ("version"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sub_processor_list" cascade;`);
  }

}
