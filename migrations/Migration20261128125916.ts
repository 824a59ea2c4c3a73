import { Migration } from '@mikro-orm/migrations';

export class Migration20261128125916 extends Migration {

  override name = 'Migration20261128125916';

  override up(): void | Promise<void> {
    this.addSql(`create table "licence" ("id" uuid not null, "school_id" uuid not null, "kind" text not null, "starts_on" date not null, "trial_ends_on" date null, "renewal_on" date null, "terminated_on" date null, "last_activity_on" date not null, primary key ("id"));`);
    this.addSql(`create index "licence_school_id_index" on "licence" ("school_id");`);
    this.addSql(`alter table "licence" add constraint "licence_school_id_unique" unique ("school_id");`);

    this.addSql(`create table "licence_payment" ("id" uuid not null, "school_id" uuid not null, "amount_minor" int not null, "currency" text not null, "period_start" date not null, "period_end" date not null, "received_at" timestamptz not null, "reference" text not null, "recorded_by" uuid not null, primary key ("id"));`);
    this.addSql(`create index "licence_payment_school_id_index" on "licence_payment" ("school_id");`);
    this.addSql(`alter table "licence_payment" add constraint "licence_payment_reference_unique" unique ("reference");`);

    this.addSql(`alter table "school" add "licence_active" boolean not null default true;`);

    // Written by hand: the rules, and a trial for schools that existed before licences did.
    this.addSql(`alter table "licence" add constraint "licence_kind_check" check ("kind" in ('trial', 'paid'));`);
    this.addSql(`alter table "licence" add constraint "licence_dates_check" check (("kind" = 'trial') = ("trial_ends_on" is not null) or "kind" = 'paid');`);
    this.addSql(`alter table "licence_payment" add constraint "licence_payment_period_check" check ("period_end" > "period_start");`);
    this.addSql(`insert into "licence" ("id", "school_id", "kind", "starts_on", "trial_ends_on", "last_activity_on")
                 select gen_random_uuid(), "id", 'trial', current_date, current_date + 29, current_date from "school";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "licence" cascade;`);
    this.addSql(`drop table if exists "licence_payment" cascade;`);

    this.addSql(`alter table "school" drop column "licence_active";`);
  }

}
