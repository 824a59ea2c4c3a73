import { Migration } from '@mikro-orm/migrations';

export class Migration20261129111500 extends Migration {

  override name = 'Migration20261129111500';

  override up(): void | Promise<void> {
    this.addSql(`alter table "evening" add column "opening_stages" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "evening" drop column "opening_stages";`);
  }

}
