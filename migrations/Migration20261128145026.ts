import { Migration } from '@mikro-orm/migrations';

export class Migration20261128145026 extends Migration {

  override name = 'Migration20261128145026';

  override up(): void | Promise<void> {
    this.addSql(`create table "school_purge" ("school_id" uuid not null, "reason" text not null, "due_on" date not null, "requested_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, "counts" jsonb not null, primary key ("school_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "school_purge" cascade;`);
  }

}
