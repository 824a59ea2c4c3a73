import { ConfigError, loadConfig } from './app-config.js';

const strongSecret = 'q8V3n1Kz7sWm2YpR5tLc9XbJ4hGd6FaE0uNi';
const ENCRYPTION_KEYS = 'k1:xG0bqkq6O3vXlZr0pIYl1n0S6m3L1tT8Wc1cE4mVb2Q=';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('loadConfig', () => {
  it('starts development with documented defaults and a generated, marked-unsafe secret', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ nodeEnv: 'development', port: 3000, databaseUrl: undefined, seedDemo: true, trustProxy: false });
    expect(config.jwt.secretWasGenerated).toBe(true);
    expect(config.jwt.secret).toMatch(/^unsafe-dev-/);
    expect(loadConfig({}).jwt.secret).not.toBe(config.jwt.secret);
  });

  it('reads body limits as sizes in bytes and names a limit that is not one', () => {
    expect(loadConfig({})).toMatchObject({ bodyLimit: 100 * 1024, importBodyLimit: 50 * 1024 * 1024 });
    expect(loadConfig({ BODY_LIMIT: '2kb', IMPORT_BODY_LIMIT: '1.5MB' })).toMatchObject({ bodyLimit: 2048, importBodyLimit: 1572864 });
    expect(loadConfig({ BODY_LIMIT: '5000' }).bodyLimit).toBe(5000);
    expect(problemsOf({ BODY_LIMIT: 'lots' })).toEqual(['BODY_LIMIT must be a size such as 100kb or 50mb (got "lots")']);
    expect(problemsOf({ IMPORT_BODY_LIMIT: '0kb' })).toEqual(['IMPORT_BODY_LIMIT must be a size such as 100kb or 50mb (got "0kb")']);
  });

  it('reads rate limits as requests per seconds and names one that is not', () => {
    expect(loadConfig({}).rateLimits.bookingWrites).toEqual({ limit: 120, windowSeconds: 60 });
    expect(loadConfig({ RATE_LIMIT_FEEDS: ' 10 / 600 ' }).rateLimits.feeds).toEqual({ limit: 10, windowSeconds: 600 });
    for (const raw of ['10', '0/60', '10/0', '10/100000', 'ten/60']) {
      expect(problemsOf({ RATE_LIMIT_LINKS: raw })).toEqual([`RATE_LIMIT_LINKS must be <requests>/<seconds>, e.g. 60/60, with at least 1 request and 1 to 86400 seconds (got "${raw}")`]);
    }
  });

  it('accepts a complete production configuration', () => {
    const config = loadConfig({ NODE_ENV: 'production', ENCRYPTION_KEYS, JWT_SECRET: strongSecret, DATABASE_URL: 'postgres://db/ptc', PUBLIC_BASE_URL: 'https://ptc.example', SMTP_URL: 'smtps://u:p@mail:465' });
    expect(config.seedDemo).toBe(false);
    expect(config.jwt.secretWasGenerated).toBe(false);
  });

  it.each([
    ['a tutorial secret', 'secret'],
    ['a short secret', 'Zx8#kd93'],
    ['a long but repetitive secret', 'a'.repeat(64)],
    ['a generated development secret', 'unsafe-dev-q8V3n1Kz7sWm2YpR5tLc9XbJ4hGd6FaE0uNi'],
  ])('refuses %s in production', (_label, secret) => {
    expect(problemsOf({ NODE_ENV: 'production', ENCRYPTION_KEYS, JWT_SECRET: secret, DATABASE_URL: 'postgres://db/ptc', PUBLIC_BASE_URL: 'https://ptc.example', SMTP_URL: 'smtp://mail' })).toEqual([
      expect.stringContaining('JWT_SECRET is a known or weak value'),
    ]);
  });

  it('refuses a weak payment webhook secret in production, and leaves the webhook off when it is unset', () => {
    const production = { NODE_ENV: 'production', ENCRYPTION_KEYS, JWT_SECRET: strongSecret, DATABASE_URL: 'postgres://db/ptc', PUBLIC_BASE_URL: 'https://ptc.example', SMTP_URL: 'smtp://mail' };
    expect(problemsOf({ ...production, PAYMENT_WEBHOOK_SECRET: 'changeme' })).toEqual([expect.stringContaining('PAYMENT_WEBHOOK_SECRET is a known or weak value')]);
    expect(loadConfig(production).licensing.paymentWebhookSecret).toBeUndefined();
  });

  it('keeps row-level security on, and refuses to switch it off in production', () => {
    const production = { NODE_ENV: 'production', ENCRYPTION_KEYS, JWT_SECRET: strongSecret, DATABASE_URL: 'postgres://db/ptc', PUBLIC_BASE_URL: 'https://ptc.example', SMTP_URL: 'smtp://mail' };
    expect(loadConfig({}).databaseRowSecurity).toBe(true);
    expect(loadConfig({ DATABASE_ROW_SECURITY: 'false' }).databaseRowSecurity).toBe(false);
    expect(problemsOf({ ...production, DATABASE_ROW_SECURITY: 'false' })).toEqual([expect.stringContaining('DATABASE_ROW_SECURITY cannot be off in production')]);
  });

  it('logs coloured text in development and JSON lines elsewhere; production refuses pretty logs', () => {
    const production = { NODE_ENV: 'production', ENCRYPTION_KEYS, JWT_SECRET: strongSecret, DATABASE_URL: 'postgres://db/ptc', PUBLIC_BASE_URL: 'https://ptc.example', SMTP_URL: 'smtp://mail' };
    expect(loadConfig({}).log).toEqual({ level: 'info', format: 'pretty' });
    expect(loadConfig(production).log).toEqual({ level: 'info', format: 'json' });
    expect(loadConfig({ LOG_LEVEL: 'warn', LOG_FORMAT: 'json' }).log).toEqual({ level: 'warn', format: 'json' });
    expect(problemsOf({ ...production, LOG_FORMAT: 'pretty' })).toEqual(['LOG_FORMAT=pretty is for development: production logs are JSON lines']);
    expect(problemsOf({ LOG_LEVEL: 'chatty' })).toEqual(['LOG_LEVEL must be error, warn, info or debug (got "chatty")']);
  });

  it('reads an S3 bucket for backups, and names settings that do not go together', () => {
    const config = loadConfig({ BACKUP_S3_BUCKET: 'b', BACKUP_S3_PREFIX: '/ptc/prod/', BACKUP_S3_ACCESS_KEY_ID: 'id', BACKUP_S3_SECRET_ACCESS_KEY: 'key', BACKUP_S3_SERVER_SIDE_ENCRYPTION: 'aws:kms' });
    expect(config.backup.s3).toEqual({ bucket: 'b', prefix: 'ptc/prod', region: 'eu-west-1', endpoint: undefined, forcePathStyle: false, credentials: { accessKeyId: 'id', secretAccessKey: 'key' }, serverSideEncryption: 'aws:kms' });
    expect(loadConfig({}).backup.s3).toBeUndefined();
    expect(problemsOf({ BACKUP_S3_ENDPOINT: 'http://minio:9000' })).toEqual(['BACKUP_S3_BUCKET is required when other BACKUP_S3_ settings are given']);
    expect(problemsOf({ BACKUP_S3_BUCKET: 'b', BACKUP_S3_ACCESS_KEY_ID: 'id' })).toEqual([expect.stringContaining('BACKUP_S3_ACCESS_KEY_ID and BACKUP_S3_SECRET_ACCESS_KEY go together')]);
    expect(problemsOf({ BACKUP_S3_BUCKET: 'b', BACKUP_S3_SERVER_SIDE_ENCRYPTION: 'rot13' })).toEqual(['BACKUP_S3_SERVER_SIDE_ENCRYPTION must be AES256 or aws:kms (got "rot13")']);
  });

  it('lists every problem at once, by variable name', () => {
    const problems = problemsOf({ NODE_ENV: 'production', PORT: 'eighty', TRUST_PROXY: 'yes please!', TLS_CERT_FILE: '/x.pem', SEED_DEMO: 'true' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('JWT_SECRET is required'),
        expect.stringContaining('DATABASE_URL is required'),
        expect.stringContaining('ENCRYPTION_KEYS is required in production'),
        expect.stringContaining('SMTP_URL or SMTP_HOST is required'),
        expect.stringContaining('PORT must be a whole number'),
        expect.stringContaining('TRUST_PROXY must be'),
        expect.stringContaining('TLS_CERT_FILE and TLS_KEY_FILE must be set together'),
        expect.stringContaining('SEED_DEMO cannot be enabled in production'),
        expect.stringContaining('PUBLIC_BASE_URL must use https in production'),
      ]),
    );
  });

  it('reads TRUST_PROXY as a flag, a hop count or a list of addresses', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });

  it('reads SMTP as discrete settings', () => {
    const config = loadConfig({ SMTP_HOST: 'mail.example', SMTP_PORT: '2525', SMTP_USER: 'u', SMTP_PASSWORD: 'p', SMTP_SECURE: 'true' });
    expect(config.smtp).toEqual({ url: undefined, host: 'mail.example', port: 2525, user: 'u', password: 'p', secure: true, ignoreTls: false });
  });
});
