export { loadConfig, ConfigError, type AppConfig, type NodeEnv } from './config/app-config.js';
export { APP_CONFIG, ConfigModule } from './config/config.module.js';
export { Clock, SystemClock, FixedClock } from './clock/clock.js';
export { RequestContext, runForSchool, runAcrossSchools, markRequestAcrossSchools, asDatabaseOwner, ROLES, API_SCOPES, type ApiScope, type Role, type Principal, type RequestContextStore } from './context/request-context.js';
export { ApiCredentialVerifier, API_CREDENTIAL_PREFIX } from './auth/api-credential-verifier.js';
export { enterRequestContext } from './context/request-context.hook.js';
export { inSchoolScope } from './context/school-scope.js';
export { DomainError, NotFound, Forbidden, Conflict, Gone, Invalid, Unauthenticated, type ErrorKind } from './errors/domain-error.js';
export { PlatformErrorCodes } from './errors/error-codes.js';
export { HttpExceptionFilter, type ErrorBody } from './errors/http-exception.filter.js';
export { ParseId } from './errors/parse-id.pipe.js';
export { PageQuery, totalOfPage, type Page } from './http/page.query.js';
export { IsCalendarDate, isCalendarDate, MAX_INT32 } from './http/calendar-date.js';
export { hasControlCharacters, IsOneLine } from './http/plain-text.js';
export { API_PREFIX, API_DOCS_PATH, API_DOCUMENT_PATH } from './http/api-paths.js';
export { guardInput, inputProblem, MAX_INPUT_DEPTH } from './http/input-guard.js';
export { Operation, PageOf, ApiMapProperty, completeDocument, type OperationDoc } from './http/openapi.js';
export { Public, Roles, Scopes, CurrentPrincipal, AllowInactiveLicence } from './auth/auth.decorators.js';
export { JwtAuthGuard, TokenRevokedError } from './auth/jwt-auth.guard.js';
export { TenantOwned, tenantFilter, TenantScopeMissingError, acrossSchools } from './database/tenant-owned.entity.js';
export { ormOptions, MIGRATIONS_DIR } from './database/orm-options.js';
export { migrateUnderLock } from './database/migrate.js';
export { isDatabaseUnavailable } from './database/database-outage.js';
export { PreparedStatement, PreparedStatements } from './database/prepared-statements.js';
export { ShortLivedCache } from './cache/short-lived-cache.js';
export { startEmbeddedPostgres, ensureDatabaseExists, useEmbeddedDatabaseIfUnset, enableTenantLogin, tenantUrlOf, type EmbeddedPostgresHandle } from './database/embedded-postgres.js';
export { DomainEvent, EventBus } from './events/event-bus.js';
export { OutboxService, type OutboxHandler } from './outbox/outbox.service.js';
export { mailDay, mailList, mailMoment, mailWords, zoneName, isMailLanguage, MAIL_LANGUAGES, type MailLanguage } from './mail/mail-words.js';
export { MailService, MAIL_TOPIC, mailFromAddress, type MailMessage, type MailAttachment, type MailSender } from './mail/mail.service.js';
export { ThrottleService } from './throttle/throttle.service.js';
export { RateLimited, RateLimitGuard, RATE_LIMITED_CODE } from './throttle/rate-limit.guard.js';
export { ThrottleSweepJob } from './throttle/throttle-sweep.job.js';
export { UsageRecorder, normaliseIp, type UsageEntry, type RouteUse } from './usage/usage-recorder.service.js';
export { PlatformModule } from './platform.module.js';
export { LinkSigner } from './links/link-signer.service.js';
export { JobRunner, tickOf, type JobPeriod } from './jobs/job-runner.service.js';
export { csvRow, csvCell, csvStream, csvDocument, columnsOf, collect, neutraliseFormula, parseCsv, detectDelimiter, CsvSyntaxError, UTF8_BOM, type CsvRecord, type CsvColumn } from './csv/csv.js';
export {
  PersonalData,
  NoPersonalData,
  NOT_PERSONAL,
  RETENTION_RULES,
  privacyOf,
  type DataCategory,
  type Retention,
  type PersonalColumn,
  type ColumnClassification,
  type PersonalDataDeclaration,
  type EntityPrivacy,
} from './privacy/personal-data.js';
export { EnvelopeCipher, DecryptionError } from './crypto/envelope-cipher.js';
export { digestOfSecretToken, newSecretToken } from './crypto/secret-tokens.js';
export { parentsFirst, type RowQuery } from './database/table-order.js';
export { BackupService, applicationTables, listManifests, tableDigest, writeSnapshot } from './backup/backup.service.js';
export { backupStorageFor } from './backup/configured-storage.js';
export { DirectoryBackupStorage, StorageObjectMissing, type BackupStorage } from './backup/backup-storage.js';
export { ErasureJournal, journalEntryName, journalEntryInstant, type ErasureJournalEntry } from './backup/erasure-journal.js';
export { BackupJob, BackupWatch, type BackupFreshness } from './backup/backup.jobs.js';
export { loadBackup, readManifest, verifyEncryption, verifyFile, RestoreError } from './backup/backup-restore.js';
export { manifestName, type BackupManifest, type TableManifest } from './backup/backup-format.js';
export { createAppLogger, JsonLogger, nestLevelsFor, requestLogLine } from './logging/app-logger.js';
export { redactSecrets, redactValue } from './logging/redaction.js';
