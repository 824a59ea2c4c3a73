import { TenancyErrors } from './tenancy.errors.js';

const SCREEN_NAME = /^[\p{L}\p{N}._@-]{3,64}$/u;

/** Screen names are case-insensitive identifiers: stored and compared in one normal form. */
export function normaliseScreenName(raw: string): string {
  return raw.trim().normalize('NFC').toLowerCase();
}

export function assertValidScreenName(normalised: string): void {
  if (!SCREEN_NAME.test(normalised)) throw TenancyErrors.screenNameInvalid();
}
