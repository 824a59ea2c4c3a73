import { Conflict, DomainError, Invalid, NotFound } from '@ptc/platform';

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
  timezoneUnknown: () => Invalid('SCHOOL.TIMEZONE_UNKNOWN', 'timezone must be an IANA zone name such as Europe/London'),
};
