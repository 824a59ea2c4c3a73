import { Migration } from '@mikro-orm/migrations';

export class Migration20261128153619 extends Migration {

  override name = 'Migration20261128153619';

  override up(): void | Promise<void> {
    this.addSql(`create table "operational_alert" ("key" text not null, "sent_at" timestamptz not null, primary key ("key"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "operational_alert" cascade;`);
  }

}
