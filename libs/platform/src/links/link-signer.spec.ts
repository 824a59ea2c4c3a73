import { createHmac } from 'node:crypto';
import { FixedClock } from '../clock/clock.js';
import { loadConfig } from '../config/app-config.js';
import { LinkSigner } from './link-signer.service.js';

describe('LinkSigner', () => {
  const clock = new FixedClock(new Date('2026-11-28T10:00:00Z'));
  const signer = new LinkSigner(loadConfig({ JWT_SECRET: 'q8V3n1Kz7sWm2YpR5tLc9XbJ4hGd6FaE0uNi' }), clock);
  const expires = new Date('2026-12-10T19:00:00Z');

  it('returns the payload of its own token until it expires', () => {
    const token = signer.sign('appointment', { a: '5f0c5a39-5d4e-4c55-9a3c-1f1b3e1c2d3e', s: '7a1d2c3b-0000-4000-8000-000000000001' }, expires);
    expect(signer.verify('appointment', token)).toEqual({ a: '5f0c5a39-5d4e-4c55-9a3c-1f1b3e1c2d3e', s: '7a1d2c3b-0000-4000-8000-000000000001' });
    clock.set(new Date('2026-12-10T19:00:01Z'));
    expect(signer.verify('appointment', token)).toBeNull();
    clock.set(new Date('2026-11-28T10:00:00Z'));
  });

  it('refuses an altered payload, another purpose, another secret and garbage', () => {
    const token = signer.sign('appointment', { a: '5f0c5a39-5d4e-4c55-9a3c-1f1b3e1c2d3e' }, expires);
    const [, mac] = token.split('.');
    const altered = `${Buffer.from(JSON.stringify({ a: '7a1d2c3b-0000-4000-8000-000000000002', exp: 1_900_000_000 })).toString('base64url')}.${mac}`;
    expect(signer.verify('appointment', altered)).toBeNull();
    expect(signer.verify('feed', token)).toBeNull();
    const other = new LinkSigner(loadConfig({ JWT_SECRET: 'another-secret-that-is-long-enough-123456' }), clock);
    expect(other.verify('appointment', token)).toBeNull();
    for (const junk of ['', '.', 'abc', 'a.b.c', `${token}x`]) expect(signer.verify('appointment', junk)).toBeNull();
  });

  it('accepts only the canonical spelling of a signature', () => {
    const token = signer.sign('appointment', { a: '5f0c5a39-5d4e-4c55-9a3c-1f1b3e1c2d3e' }, expires);
    const [body, mac] = token.split('.');
    // 32 bytes in base64url: 43 characters whose last one carries 2 unused bits; changing them decodes to the same bytes.
    const last = mac.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1];
    expect(Buffer.from(`${mac.slice(0, -1)}${sibling}`, 'base64url').equals(Buffer.from(mac, 'base64url'))).toBe(true);
    expect(signer.verify('appointment', `${body}.${mac.slice(0, -1)}${sibling}`)).toBeNull();
    expect(signer.verify('appointment', `${body}.${mac}=`)).toBeNull();
    expect(signer.verify('appointment', token)).not.toBeNull();
  });

  it('signs and accepts ids and version counters only: a correctly signed payload holding anything else is refused', () => {
    expect(signer.verify('appointment', signer.sign('appointment', { a: '5f0c5a39-5d4e-4c55-9a3c-1f1b3e1c2d3e', v: '12' }, expires))).toEqual({ a: '5f0c5a39-5d4e-4c55-9a3c-1f1b3e1c2d3e', v: '12' });
    for (const value of ['not-an-id', '-1', '012', '1.5', 'parent@home.example']) expect(() => signer.sign('appointment', { a: value }, expires)).toThrow('ids and counters only');
    const body = Buffer.from(JSON.stringify({ a: "x'; drop table", exp: 1_900_000_000 })).toString('base64url');
    const key = (signer as unknown as { key: (purpose: string) => Buffer }).key('appointment');
    const mac = createHmac('sha256', key).update(body).digest('base64url');
    expect(signer.verify('appointment', `${body}.${mac}`)).toBeNull();
  });
});
