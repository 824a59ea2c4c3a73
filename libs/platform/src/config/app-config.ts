import { randomBytes } from 'node:crypto';

export type NodeEnv = 'development' | 'production' | 'test';

export interface SmtpConfig {
  /** A nodemailer connection URL (smtp://user:pass@host:port) or discrete settings. */
  url?: string;
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  secure: boolean;
  /** Opportunistic STARTTLS is skipped only when explicitly asked (test servers on loopback). */
  ignoreTls: boolean;
}

export interface S3StorageConfig {
  bucket: string;
  /** Key prefix inside the bucket, without a trailing slash ('' for the bucket's root). */
  prefix: string;
  region: string;
  /** Another S3-compatible service (MinIO, Ceph, a test server); unset: AWS. */
  endpoint?: string;
  /** Unset: the AWS SDK's own chain (environment, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Asked of the bucket on every write (AES256 or aws:kms); our own AES-256-GCM is applied either way. */
  serverSideEncryption?: 'AES256' | 'aws:kms';
  forcePathStyle: boolean;
}

export type LogLevelName = 'error' | 'warn' | 'info' | 'debug';

/**
 * Kinds of rate-limited routes: signed links and public pages (per address), calendar feeds (per
 * feed: calendar services fetch many feeds from few addresses), account set-up by emailed token
 * (per address), the payment webhook (per address) and booking writes (per user).
 */
