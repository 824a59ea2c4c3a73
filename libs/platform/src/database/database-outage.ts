import { ConnectionException } from '@mikro-orm/core';
import { DomainError } from '../errors/domain-error.js';

/** PostgreSQL's connection-exception and operator-intervention classes (08xxx, 57P0x). */
const SQLSTATE = /^(08\d{3}|57P0[1-3])$/;
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);
const MESSAGES = /connection terminated|terminating connection|timeout exceeded when trying to connect|connection refused|the database system is (starting up|shutting down)|server closed the connection/i;

/** Whether an error means the database cannot be reached now (as opposed to a query being wrong). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: string; message?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e instanceof ConnectionException) return true;
    if (e.code && (SQLSTATE.test(e.code) || NODE_CODES.has(e.code))) return true;
    if (e.message && MESSAGES.test(e.message)) return true;
  }
  return false;
}

/** Seconds a client should wait before trying again while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const databaseUnavailable = () =>
  new DomainError('unavailable', 'SERVICE.UNAVAILABLE', 'PTC cannot reach its database just now; try again in a moment', undefined, DATABASE_RETRY_AFTER_SECONDS);

/**
 * Background work that polls the database (the outbox worker, the usage-record writer) logs one
 * line when the database goes away and one when it is back, not one per poll.
 */
export class OutageLog {
  private away = false;

  constructor(
    private readonly logger: { warn(message: string): void; log(message: string): void; error(message: string): void },
    private readonly what: string,
  ) {}

  failed(error: unknown): void {
    if (!isDatabaseUnavailable(error)) {
      this.logger.error(`${this.what} failed: ${(error as Error)?.message ?? String(error)}`);
      return;
    }
    if (this.away) return;
    this.away = true;
    this.logger.warn(`${this.what}: the database is unavailable; retrying quietly until it is back`);
  }

  succeeded(): void {
    if (!this.away) return;
    this.away = false;
    this.logger.log(`${this.what}: the database is back`);
  }
}
