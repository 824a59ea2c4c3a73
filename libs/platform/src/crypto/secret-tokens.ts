import { createHash, randomBytes } from 'node:crypto';

/**
 * A secret handed out once (a link's token, an API key, a sign-in's state): 256 random bits,
 * URL-safe.
 */
export const newSecretToken = (): string => randomBytes(32).toString('base64url');

/**
 * What is stored of a secret token, so that reading the database yields nothing usable: its
 * SHA-256. The token is 256 random bits, so a slow password hash would add nothing.
 */
export const digestOfSecretToken = (token: string): string => createHash('sha256').update(token).digest('hex');
