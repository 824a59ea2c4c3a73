import { DomainEvent, EventBus } from './event-bus.js';

class PersonDeleted extends DomainEvent {
  constructor(readonly personId: string) {
    super();
  }
}
class SomethingElse extends DomainEvent {}

describe('EventBus', () => {
  it('delivers an event to every handler of its type, in subscription order, and to no other', async () => {
    const bus = new EventBus();
    const seen: string[] = [];
    bus.subscribe(PersonDeleted, async (e) => void seen.push(`bookings:${e.personId}`));
    bus.subscribe(PersonDeleted, (e) => void seen.push(`privacy:${e.personId}`));
    bus.subscribe(SomethingElse, () => void seen.push('other'));
    await bus.publish(new PersonDeleted('p1'));
    expect(seen).toEqual(['bookings:p1', 'privacy:p1']);
  });

  it('lets a handler failure reach the publisher, so the publishing transaction rolls back', async () => {
    const bus = new EventBus();
    bus.subscribe(PersonDeleted, () => {
      throw new Error('cannot cancel appointments');
    });
    await expect(bus.publish(new PersonDeleted('p1'))).rejects.toThrow('cannot cancel appointments');
  });
});
