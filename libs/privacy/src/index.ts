export { PrivacyModule } from './privacy.module.js';
export { ProcessingRecordsService } from './records/processing-records.service.js';
export { RetentionPurgeJob } from './purge/retention-purge.job.js';
export { RequestRemindersJob } from './requests/request-reminders.job.js';
export { DataRetentionJob } from './usage/data-retention.job.js';
export { StatisticsJob } from './statistics/statistics.job.js';
export { SchoolExportExpiryJob } from './export/school-export-expiry.job.js';
export { LedgerReplayService } from './erasure/ledger-replay.service.js';
