import { Conflict, Invalid, NotFound, Unauthenticated } from '@ptc/platform';

export const LicensingErrors = {
  notFound: () => NotFound('LICENCE.NOT_FOUND', 'This school has no licence'),
  duplicatePayment: () => Conflict('LICENCE.PAYMENT_DUPLICATE', 'A payment with this reference is already recorded'),
  badPeriod: () => Invalid('LICENCE.PAYMENT_PERIOD', 'periodEnd must be after periodStart'),
  notATrial: () => Conflict('LICENCE.NOT_A_TRIAL', 'Only a trial can be extended'),
  webhookOff: () => NotFound('LICENCE.WEBHOOK_OFF', 'The payment webhook is not configured'),
  webhookSignature: () => Unauthenticated('LICENCE.WEBHOOK_SIGNATURE', 'The PTC-Signature header is missing, malformed, expired or wrong'),
};
