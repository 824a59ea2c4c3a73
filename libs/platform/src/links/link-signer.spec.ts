import { FixedClock } from '../clock/clock.js';
import { loadConfig } from '../config/app-config.js';
import { LinkSigner } from './link-signer.service.js';

describe('LinkSigner', () => {
  const clock = new FixedClock(new Date('2026-11-28T10:00:00Z'));
  const signer = new LinkSigner(loadConfig({ JWT_SECRET: 'q8V3n1Kz7sWm2YpR5tLc9XbJ4hGd6FaE0uNi' }), clock);
  const expires = new Date('2026-12-10T19:00:00Z');

  it('returns the payload of its own token until it expires', () => {
    const token = signer.sign('appointment', { a: 'appt-1', s: 'school-1' }, expires);
    expect(signer.verify('appointment', token)).toEqual({ a: 'appt-1', s: 'school-1' });
    clock.set(new Date('2026-12-10T19:00:01Z'));
    expect(signer.verify('appointment', token)).toBeNull();
    clock.set(new Date('2026-11-28T10:00:00Z'));
  });

  it('refuses an altered payload, another purpose, another secret and garbage', () => {
    const token = signer.sign('appointment', { a: 'appt-1' }, expires);
    const [, mac] = token.split('.');
    const altered = `${Buffer.from(JSON.stringify({ a: 'appt-2', exp: 1_900_000_000 })).toString('base64url')}.${mac}`;
    expect(signer.verify('appointment', altered)).toBeNull();
    expect(signer.verify('feed', token)).toBeNull();
    const other = new LinkSigner(loadConfig({ JWT_SECRET: 'another-secret-that-is-long-enough-123456' }), clock);
    expect(other.verify('appointment', token)).toBeNull();
    for (const junk of ['', '.', 'abc', 'a.b.c', `${token}x`]) expect(signer.verify('appointment', junk)).toBeNull();
  });
});