export type RateLimitPolicy = 'links' | 'feeds' | 'accounts' | 'webhook' | 'bookingWrites';
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export interface AppConfig {
  nodeEnv: NodeEnv;
  /** JSON lines (one object per line) everywhere but development, where coloured text is easier to read. */
  log: { level: LogLevelName; format: 'json' | 'pretty' };
  port: number;
  host: string;
  databaseUrl?: string;
  databasePoolMax: number;
  /** Row-level security's per-connection scope; off only to measure what the wall costs (never in production). */
  databaseRowSecurity: boolean;
  /**
   * The login a school's work connects as (the role `ptc_tenant` with LOGIN): not the owner, no
   * BYPASSRLS, and no way to switch to another role. Unset: the main login switches to ptc_tenant.
   */
  databaseTenantUrl?: string;
  embeddedPostgresDir: string;
  embeddedPostgresPort: number;
  jwt: { secret: string; issuer: string; audience: string; ttlSeconds: number; secretWasGenerated: boolean };
  smtp?: SmtpConfig;
  mailFrom: string;
  trustProxy: boolean | number | string;
  tls?: { certFile: string; keyFile: string };
  /** Largest request body in bytes (BODY_LIMIT). */
  bodyLimit: number;
  /** Largest JSON body in bytes on the directory sync routes (IMPORT_BODY_LIMIT): information-system imports are whole-school snapshots. */
  importBodyLimit: number;
  /** Support cases: the largest attachment of a logged email, and how long closed cases are kept. */
  support: { attachmentMaxBytes: number; closedCaseRetentionDays: number };
  loginThrottle: { maxFailuresPerAccount: number; maxFailuresPerIp: number; windowSeconds: number };
  /** Requests per window of each rate-limited kind of route (see RateLimited). */
  rateLimits: Record<RateLimitPolicy, RateLimit>;
  outbox: { pollIntervalMs: number; maxAttempts: number; retryBaseMs: number; workerEnabled: boolean };
  usage: { flushIntervalMs: number; batchSize: number };
  seedDemo: boolean;
  /** Where people reach PTC: links in emails point here. */
  publicBaseUrl: string;
  /** The built web app (index.html and hashed assets), served at `/`. */
  webDistDir: string;
  directory: { syncMaxDeleteShare: number; invitationTtlHours: number };
  jobs: { schedulerEnabled: boolean };
  licensing: {
    trialDays: number;
    /** Shared with the payment provider; unset switches the payment webhook off. */
    paymentWebhookSecret?: string;
  };
  /**
   * Key-encryption keys for data stored encrypted (school exports, backups): the first encrypts,
   * all of them decrypt (rotation). Each is 32 bytes.
   */
  encryption: { keys: { id: string; key: Buffer }[]; generated: boolean };
  backup: {
    /** Where daily backups, their manifests and the erasure journal are written when no bucket is configured. */
    dir: string;
    /** S3-compatible object storage instead of the directory (BACKUP_S3_BUCKET set). */
    s3?: S3StorageConfig;
    retentionDays: number;
    /** Health turns stale, and the operator is emailed, when the last good backup is older than this. */
    maxAgeHours: number;
  };
  /** Where operational alerts go (a stale backup); unset: only the health detail says so. */
  operatorEmail?: string;
  privacy: {
    /** Usage records (with IP addresses) older than this are purged daily. */
    usageRetentionMonths: number;
    /** Rows deleted per statement by the retention purge: each batch is its own short transaction. */
    purgeBatchSize: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Secrets that appear in tutorials and sample files; a production start must never accept them. */
const KNOWN_UNSAFE_SECRETS = new Set([
  'secret', 'changeme', 'change-me', 'changeit', 'password', 'jwt-secret', 'jwt_secret', 'mysecret',
  'supersecret', 'your-secret', 'your_secret', 'your-256-bit-secret', 'secretkey', 'secret-key', 'test', 'dev',
  'development', 'default', 'ptc', 'keyboard cat', 'shhhhh', '0123456789abcdef0123456789abcdef',
]);
export const UNSAFE_DEV_SECRET_PREFIX = 'unsafe-dev-';
const MIN_SECRET_LENGTH = 32;

type Env = Record<string, string | undefined>;

const SIZE_UNITS = ['b', 'kb', 'mb', 'gb'];

/** `100kb` → 102400; NaN when it is not a size. */
function bytesOf(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(text.trim());
  return match ? Math.floor(Number(match[1]) * 1024 ** SIZE_UNITS.indexOf((match[2] ?? 'b').toLowerCase())) : Number.NaN;
}

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string, fallback: string): string {
    const value = this.env[name];
    return value === undefined || value === '' ? fallback : value;
  }

  optional(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value === '' ? undefined : value;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  share(name: string, fallback: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || value > 1) {
      this.problems.push(`${name} must be a share from 0 to 1 (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  /** A size in bytes, written as `100kb`, `50mb` or a plain number of bytes. */
  size(name: string, fallback: string): number {
    const raw = this.optional(name);
    if (raw === undefined) return bytesOf(fallback);
    const bytes = bytesOf(raw);
    if (!(bytes >= 1)) {
      this.problems.push(`${name} must be a size such as 100kb or 50mb (got "${raw}")`);
      return bytesOf(fallback);
    }
    return bytes;
  }

  /** A rate written `<requests>/<seconds>`, e.g. `60/60`. */
  rate(name: string, fallback: RateLimit): RateLimit {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,5})\s*$/.exec(raw);
    const [limit, windowSeconds] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
    if (limit < 1 || windowSeconds < 1 || windowSeconds > 86400) {
      this.problems.push(`${name} must be <requests>/<seconds>, e.g. 60/60, with at least 1 request and 1 to 86400 seconds (got "${raw}")`);
      return fallback;
    }
    return { limit, windowSeconds };
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes', 'on'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no', 'off'].includes(raw.toLowerCase())) return false;
    this.problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  }
}

/**
 * `ENCRYPTION_KEYS=id:base64key[,id:base64key...]`: the first key encrypts, every listed key can
 * decrypt, so a key is rotated by putting the new one first and keeping the old one listed until
 * nothing encrypted with it remains. Development without the variable gets a fresh key per start
 * (data encrypted before a restart is then unreadable); production requires it.
 */
function parseEncryptionKeys(raw: string | undefined, production: boolean, problems: string[]): AppConfig['encryption'] {
  if (raw === undefined) {
    if (production) problems.push('ENCRYPTION_KEYS is required in production (e.g. k1:$(openssl rand -base64 32))');
    return { keys: [{ id: `${UNSAFE_DEV_SECRET_PREFIX}key`, key: randomBytes(32) }], generated: true };
  }
  const keys: { id: string; key: Buffer }[] = [];
  for (const entry of raw.split(',').map((e) => e.trim()).filter(Boolean)) {
    const at = entry.indexOf(':');
    const id = entry.slice(0, at);
    const key = Buffer.from(entry.slice(at + 1), 'base64');
    if (at < 1 || !/^[A-Za-z0-9._-]{1,64}$/.test(id) || key.length !== 32) {
      problems.push('ENCRYPTION_KEYS entries must be id:base64 of exactly 32 bytes (e.g. k1:$(openssl rand -base64 32))');
      continue;
    }
    if (keys.some((k) => k.id === id)) problems.push(`ENCRYPTION_KEYS lists the key id ${id} twice`);
    keys.push({ id, key });
  }
  if (keys.length === 0 && !problems.some((p) => p.startsWith('ENCRYPTION_KEYS'))) problems.push('ENCRYPTION_KEYS lists no key');
  if (production && keys.some((k) => k.id.startsWith(UNSAFE_DEV_SECRET_PREFIX) || new Set(k.key).size < 16)) problems.push('ENCRYPTION_KEYS holds a development or weak key');
  return { keys, generated: false };
}

function isUnsafeSecret(secret: string): boolean {
  return (
    secret.length < MIN_SECRET_LENGTH ||
    KNOWN_UNSAFE_SECRETS.has(secret.toLowerCase()) ||
    secret.startsWith(UNSAFE_DEV_SECRET_PREFIX) ||
    new Set(secret).size < 8
  );
}

function parseTrustProxy(raw: string | undefined, problems: string[]): boolean | number | string {
  if (raw === undefined) return false;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  // Fastify (through proxy-addr) accepts subnet lists and names such as "loopback, 10.0.0.0/8".
  if (/^[\w.:/, -]+$/.test(raw)) return raw;
  problems.push(`TRUST_PROXY must be true, false, a hop count, or a list of trusted addresses (got "${raw}")`);
  return false;
}

/**
 * Reads and validates the whole configuration once, at boot. Every variable is documented in the
 * README; a problem stops the start with a message naming the variable.
 */
function readS3Storage(read: Reader): S3StorageConfig | undefined {
  const bucket = read.optional('BACKUP_S3_BUCKET');
  const accessKeyId = read.optional('BACKUP_S3_ACCESS_KEY_ID');
  const secretAccessKey = read.optional('BACKUP_S3_SECRET_ACCESS_KEY');
  const serverSideEncryption = read.optional('BACKUP_S3_SERVER_SIDE_ENCRYPTION');
  const endpoint = read.optional('BACKUP_S3_ENDPOINT');
  const settings = { region: read.string('BACKUP_S3_REGION', 'eu-west-1'), prefix: read.string('BACKUP_S3_PREFIX', 'ptc').replace(/^\/+|\/+$/g, ''), forcePathStyle: read.bool('BACKUP_S3_FORCE_PATH_STYLE', false) };
  if (!bucket) {
    if (accessKeyId || secretAccessKey || endpoint) read.problems.push('BACKUP_S3_BUCKET is required when other BACKUP_S3_ settings are given');
    return undefined;
  }
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) read.problems.push('BACKUP_S3_ACCESS_KEY_ID and BACKUP_S3_SECRET_ACCESS_KEY go together (or neither, for the AWS SDK\'s own credentials)');
  if (serverSideEncryption !== undefined && serverSideEncryption !== 'AES256' && serverSideEncryption !== 'aws:kms') {
    read.problems.push(`BACKUP_S3_SERVER_SIDE_ENCRYPTION must be AES256 or aws:kms (got "${serverSideEncryption}")`);
  }
  if (endpoint !== undefined && !/^https?:\/\/[^/]+/.test(endpoint)) read.problems.push('BACKUP_S3_ENDPOINT must be an http(s) URL');
  return {
    bucket,
    ...settings,
    endpoint,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    serverSideEncryption: serverSideEncryption as S3StorageConfig['serverSideEncryption'],
  };
}

export function loadConfig(env: Env = process.env): AppConfig {
  const read = new Reader(env);
  const nodeEnvRaw = read.string('NODE_ENV', 'development');
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    read.problems.push(`NODE_ENV must be development, production or test (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = nodeEnvRaw as NodeEnv;
  const production = nodeEnv === 'production';

  let jwtSecret = read.optional('JWT_SECRET');
  let secretWasGenerated = false;
  if (jwtSecret === undefined) {
    if (production) read.problems.push('JWT_SECRET is required in production (at least 32 random characters)');
    jwtSecret = UNSAFE_DEV_SECRET_PREFIX + randomBytes(32).toString('base64url');
    secretWasGenerated = true;
  } else if (production && isUnsafeSecret(jwtSecret)) {
    read.problems.push('JWT_SECRET is a known or weak value: use at least 32 random characters (e.g. `openssl rand -base64 48`)');
  }

  const logLevel = read.string('LOG_LEVEL', 'info');
  if (!['error', 'warn', 'info', 'debug'].includes(logLevel)) read.problems.push(`LOG_LEVEL must be error, warn, info or debug (got "${logLevel}")`);
  const logFormat = read.string('LOG_FORMAT', nodeEnv === 'development' ? 'pretty' : 'json');
  if (logFormat !== 'json' && logFormat !== 'pretty') read.problems.push(`LOG_FORMAT must be json or pretty (got "${logFormat}")`);
  if (production && logFormat === 'pretty') read.problems.push('LOG_FORMAT=pretty is for development: production logs are JSON lines');

  const databaseUrl = read.optional('DATABASE_URL');
  if (production && !databaseUrl) read.problems.push('DATABASE_URL is required in production (the embedded database is for development only)');

  const smtpUrl = read.optional('SMTP_URL');
  const smtpHost = read.optional('SMTP_HOST');
  const smtpPassword = read.optional('SMTP_PASSWORD');
  let smtp: SmtpConfig | undefined;
  if (smtpUrl || smtpHost) {
    smtp = {
      url: smtpUrl,
      host: smtpHost,
      port: read.int('SMTP_PORT', 587, 1, 65535),
      user: read.optional('SMTP_USER'),
      password: smtpPassword,
      secure: read.bool('SMTP_SECURE', false),
      ignoreTls: read.bool('SMTP_IGNORE_TLS', false),
    };
  } else if (production) {
    read.problems.push('SMTP_URL or SMTP_HOST is required in production (confirmations are sent by email)');
  }
  if (production && smtpPassword && KNOWN_UNSAFE_SECRETS.has(smtpPassword.toLowerCase())) {
    read.problems.push('SMTP_PASSWORD is a known unsafe value');
  }

  const certFile = read.optional('TLS_CERT_FILE');
  const keyFile = read.optional('TLS_KEY_FILE');
  if (Boolean(certFile) !== Boolean(keyFile)) read.problems.push('TLS_CERT_FILE and TLS_KEY_FILE must be set together');

  const config: AppConfig = {
    nodeEnv,
    log: { level: logLevel as LogLevelName, format: logFormat as 'json' | 'pretty' },
    port: read.int('PORT', 3000, 0, 65535),
    host: read.string('HOST', '0.0.0.0'),
    databaseUrl,
    databasePoolMax: read.int('DATABASE_POOL_MAX', 10, 1, 200),
    databaseRowSecurity: read.bool('DATABASE_ROW_SECURITY', true),
    databaseTenantUrl: read.optional('DATABASE_TENANT_URL'),
    embeddedPostgresDir: read.string('EMBEDDED_PG_DIR', '.ptc-data/postgres'),
    embeddedPostgresPort: read.int('EMBEDDED_PG_PORT', 54329, 1, 65535),
    jwt: {
      secret: jwtSecret,
      issuer: read.string('JWT_ISSUER', 'ptc'),
      audience: read.string('JWT_AUDIENCE', 'ptc-api'),
      ttlSeconds: read.int('JWT_TTL_SECONDS', 3600, 60, 7 * 24 * 3600),
      secretWasGenerated,
    },
    smtp,
    mailFrom: read.string('MAIL_FROM', 'PTC <no-reply@ptc.invalid>'),
    trustProxy: parseTrustProxy(read.optional('TRUST_PROXY'), read.problems),
    tls: certFile && keyFile ? { certFile, keyFile } : undefined,
    bodyLimit: read.size('BODY_LIMIT', '100kb'),
    importBodyLimit: read.size('IMPORT_BODY_LIMIT', '50mb'),
    support: {
      attachmentMaxBytes: read.size('SUPPORT_ATTACHMENT_MAX_SIZE', '5mb'),
      closedCaseRetentionDays: read.int('SUPPORT_CASE_RETENTION_DAYS', 730, 1, 3650),
    },
    rateLimits: {
      links: read.rate('RATE_LIMIT_LINKS', { limit: 120, windowSeconds: 60 }),
      feeds: read.rate('RATE_LIMIT_FEEDS', { limit: 30, windowSeconds: 300 }),
      accounts: read.rate('RATE_LIMIT_ACCOUNTS', { limit: 60, windowSeconds: 900 }),
      webhook: read.rate('RATE_LIMIT_WEBHOOK', { limit: 120, windowSeconds: 60 }),
      bookingWrites: read.rate('RATE_LIMIT_BOOKING_WRITES', { limit: 120, windowSeconds: 60 }),
    },
    loginThrottle: {
      maxFailuresPerAccount: read.int('LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
      maxFailuresPerIp: read.int('LOGIN_MAX_FAILURES_PER_IP', 30, 1, 100000),
      windowSeconds: read.int('LOGIN_THROTTLE_WINDOW_SECONDS', 900, 1, 86400),
    },
    outbox: {
      pollIntervalMs: read.int('OUTBOX_POLL_INTERVAL_MS', 1000, 10, 600000),
      maxAttempts: read.int('OUTBOX_MAX_ATTEMPTS', 12, 1, 100),
      retryBaseMs: read.int('OUTBOX_RETRY_BASE_MS', 5000, 1, 3600000),
      workerEnabled: read.bool('OUTBOX_WORKER_ENABLED', true),
    },
    usage: {
      flushIntervalMs: read.int('USAGE_FLUSH_INTERVAL_MS', 1000, 10, 600000),
      batchSize: read.int('USAGE_BATCH_SIZE', 200, 1, 10000),
    },
    seedDemo: read.bool('SEED_DEMO', !production),
    publicBaseUrl: read.string('PUBLIC_BASE_URL', 'http://localhost:3000').replace(/\/+$/, ''),
    webDistDir: read.string('WEB_DIST_DIR', 'apps/web/dist'),
    directory: {
      syncMaxDeleteShare: read.share('SYNC_MAX_DELETE_SHARE', 0.5),
      invitationTtlHours: read.int('INVITATION_TTL_HOURS', 168, 1, 24 * 90),
    },
    jobs: { schedulerEnabled: read.bool('SCHEDULER_ENABLED', true) },
    licensing: { trialDays: read.int('LICENCE_TRIAL_DAYS', 30, 1, 365), paymentWebhookSecret: read.optional('PAYMENT_WEBHOOK_SECRET') },
    backup: {
      dir: read.string('BACKUP_DIR', '.ptc-data/backups'),
      s3: readS3Storage(read),
      retentionDays: read.int('BACKUP_RETENTION_DAYS', 30, 1, 3650),
      maxAgeHours: read.int('BACKUP_MAX_AGE_HOURS', 25, 1, 24 * 30),
    },
    operatorEmail: read.optional('OPERATOR_EMAIL'),
    encryption: parseEncryptionKeys(read.optional('ENCRYPTION_KEYS'), production, read.problems),
    privacy: {
      usageRetentionMonths: read.int('USAGE_RETENTION_MONTHS', 13, 1, 120),
      purgeBatchSize: read.int('PURGE_BATCH_SIZE', 2000, 1, 100000),
    },
  };
  if (!/^https?:\/\/[^/]+/.test(config.publicBaseUrl)) read.problems.push('PUBLIC_BASE_URL must be an http(s) URL');
  if (production && !config.publicBaseUrl.startsWith('https://')) read.problems.push('PUBLIC_BASE_URL must use https in production');
  if (production && config.seedDemo) read.problems.push('SEED_DEMO cannot be enabled in production');
  if (production && !config.databaseRowSecurity) read.problems.push('DATABASE_ROW_SECURITY cannot be off in production (it is for measuring what the wall costs)');
  const webhookSecret = config.licensing.paymentWebhookSecret;
  if (production && webhookSecret !== undefined && isUnsafeSecret(webhookSecret)) {
    read.problems.push('PAYMENT_WEBHOOK_SECRET is a known or weak value: use at least 32 random characters, or leave it unset to switch the webhook off');
  }

  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}
