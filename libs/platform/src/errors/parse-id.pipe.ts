import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from './domain-error.js';
import { PlatformErrorCodes } from './error-codes.js';

/** Path ids are UUIDs; anything else is a 400 with the usual body, never a database error. */
export const ParseId = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError('validation', PlatformErrorCodes.validationFailed, 'The id in the path must be a UUID'),
});

/** The same, for an optional query parameter. */
export const ParseOptionalId = new ParseUUIDPipe({
  optional: true,
  exceptionFactory: () => new DomainError('validation', PlatformErrorCodes.validationFailed, 'The id must be a UUID'),
});
