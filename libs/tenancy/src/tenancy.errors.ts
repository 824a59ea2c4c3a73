import { Conflict, DomainError, Forbidden, Invalid, NotFound, Unauthenticated } from '@ptc/platform';

export const TenancyErrors = {
  invalidCredentials: () =>
    new DomainError('unauthenticated', 'AUTH.INVALID_CREDENTIALS', 'School, screen name or password is wrong'),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new DomainError('rate_limited', 'AUTH.TOO_MANY_ATTEMPTS', 'Too many failed logins; wait and try again', undefined, retryAfterSeconds),
  currentPasswordWrong: () => Invalid('AUTH.CURRENT_PASSWORD_WRONG', 'The current password is wrong'),
  screenNameInvalid: () =>
    Invalid('USER.SCREEN_NAME_INVALID', 'A screen name has 3-64 letters, digits, dots, dashes, underscores or @'),
  screenNameTaken: () => Conflict('USER.SCREEN_NAME_TAKEN', 'This screen name is already used in this school'),
  userNotFound: () => NotFound('USER.NOT_FOUND', 'No such user'),
  userDisabled: () => Conflict('USER.DISABLED', 'This login is disabled; enable it first'),
  resetLinkInvalid: () => NotFound('AUTH.RESET_LINK_INVALID', 'This password reset link is unknown, used or expired; ask for a new one'),
  personWrongKind: (role: string, expected: string) => Invalid('USER.PERSON_WRONG_KIND', `A ${role} login belongs to a ${expected} of the directory`),
  personNotFound: () => NotFound('USER.PERSON_NOT_FOUND', 'No such person in this school'),
  personHasLogin: () => Conflict('USER.PERSON_HAS_LOGIN', 'This person already has a login'),
  cannotDisableSelf: () => Conflict('USER.CANNOT_DISABLE_SELF', 'You cannot disable your own account'),
  schoolNotFound: () => NotFound('SCHOOL.NOT_FOUND', 'No such school'),
  slugTaken: () => Conflict('SCHOOL.SLUG_TAKEN', 'Another school already uses this slug'),
  passwordSignInOff: (provider: string) => Forbidden('AUTH.PASSWORD_SIGN_IN_OFF', `Staff of this school sign in with ${provider}, not a password`),
  ssoNotConfigured: () => NotFound('SSO.NOT_CONFIGURED', 'This school does not sign in with an identity provider'),
  ssoIssuerInvalid: (message: string) => Invalid('SSO.ISSUER_INVALID', message),
  ssoIssuerUnreadable: () => Invalid('SSO.PROVIDER_UNREACHABLE', "PTC could not read the provider's discovery document at this issuer"),
  ssoProviderUnavailable: () => new DomainError('unavailable', 'SSO.PROVIDER_UNREACHABLE', 'The school’s identity provider does not answer; try again or use a password if you have one'),
  ssoClientSecretRequired: () => Invalid('SSO.CLIENT_SECRET_REQUIRED', 'The client secret is required when setting up a provider'),
  ssoEmailDomainInvalid: (invalid: string[]) => Invalid('SSO.EMAIL_DOMAIN_INVALID', 'Email domains look like riverside.sch.uk', { invalid }),
  ssoAdminsLockedOut: (message: string) => Invalid('SSO.ADMINS_LOCKED_OUT', message),
  ssoAttemptUnknown: () => Unauthenticated('SSO.ATTEMPT_UNKNOWN', 'This sign-in is unknown, already used or older than ten minutes; start again'),
  ssoProviderRefused: () => Unauthenticated('SSO.PROVIDER_REFUSED', 'The identity provider did not sign you in'),
  ssoResponseRejected: () => Unauthenticated('SSO.RESPONSE_REJECTED', "The identity provider's answer could not be trusted; start again"),
  ssoEmailNotVerified: () => Unauthenticated('SSO.EMAIL_NOT_VERIFIED', 'The identity provider does not vouch for your email address'),
  ssoEmailDomainNotAllowed: () => Unauthenticated('SSO.EMAIL_DOMAIN_NOT_ALLOWED', 'The school does not sign in accounts of this email domain with its provider'),
  ssoNoLogin: () => Unauthenticated('SSO.NO_LOGIN', 'No login of this school that may use the provider has your email address; ask the school office'),
  ssoLoginDisabled: () => Forbidden('SSO.LOGIN_DISABLED', 'Your login is disabled; ask the school office'),
  timezoneUnknown: () => Invalid('SCHOOL.TIMEZONE_UNKNOWN', 'timezone must be an IANA zone name such as Europe/London'),
};
