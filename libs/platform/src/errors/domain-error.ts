/**
 * What went wrong, in terms a client can act on. Services throw these; only the HTTP exception
 * filter knows how each kind maps to a status code, so services stay free of HTTP.
 */
export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'payment_required'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'unprocessable'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unavailable';

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** Stable, machine-readable: `AREA.REASON`, e.g. `BOOKING.SLOT_TAKEN`. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Seconds a client should wait (rate limits, an unavailable database). */
    readonly retryAfterSeconds?: number,
  ) {
    // An answer to the client, not a fault: nobody reads its stack, and capturing one was the
    // costliest step of a 409 in a booking rush. The code says where it came from.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = stackTraceLimit;
    this.name = 'DomainError';
  }
}

export const NotFound = (code: string, message = 'Not found') => new DomainError('not_found', code, message);
export const Forbidden = (code: string, message = 'You are not allowed to do this') => new DomainError('forbidden', code, message);
export const Conflict = (code: string, message: string, details?: unknown) => new DomainError('conflict', code, message, details);
export const Gone = (code: string, message: string) => new DomainError('gone', code, message);
export const Invalid = (code: string, message: string, details?: unknown) => new DomainError('validation', code, message, details);
export const Unauthenticated = (code: string, message: string) => new DomainError('unauthenticated', code, message);
