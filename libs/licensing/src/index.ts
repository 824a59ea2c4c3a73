export { LicensingModule } from './licensing.module.js';
export { LicenceService, type LicenceView } from './licence.service.js';
export { LicenceLifecycleJob } from './licence-lifecycle.job.js';
export { LicenceTerminated, SchoolDeletionDue, TrialInactive } from './events.js';
export { signPaymentWebhook } from './payment-webhook.js';
