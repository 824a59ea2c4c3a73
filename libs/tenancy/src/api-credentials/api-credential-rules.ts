import { BlockList, isIP } from 'node:net';

/** `10.0.0.0/8`, `2001:db8::/32` or a single address: a range a third party may call from; null when it is not one. */
export function parseRange(text: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [address, prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return null;
  const version = isIP(address ?? '');
  if (version === 0) return null;
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : -1;
  if (prefix < 0 || prefix > max) return null;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** Whether the client address is inside one of the ranges (no ranges: any address; no address known: refused). */
export function addressAllowed(ranges: string[], clientIp: string | null): boolean {
  if (ranges.length === 0) return true;
  if (!clientIp || isIP(clientIp) === 0) return false;
  const list = new BlockList();
  for (const range of ranges) {
    const parsed = parseRange(range);
    if (parsed) list.addSubnet(parsed.address, parsed.prefix, parsed.family);
  }
  return list.check(clientIp, isIP(clientIp) === 4 ? 'ipv4' : 'ipv6');
}

export const CREDENTIAL_MAX_DAYS = 366;

/** Why an expiry is refused: in the past, or further than a year ahead (access is reviewed at least yearly); null when fine. */
export function expiryProblem(expiresAt: Date, now: Date): string | null {
  if (expiresAt.getTime() <= now.getTime()) return 'the expiry must be in the future';
  if (expiresAt.getTime() > now.getTime() + CREDENTIAL_MAX_DAYS * 86_400_000) return `the expiry must be within ${CREDENTIAL_MAX_DAYS} days`;
  return null;
}
