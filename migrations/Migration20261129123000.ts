import { Migration } from '@mikro-orm/migrations';

export class Migration20261129123000 extends Migration {

  override name = 'Migration20261129123000';

  override up(): void | Promise<void> {
    this.addSql(`create table "late_request" ("id" uuid not null, "school_id" uuid not null, "evening_id" uuid not null, "teacher_id" uuid not null, "student_id" uuid not null, "contact_id" uuid not null, "note" text null, "state" text not null default 'open', "created_at" timestamptz not null, "decided_at" timestamptz null, "decided_by" uuid null, "decline_reason" text null, "appointment_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "late_request_school_id_index" on "late_request" ("school_id");`);
    this.addSql(`create index "late_request_evening_id_teacher_id_index" on "late_request" ("evening_id", "teacher_id");`);
    this.addSql(`create index "late_request_student_id_index" on "late_request" ("student_id");`);
    this.addSql(`create index "late_request_contact_id_index" on "late_request" ("contact_id");`);
    // One open request per student and teacher.
    this.addSql(`create unique index "late_request_open_unique" on "late_request" ("evening_id", "teacher_id", "student_id") where state = 'open';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "late_request" cascade;`);
  }

}
