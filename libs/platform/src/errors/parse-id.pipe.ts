import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from './domain-error.js';
import { PlatformErrorCodes } from './error-codes.js';

/** Path ids are UUIDs; anything else is a 400 with the usual body, never a database error. */
export const ParseId = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError('validation', PlatformErrorCodes.validationFailed, 'The id in the path must be a UUID'),
});

