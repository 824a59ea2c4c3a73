import { addressAllowed, expiryProblem, parseRange } from './api-credential-rules.js';

describe('the ranges a third party may call from', () => {
  it('reads CIDR ranges and single addresses of both families, and refuses anything else', () => {
    expect(parseRange('10.0.0.0/8')).toEqual({ address: '10.0.0.0', prefix: 8, family: 'ipv4' });
    expect(parseRange('203.0.113.7')).toEqual({ address: '203.0.113.7', prefix: 32, family: 'ipv4' });
    expect(parseRange('2001:db8::/32')).toEqual({ address: '2001:db8::', prefix: 32, family: 'ipv6' });
    for (const bad of ['10.0.0.0/33', '10.0.0/8', 'example.com', '10.0.0.0/8/1', '10.0.0.0/x', '']) expect(parseRange(bad)).toBeNull();
  });

  it('lets in an address inside a range, not one outside, and anyone when there are no ranges', () => {
    expect(addressAllowed(['10.0.0.0/8', '192.0.2.1'], '10.20.30.40')).toBe(true);
    expect(addressAllowed(['10.0.0.0/8', '192.0.2.1'], '192.0.2.1')).toBe(true);
    expect(addressAllowed(['10.0.0.0/8', '192.0.2.1'], '192.0.2.2')).toBe(false);
    expect(addressAllowed(['2001:db8::/32'], '2001:db8::1')).toBe(true);
    expect(addressAllowed(['2001:db8::/32'], '10.0.0.1')).toBe(false);
    expect(addressAllowed(['10.0.0.0/8'], null)).toBe(false);
    expect(addressAllowed([], null)).toBe(true);
  });
});

describe('the expiry of a credential', () => {
  const now = new Date('2026-11-29T12:00:00Z');
  it('must be in the future and within a year', () => {
    expect(expiryProblem(new Date('2026-11-29T12:00:00Z'), now)).toBe('the expiry must be in the future');
    expect(expiryProblem(new Date('2027-06-01T00:00:00Z'), now)).toBeNull();
    expect(expiryProblem(new Date('2027-12-31T00:00:00Z'), now)).toBe('the expiry must be within 366 days');
  });
});
