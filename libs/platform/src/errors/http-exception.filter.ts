import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
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
};

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
  requestId: string;
}

/** Body-parser failures arrive as plain errors carrying an HTTP status and a type. */
interface BodyParserError extends Error {
  status?: number;
  type?: string;
}

/** The one place where any failure becomes the error body `{ statusCode, code, message, details?, requestId }`. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { requestId?: string }>();
    const response = http.getResponse<Response>();
    const requestId = request.requestId ?? 'unknown';
    const body = this.toBody(exception, requestId);
    if (exception instanceof DomainError && exception.retryAfterSeconds !== undefined) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    if (body.statusCode >= 500) {
      // Stack traces go to the log with the request id; the client only sees the id.
      this.logger.error(`request ${requestId} failed: ${(exception as Error)?.stack ?? String(exception)}`);
    }
    response.status(body.statusCode).json(body);
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
    const parserError = exception as BodyParserError;
    if (parserError?.type === 'entity.parse.failed') {
      return { statusCode: 400, code: PlatformErrorCodes.malformedJson, message: 'The request body is not valid JSON', requestId };
    }
    if (parserError?.type === 'entity.too.large') {
      return { statusCode: 413, code: PlatformErrorCodes.payloadTooLarge, message: 'The request body is too large', requestId };
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
        // Nest's own 4xx (e.g. a body-parser error it rethrew); keep its status, name it generically.
        const cause = exception.cause as BodyParserError | undefined;
        if (cause?.type === 'entity.parse.failed') {
          return { statusCode: 400, code: PlatformErrorCodes.malformedJson, message: 'The request body is not valid JSON', requestId };
        }
        return { statusCode: status, code: `HTTP.${status}`, message: exception.message, requestId };
      }
    }
    if (parserError?.status && parserError.status >= 400 && parserError.status < 500) {
      return { statusCode: parserError.status, code: `HTTP.${parserError.status}`, message: 'The request could not be read', requestId };
    }
    return { statusCode: 500, code: PlatformErrorCodes.internal, message: 'An unexpected error occurred', requestId };
  }
}
