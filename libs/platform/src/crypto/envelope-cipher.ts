import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

const MAGIC = Buffer.from('PTCENV1\n', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecryptionError';
  }
}

/**
 * Envelope encryption with AES-256-GCM: each object gets a fresh data key, which is stored wrapped
 * (also AES-256-GCM) by the configured key-encryption key, named by its id in the header so that
 * older keys still decrypt after a rotation. Any changed byte fails the GCM tag.
 *
 * Layout: MAGIC | keyIdLength (1) | keyId | wrapIv (12) | wrappedKey (32) | wrapTag (16) | iv (12) | ciphertext | tag (16)
 */
@Injectable()
export class EnvelopeCipher {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  encrypt(plaintext: Buffer | Uint8Array): Buffer {
    const kek = this.config.encryption.keys[0];
    const dataKey = randomBytes(32);
    const wrapIv = randomBytes(IV_BYTES);
    const wrap = createCipheriv('aes-256-gcm', kek.key, wrapIv);
    const wrappedKey = Buffer.concat([wrap.update(dataKey), wrap.final()]);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const keyId = Buffer.from(kek.id, 'utf8');
    return Buffer.concat([MAGIC, Buffer.from([keyId.length]), keyId, wrapIv, wrappedKey, wrap.getAuthTag(), iv, ciphertext, cipher.getAuthTag()]);
  }

  decrypt(envelope: Buffer): Buffer {
    if (envelope.length < MAGIC.length + 1 || !envelope.subarray(0, MAGIC.length).equals(MAGIC)) throw new DecryptionError('not a PTC encrypted file');
    let at = MAGIC.length;
    const keyIdLength = envelope[at++];
    const keyId = envelope.subarray(at, (at += keyIdLength)).toString('utf8');
    const kek = this.config.encryption.keys.find((k) => k.id === keyId);
    if (!kek) throw new DecryptionError(`encrypted with key "${keyId}", which ENCRYPTION_KEYS does not list`);
    const wrapIv = envelope.subarray(at, (at += IV_BYTES));
    const wrappedKey = envelope.subarray(at, (at += 32));
    const wrapTag = envelope.subarray(at, (at += TAG_BYTES));
    const iv = envelope.subarray(at, (at += IV_BYTES));
    const ciphertext = envelope.subarray(at, envelope.length - TAG_BYTES);
    const tag = envelope.subarray(envelope.length - TAG_BYTES);
    try {
      const unwrap = createDecipheriv('aes-256-gcm', kek.key, wrapIv).setAuthTag(wrapTag);
      const dataKey = Buffer.concat([unwrap.update(wrappedKey), unwrap.final()]);
      const decipher = createDecipheriv('aes-256-gcm', dataKey, iv).setAuthTag(tag);
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    } catch {
      throw new DecryptionError(`the file does not authenticate with key "${keyId}": it was changed, or the key is wrong`);
    }
  }
}
