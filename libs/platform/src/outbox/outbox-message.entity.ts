import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData } from '../privacy/personal-data.js';

export type OutboxStatus = 'pending' | 'done' | 'failed';

/**
 * An effect that must not be lost (an email, a notice), written in the same transaction as the
 * change that caused it and carried out later by the outbox worker, at least once.
 */
@PersonalData<OutboxMessage>({
  subjects: 'recipients of emails: parents, teachers, school staff',
  source: 'PTC, from the directory and bookings',
  retention: 'short',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    topic: NOT_PERSONAL,
    payload: { category: 'communications', purpose: 'delivering confirmations, reminders and notices by email (addresses, names, appointment details)' },
    schoolId: NOT_PERSONAL,
    status: NOT_PERSONAL,
    attempts: NOT_PERSONAL,
    availableAt: NOT_PERSONAL,
    lastError: { category: 'communications', purpose: 'diagnosing failed deliveries (may quote an address)' },
    createdAt: NOT_PERSONAL,
    processedAt: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'outbox_message' })
@Index({ name: 'outbox_message_due_idx', properties: ['status', 'availableAt'] })
export class OutboxMessage {
  [OptionalProps]?: 'schoolId' | 'status' | 'attempts' | 'availableAt' | 'lastError' | 'createdAt' | 'processedAt';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  topic!: string;

  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** For tracing and for deleting a school's pending messages with its data; null for platform mail. */
  @Property({ type: 'uuid', nullable: true })
  schoolId: string | null = null;

  @Property({ type: 'text' })
  status: OutboxStatus = 'pending';

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'timestamptz' })
  availableAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  processedAt: Date | null = null;
}
