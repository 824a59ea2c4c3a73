import type { ArgumentsHost } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { DomainError } from './domain-error.js';
import { HttpExceptionFilter } from './http-exception.filter.js';

function respond(exception: unknown) {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const response = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    send(body: unknown) {
      sent.body = body;
      return this;
    },
    header(name: string, value: string) {
      sent.headers[name] = value;
      return this;
    },
  };
  const host = { switchToHttp: () => ({ getRequest: () => ({ requestId: 'req-1' }), getResponse: () => response }) } as unknown as ArgumentsHost;
  new HttpExceptionFilter().catch(exception, host);
  return sent;
}

describe('HttpExceptionFilter', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('turns an unexpected error into a 500 that shows the request id and nothing internal', () => {
    const sent = respond(new Error('relation "app_user" violates something at /srv/ptc/secret.ts:12'));
    expect(sent.status).toBe(500);
    expect(sent.body).toEqual({ statusCode: 500, code: 'INTERNAL.UNEXPECTED', message: 'An unexpected error occurred', requestId: 'req-1' });
  });

  it('maps each domain error kind to its status, keeping code and details, and sets Retry-After', () => {
    expect(respond(new DomainError('conflict', 'BOOKING.SLOT_TAKEN', 'taken', { slotId: 's1' }))).toMatchObject({
      status: 409,
      body: { statusCode: 409, code: 'BOOKING.SLOT_TAKEN', message: 'taken', details: { slotId: 's1' }, requestId: 'req-1' },
    });
    expect(respond(new DomainError('payment_required', 'LICENCE.INACTIVE', 'x')).status).toBe(402);
    expect(respond(new DomainError('rate_limited', 'AUTH.TOO_MANY_ATTEMPTS', 'x', undefined, 42)).headers).toEqual({ 'Retry-After': '42' });
  });
});
