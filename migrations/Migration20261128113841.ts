import { Migration } from '@mikro-orm/migrations';

export class Migration20261128113841 extends Migration {

  override name = 'Migration20261128113841';

  override up(): void | Promise<void> {
    this.addSql(`create table "outbox_message" ("id" bigserial primary key, "topic" text not null, "payload" jsonb not null, "school_id" uuid null, "status" text not null default 'pending', "attempts" int not null default 0, "available_at" timestamptz not null, "last_error" text null, "created_at" timestamptz not null, "processed_at" timestamptz null);`);
    this.addSql(`create index "outbox_message_due_idx" on "outbox_message" ("status", "available_at");`);

    this.addSql(`create table "school" ("id" uuid not null, "name" text not null, "slug" text not null, "timezone" text not null, "status" text not null default 'active', "technical_contact_name" text not null, "technical_contact_email" text not null, "technical_contact_phone" text null, "finance_contact_name" text not null, "finance_contact_email" text not null, "finance_contact_phone" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "school" add constraint "school_slug_unique" unique ("slug");`);

    this.addSql(`create table "throttle_bucket" ("key" text not null, "hits" int not null, "reset_at" timestamptz not null, primary key ("key"));`);
    this.addSql(`create index "throttle_bucket_reset_at_index" on "throttle_bucket" ("reset_at");`);

    this.addSql(`create table "usage_record" ("id" bigserial primary key, "school_id" uuid null, "user_id" uuid not null, "method" text not null, "route" text not null, "status" smallint not null, "ip" text null, "user_agent" text null, "occurred_at" timestamptz not null);`);
    this.addSql(`create index "usage_record_occurred_idx" on "usage_record" ("occurred_at");`);
    this.addSql(`create index "usage_record_school_user_idx" on "usage_record" ("school_id", "user_id", "occurred_at");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "school_id" uuid null, "role" text not null, "screen_name" text not null, "password_hash" text not null, "token_version" int not null default 0, "status" text not null default 'active', "created_at" timestamptz not null, "last_login_at" timestamptz null, "password_changed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "app_user_school_id_role_index" on "app_user" ("school_id", "role");`);
    this.addSql(`create unique index "app_user_school_screen_name_unique" on "app_user" ("school_id", "screen_name") nulls not distinct;`);
    this.addSql(`alter table "app_user" add constraint "app_user_school_id_foreign" foreign key ("school_id") references "school" ("id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('operator', 'school_admin', 'teacher', 'parent'));`);
    this.addSql(`alter table "app_user" add constraint "app_user_operator_has_no_school" check (("role" = 'operator') = ("school_id" is null));`);
    this.addSql(`alter table "app_user" add constraint "app_user_status_check" check ("status" in ('active', 'disabled'));`);
    this.addSql(`alter table "school" add constraint "school_status_check" check ("status" in ('active', 'suspended'));`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_status_check" check ("status" in ('pending', 'done', 'failed'));`);
  }

}
