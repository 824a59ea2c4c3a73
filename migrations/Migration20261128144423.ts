import { Migration } from '@mikro-orm/migrations';

/** Licence payments can come from the payment provider's webhook, without an operator user. */
export class Migration20261128144423 extends Migration {

  override name = 'Migration20261128144423';

  override up(): void | Promise<void> {
    // Payments recorded before the webhook existed were all the operator's.
    this.addSql(`alter table "licence_payment" add "source" text not null default 'operator';`);
    this.addSql(`alter table "licence_payment" alter column "source" drop default;`);
    this.addSql(`alter table "licence_payment" alter column "recorded_by" drop not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "licence_payment" drop column "source";`);
    this.addSql(`alter table "licence_payment" alter column "recorded_by" set not null;`);
  }

}
