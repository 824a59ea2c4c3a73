/** Codes the platform itself answers with; modules define their own next to their services. */
export const PlatformErrorCodes = {
  validationFailed: 'VALIDATION.FAILED',
  malformedJson: 'REQUEST.MALFORMED_JSON',
  payloadTooLarge: 'REQUEST.PAYLOAD_TOO_LARGE',
  routeNotFound: 'REQUEST.ROUTE_NOT_FOUND',
  unauthenticated: 'AUTH.UNAUTHENTICATED',
  tokenInvalid: 'AUTH.TOKEN_INVALID',
  forbiddenRole: 'AUTH.FORBIDDEN_ROLE',
  internal: 'INTERNAL.UNEXPECTED',
} as const;
