export { PrivacyModule } from './privacy.module.js';
export { ProcessingRecordsService } from './records/processing-records.service.js';
export { RetentionPurgeJob } from './purge/retention-purge.job.js';
