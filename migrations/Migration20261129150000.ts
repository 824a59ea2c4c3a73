import { Migration } from '@mikro-orm/migrations';

export class Migration20261129150000 extends Migration {

  override name = 'Migration20261129150000';

  override up(): void | Promise<void> {
    // Rate-limit windows are counted on every booking write: no WAL for them (a crash only resets the counts).
    this.addSql(`alter table "throttle_bucket" set unlogged;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "throttle_bucket" set logged;`);
  }

}
