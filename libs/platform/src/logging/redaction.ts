/**
 * What must never reach a log line, whatever a message was built from: bearer tokens and JWTs,
 * the token of a signed link (password reset, invitation, appointment, calendar feed), values of
 * secret-looking fields, and email addresses (personal data; ids are what logs carry).
 */
const RULES: [RegExp, string][] = [
  [/\bBearer\s+[A-Za-z0-9._~+/=-]+/gi, 'Bearer [redacted]'],
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[redacted-jwt]'],
  [/\/(reset-password|invite|appointments|calendar\/teacher|calendar\/family|api\/v1\/appointment-links)\/[^/\s?#"'<>]+/g, '/$1/[redacted]'],
  // A quoted value whole ("password":"two words"), else up to the next separator (password=x&…).
  [/\b(password|passphrase|secret|token|signature|authorization|cookie|apikey|api_key)(["']?\s*[:=]\s*)"[^"]*"/gi, '$1$2"[redacted]"'],
  [/\b(password|passphrase|secret|token|signature|authorization|cookie|apikey|api_key)(["']?\s*[:=]\s*)(?!["'[]|Bearer\b)[^&\s,;}]+/gi, '$1$2[redacted]'],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]'],
];

export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}

/** Field names whose values are never logged, at any depth of a structured log line. */
export const REDACTED_FIELDS = ['password', 'newPassword', 'currentPassword', 'token', 'accessToken', 'refreshToken', 'secret', 'authorization', 'cookie', 'email'];

/** A copy of a structured value with secret fields replaced and every string passed through redactSecrets. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (value === null || typeof value !== 'object' || depth > 5) return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  if (value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] = REDACTED_FIELDS.some((name) => name.toLowerCase() === key.toLowerCase()) ? '[redacted]' : redactValue(field, depth + 1);
  }
  return out;
}
