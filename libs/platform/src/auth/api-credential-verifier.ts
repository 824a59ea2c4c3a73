import type { Principal } from '../context/request-context.js';

/** Bearer tokens of API credentials start so; everything else is a login's JWT. */
export const API_CREDENTIAL_PREFIX = 'ptc_';

/**
 * Checks a third party's API credential (tenancy implements it): the caller it stands for, or a
 * DomainError (unknown, revoked, expired, from an address outside its ranges, school inactive).
 */
export abstract class ApiCredentialVerifier {
  abstract verify(token: string, clientIp: string | null): Promise<Principal>;
}
