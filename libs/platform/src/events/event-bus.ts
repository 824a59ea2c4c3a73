import { Injectable } from '@nestjs/common';

/** A fact one module announces; other modules react. Declared per module in its `events.ts`. */
export abstract class DomainEvent {
  readonly occurredAt: Date = new Date();
}

type EventClass<E extends DomainEvent> = abstract new (...args: never[]) => E;
type Handler<E> = (event: E) => Promise<void> | void;

/**
 * In-process, typed publish/subscribe. Handlers run in the publisher's unit of work: called
 * inside a transaction, their writes join it and roll back with it. Effects that leave the
 * process (mail, notices) are written to the outbox by the handler, never sent directly.
 */
@Injectable()
export class EventBus {
  private readonly handlers = new Map<EventClass<DomainEvent>, Handler<DomainEvent>[]>();

  subscribe<E extends DomainEvent>(type: EventClass<E>, handler: Handler<E>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as Handler<DomainEvent>);
    this.handlers.set(type, list);
  }

  async publish(event: DomainEvent): Promise<void> {
    const list = this.handlers.get(event.constructor as EventClass<DomainEvent>) ?? [];
    for (const handler of list) await handler(event);
  }
}
