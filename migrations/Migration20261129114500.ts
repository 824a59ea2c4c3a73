import { Migration } from '@mikro-orm/migrations';

export class Migration20261129114500 extends Migration {

  override name = 'Migration20261129114500';

  override up(): void | Promise<void> {
    this.addSql(`alter table "school" add column "families_reply_to" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "school" drop column "families_reply_to";`);
  }

}
