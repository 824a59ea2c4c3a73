import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IdentifiedRequest } from '../context/request-context.hook.js';
import { databaseUnavailable, isDatabaseUnavailable } from '../database/database-outage.js';
import { DomainError, ErrorKind } from './domain-error.js';
import { PlatformErrorCodes } from './error-codes.js';

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  validation: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  payment_required: HttpStatus.PAYMENT_REQUIRED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  gone: HttpStatus.GONE,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
  payload_too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
  requestId: string;
}

/**
 * Errors Fastify raises before a handler runs (reading the body) carry a status and a code of
 * their own, e.g. `FST_ERR_CTP_INVALID_JSON_BODY`; Nest hands a 4xx one over as the cause of an
 * HttpException.
 */
interface RequestReadingError extends Error {
  code?: string;
}

const MALFORMED_JSON = new Set(['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY']);

/** The one place where any failure becomes the error body `{ statusCode, code, message, details?, requestId }`. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(caught: unknown, host: ArgumentsHost): void {
    // A database that is away is the service being unavailable (503, retry), not a fault of PTC's (500).
    const exception = !(caught instanceof DomainError) && isDatabaseUnavailable(caught) ? databaseUnavailable() : caught;
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest & IdentifiedRequest>();
    const reply = http.getResponse<FastifyReply>();
    const requestId = request.requestId ?? 'unknown';
    const body = this.toBody(exception, requestId);
    if (exception instanceof DomainError && exception.retryAfterSeconds !== undefined) {
      reply.header('Retry-After', String(exception.retryAfterSeconds));
    }
    // An unavailable database is reported once by the background work that notices it, not per request.
    if (body.statusCode >= 500 && !(exception instanceof DomainError && exception.kind === 'unavailable')) {
      // Stack traces go to the log with the request id; the client only sees the id.
      this.logger.error(`request ${requestId} failed: ${(exception as Error)?.stack ?? String(exception)}`);
    }
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown, requestId: string): ErrorBody {
    if (exception instanceof DomainError) {
      return {
        statusCode: STATUS_BY_KIND[exception.kind],
        code: exception.code,
        message: exception.message,
        ...(exception.details !== undefined ? { details: exception.details } : {}),
        requestId,
      };
    }
    const readingError = (exception instanceof HttpException ? exception.cause : exception) as RequestReadingError | undefined;
    if (readingError?.code && MALFORMED_JSON.has(readingError.code)) {
      return { statusCode: 400, code: PlatformErrorCodes.malformedJson, message: 'The request body is not valid JSON', requestId };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404) {
        return { statusCode: 404, code: PlatformErrorCodes.routeNotFound, message: 'No such route', requestId };
      }
      if (status === 413) {
        return { statusCode: 413, code: PlatformErrorCodes.payloadTooLarge, message: 'The request body is too large', requestId };
      }
      if (status < 500) {
        // Nest's own 4xx, and Fastify's refusals of a request (e.g. 415); keep the status, name it generically.
        return { statusCode: status, code: `HTTP.${status}`, message: exception.message, requestId };
      }
    }
    return { statusCode: 500, code: PlatformErrorCodes.internal, message: 'An unexpected error occurred', requestId };
  }
}
