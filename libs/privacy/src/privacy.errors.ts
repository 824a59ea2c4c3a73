import { Conflict, NotFound } from '@ptc/platform';

export const PrivacyErrors = {
  requestNotFound: () => NotFound('PRIVACY.REQUEST_NOT_FOUND', 'No such privacy request'),
  schoolNotFound: () => NotFound('PRIVACY.SCHOOL_NOT_FOUND', 'No such school'),
  personNotFound: () => NotFound('PRIVACY.PERSON_NOT_FOUND', 'No such person in this school'),
  grantNotFound: () => NotFound('PRIVACY.GRANT_NOT_FOUND', 'No such support grant'),
  requestClosed: (status: string) => Conflict('PRIVACY.REQUEST_CLOSED', `The request is already ${status}`),
  alreadyAcknowledged: () => Conflict('PRIVACY.REQUEST_ACKNOWLEDGED', 'The request was already acknowledged'),
  extensionLimit: (used: number) =>
    Conflict('PRIVACY.EXTENSION_LIMIT', `A request can be extended by at most two further months in all (already extended by ${used})`),
};
