import { Migration } from '@mikro-orm/migrations';

export class Migration20261129110000 extends Migration {

  override name = 'Migration20261129110000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "booking_settings" add column "video_link_template" text null;`);
    this.addSql(`alter table "evening" add column "online" boolean not null default false;`);
    this.addSql(`alter table "evening_teacher" add column "online" boolean null;`);
    this.addSql(`alter table "appointment" add column "meeting_link" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "appointment" drop column "meeting_link";`);
    this.addSql(`alter table "evening_teacher" drop column "online";`);
    this.addSql(`alter table "evening" drop column "online";`);
    this.addSql(`alter table "booking_settings" drop column "video_link_template";`);
  }

}
