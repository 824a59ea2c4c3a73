import { Conflict, Invalid, NotFound } from '@ptc/platform';

export const LicensingErrors = {
  notFound: () => NotFound('LICENCE.NOT_FOUND', 'This school has no licence'),
  duplicatePayment: () => Conflict('LICENCE.PAYMENT_DUPLICATE', 'A payment with this reference is already recorded'),
  badPeriod: () => Invalid('LICENCE.PAYMENT_PERIOD', 'periodEnd must be after periodStart'),
  notATrial: () => Conflict('LICENCE.NOT_A_TRIAL', 'Only a trial can be extended'),
};
