import { Migration } from '@mikro-orm/migrations';

export class Migration20261129131500 extends Migration {

  override name = 'Migration20261129131500';

  override up(): void | Promise<void> {
    // The outbox's own way in for other modules' statements: they pass the message, not the outbox's SQL.
    this.addSql(`create function outbox_enqueue(p_topic text, p_payload jsonb, p_school_id uuid, p_at timestamptz) returns void language sql as $$
      insert into outbox_message (topic, payload, school_id, status, attempts, available_at, created_at) values (p_topic, p_payload, p_school_id, 'pending', 0, p_at, p_at)
    $$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists outbox_enqueue(text, jsonb, uuid, timestamptz);`);
  }

}
