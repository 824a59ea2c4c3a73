import { Migration } from '@mikro-orm/migrations';

export class Migration20261129124500 extends Migration {

  override name = 'Migration20261129124500';

  override up(): void | Promise<void> {
    this.addSql(`alter table "booking_settings" add column "joint_sibling_meetings" boolean not null default false;`);
    this.addSql(`alter table "appointment" add column "joint_student_ids" jsonb null;`);
    // The few joint meetings, found by school and evening without scanning every appointment.
    this.addSql(`create index "appointment_joint_meetings_index" on "appointment" ("school_id", "evening_id") where joint_student_ids is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "appointment" drop column "joint_student_ids";`);
    this.addSql(`alter table "booking_settings" drop column "joint_sibling_meetings";`);
  }

}
