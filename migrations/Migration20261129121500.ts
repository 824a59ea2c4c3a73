import { Migration } from '@mikro-orm/migrations';

export class Migration20261129121500 extends Migration {

  override name = 'Migration20261129121500';

  override up(): void | Promise<void> {
    this.addSql(`alter table "school" add column "language" text not null default 'en';`);
    this.addSql(`alter table "app_user" add column "language" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop column "language";`);
    this.addSql(`alter table "school" drop column "language";`);
  }

}
