import { Migration } from '@mikro-orm/migrations';

export class Migration20261128150529 extends Migration {

  override name = 'Migration20261128150529';

  override up(): void | Promise<void> {
    this.addSql(`create table "daily_statistic" ("day" date not null, "region" text not null, "metric" text not null, "value" int not null, "people" int not null, primary key ("day", "region", "metric"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "daily_statistic" cascade;`);
  }

}
